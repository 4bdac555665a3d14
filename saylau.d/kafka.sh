# Part of ./saylau (sourced by it, never run alone): Apache Kafka in KRaft mode, from Maven Central jars (infra/kafka/pom.xml), and the topics of events.md.

kafka_answers() { (exec 3<>"/dev/tcp/${SAYLAU_KAFKA%:*}/${SAYLAU_KAFKA#*:}") 2>/dev/null; }

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
  if alive kafka || kafka_answers; then
    say "Kafka answers on $SAYLAU_KAFKA"
  else
    kafka_fetch
    local host=${SAYLAU_KAFKA%:*} port=${SAYLAU_KAFKA#*:}
    mkdir -p "$KAFKA_HOME/data"
    cat >"$KAFKA_HOME/server.properties" <<EOF
# Single-node KRaft broker+controller for development and tests (written by ./saylau).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$host:$((port + 1))
listeners=PLAINTEXT://$host:$port,CONTROLLER://$host:$((port + 1))
advertised.listeners=PLAINTEXT://$host:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_HOME/data
num.partitions=$TOPIC_PARTITIONS
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
    if [ ! -f "$KAFKA_HOME/data/meta.properties" ]; then
      local cluster_id
      # "=" form: a random id may start with "-", which would read as an option
      cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22)
      java -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format --cluster-id="$cluster_id" -c "$KAFKA_HOME/server.properties" \
        >"$LOGS/kafka-format.log" 2>&1 || fail "formatting Kafka storage; see $LOGS/kafka-format.log"
    fi
    say "starting Kafka (KRaft) on $SAYLAU_KAFKA"
    nohup java -Xms64m -Xmx384m -XX:+UseSerialGC -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$KAFKA_HOME/server.properties" \
      >"$LOGS/kafka.log" 2>&1 </dev/null &
    echo $! >"$PIDS/kafka.pid"
  fi
  # Topics of events.md (and their test twins); doubles as the readiness wait.
  local topics=() t
  for t in "${TOPICS[@]}"; do topics+=("$t" "test.$t"); done
  java -cp "$KAFKA_HOME/libs/*" "$ROOT/infra/kafka/CreateTopics.java" "$SAYLAU_KAFKA" "$TOPIC_PARTITIONS" "${topics[@]}" \
    >"$LOGS/kafka-topics.log" 2>&1 || fail "Kafka not ready or topics not created; see $LOGS/kafka.log and $LOGS/kafka-topics.log"
  say "Kafka ready, topics: ${TOPICS[*]} (+ test.*)"
}

kafka_stop() { stop_pid kafka 60; }
