# Part of ./saylau (sourced by it, never run alone): Apache Kafka in KRaft mode, from Maven Central jars (infra/kafka/pom.xml), and the topics of events.md.
# One broker (single topology), or three combined broker+controller nodes (cluster topology: replication factor 3,
# min.insync.replicas 2). Node n of the cluster listens on port 9092 + 100 (n - 1), its controller one above.

# The brokers' host:port, one a line.
kafka_nodes() { tr ',' '\n' <<<"$SAYLAU_KAFKA"; }
# The pid name of broker n (1-based): "kafka" alone, "kafka-n" in the cluster.
kafka_name() { [ "$SAYLAU_TOPOLOGY" = cluster ] && echo "kafka-$1" || echo kafka; }

kafka_answers() { local n=${1:-$(kafka_nodes | head -1)}; (exec 3<>"/dev/tcp/${n%:*}/${n#*:}") 2>/dev/null; }

kafka_fetch() {
  if [ ! -f "$KAFKA_HOME/libs/.complete" ]; then
    say "fetching Apache Kafka from Maven Central (once)"
    mkdir -p "$KAFKA_HOME/libs" "$LOGS"
    mvnw -f "$ROOT/infra/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$KAFKA_HOME/libs" \
      >"$LOGS/kafka-fetch.log" 2>&1 || fail "fetching Kafka; see $LOGS/kafka-fetch.log"
    touch "$KAFKA_HOME/libs/.complete"
  fi
}

kafka_start() {
  mkdir -p "$PIDS" "$LOGS"
  local nodes=() voters="" n i
  mapfile -t nodes < <(kafka_nodes)
  for i in "${!nodes[@]}"; do
    n=${nodes[$i]}
    voters+="${voters:+,}$((i + 1))@${n%:*}:$((${n#*:} + 1))"
  done
  local replicas=${#nodes[@]} dir=$KAFKA_HOME
  [ "$replicas" -gt 1 ] && dir=$KAFKA_HOME/cluster
  for i in "${!nodes[@]}"; do
    local name host port node=$((i + 1)) home
    name=$(kafka_name "$node"); n=${nodes[$i]}; host=${n%:*}; port=${n#*:}
    home=$dir; [ "$replicas" -gt 1 ] && home=$dir/node$node
    if alive "$name" || kafka_answers "$n"; then
      say "Kafka answers on $n"
      continue
    fi
    kafka_fetch
    mkdir -p "$home/data"
    cat >"$home/server.properties" <<EOF
# KRaft broker+controller $node of $replicas for development and tests (written by ./saylau).
process.roles=broker,controller
node.id=$node
controller.quorum.voters=$voters
listeners=PLAINTEXT://$host:$port,CONTROLLER://$host:$((port + 1))
advertised.listeners=PLAINTEXT://$host:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$home/data
num.partitions=$TOPIC_PARTITIONS
auto.create.topics.enable=true
default.replication.factor=$replicas
min.insync.replicas=$([ "$replicas" -gt 1 ] && echo 2 || echo 1)
offsets.topic.replication.factor=$replicas
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=$replicas
transaction.state.log.min.isr=$([ "$replicas" -gt 1 ] && echo 2 || echo 1)
share.coordinator.state.topic.replication.factor=$replicas
share.coordinator.state.topic.min.isr=$([ "$replicas" -gt 1 ] && echo 2 || echo 1)
group.initial.rebalance.delay.ms=0
# a broker that died comes back as a follower; leadership returns to it once it has caught up
auto.leader.rebalance.enable=true
leader.imbalance.check.interval.seconds=30
EOF
    if [ ! -f "$home/data/meta.properties" ]; then
      # every node of a cluster is formatted with the same cluster id ("=" form: a random id may start with "-")
      [ -f "$dir/cluster.id" ] || head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22 >"$dir/cluster.id"
      java -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format --cluster-id="$(cat "$dir/cluster.id")" -c "$home/server.properties" \
        >"$LOGS/$name-format.log" 2>&1 || fail "formatting Kafka storage; see $LOGS/$name-format.log"
    fi
    say "starting Kafka (KRaft) node $node of $replicas on $n"
    nohup java -Xms64m -Xmx384m -XX:+UseSerialGC -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$home/server.properties" \
      >"$LOGS/$name.log" 2>&1 </dev/null &
    echo $! >"$PIDS/$name.pid"
  done
  # Topics of events.md (and their test twins); doubles as the readiness wait.
  local topics=() t
  for t in "${TOPICS[@]}"; do topics+=("$t" "test.$t"); done
  java -cp "$KAFKA_HOME/libs/*" "$ROOT/infra/kafka/CreateTopics.java" "$SAYLAU_KAFKA" "$TOPIC_PARTITIONS" "$replicas" "${topics[@]}" \
    >"$LOGS/kafka-topics.log" 2>&1 || fail "Kafka not ready or topics not created; see $LOGS/kafka*.log and $LOGS/kafka-topics.log"
  say "Kafka ready ($replicas broker$([ "$replicas" -gt 1 ] && echo s), replication factor $replicas), topics: ${TOPICS[*]} (+ test.*)"
}

kafka_stop() {
  local i
  for ((i = $(kafka_nodes | wc -l); i >= 1; i--)); do stop_pid "$(kafka_name "$i")" 60; done
}
