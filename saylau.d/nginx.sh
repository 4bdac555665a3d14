# Part of ./saylau (sourced by it, never run alone): the cluster topology's load balancer: nginx (Debian's package) on
# the public port, in front of the two gateways.

# The head of an nginx.conf for an nginx of ours: one worker, its pid and temporary files under $1, its log $2, $3
# connections; the caller writes the rest of the http block and closes it.
nginx_conf_head() {
  cat <<EOF
worker_processes 1;
pid $1/nginx.pid;
error_log $2 warn;
events { worker_connections $3; }
http {
  access_log off;
  client_body_temp_path $1/body;
  proxy_temp_path $1/proxy;
  fastcgi_temp_path $1/fastcgi;
  uwsgi_temp_path $1/uwsgi;
  scgi_temp_path $1/scgi;
EOF
}

nginx_start() {
  alive nginx && return
  debian_tool nginx nginx "the cluster topology"
  nginx_write_conf
  say "starting nginx on port $SAYLAU_GATEWAY_PORT, in front of the gateways"
  nohup nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g 'daemon off;' >>"$LOGS/nginx.log" 2>&1 </dev/null &
  echo $! >"$PIDS/nginx.pid"
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$SAYLAU_GATEWAY_PORT/q/health/ready" && return; sleep 0.2; done
  fail "nginx does not answer on $SAYLAU_GATEWAY_PORT; see $LOGS/nginx.log"
}

nginx_write_conf() {
  mkdir -p "$RUN/nginx"
  local upstreams="" g
  for g in "${INSTANCES[@]}"; do
    # a gateway that refuses or times out is left out for 2 s; the call goes to the other at once
    [ "$(service_of "$g")" = gateway ] && upstreams+="    server 127.0.0.1:$(port_of "$g") max_fails=1 fail_timeout=2s;"$'\n'
  done
  { echo "# The load balancer of the cluster topology (written by ./saylau)."
    nginx_conf_head "$RUN/nginx" "$LOGS/nginx.log" 16384
    cat <<EOF
  upstream gateways {
$upstreams    keepalive 128;
  }
  server {
    listen $SAYLAU_GATEWAY_PORT;
    # protocol images are the largest bodies (saylau.limits.max-image); the gateway checks each call's own limit
    client_max_body_size 12m;
    location / {
      proxy_pass http://gateways;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # live streams pass through as they come, and stay open
      proxy_buffering off;
      proxy_request_buffering off;
      proxy_read_timeout 1h;
      # a call that could not reach a gateway goes to the other; one that reached it is never sent twice
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
    }
  }
}
EOF
  } >"$RUN/nginx/nginx.conf"
}
