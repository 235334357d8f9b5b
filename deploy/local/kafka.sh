#!/usr/bin/env bash
# Fetches the Apache Kafka broker jars from Maven Central (pom.xml beside this script) and runs a
# single-node KRaft broker on 127.0.0.1:$KAFKA_PORT with its data under .local/kafka.
# Safe to run again: a running broker is left as it is.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

broker_is_up() { (exec 3<> "/dev/tcp/127.0.0.1/$KAFKA_PORT") 2> /dev/null; }

if broker_is_up; then
  log "Kafka already listening on 127.0.0.1:$KAFKA_PORT"
  exit 0
fi

if [[ ! -f "$KAFKA_HOME/libs/kafka_2.13-$KAFKA_VERSION.jar" ]]; then
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central"
  rm -rf "$KAFKA_HOME/libs"
  mvn -q -B -Dstyle.color=never -f "$here/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_HOME/libs" -DincludeScope=runtime
fi

mkdir -p "$KAFKA_HOME/data" "$KAFKA_HOME/logs"
config="$KAFKA_HOME/server.properties"
cat > "$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_HOME/data
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
message.max.bytes=1048588
PROPS

cat > "$KAFKA_HOME/log4j2.properties" <<PROPS
appender.file.type=File
appender.file.name=file
appender.file.fileName=$KAFKA_HOME/logs/server.log
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=INFO
rootLogger.appenderRef.file.ref=file
logger.kafka.name=kafka
logger.kafka.level=WARN
logger.apache.name=org.apache.kafka
logger.apache.level=WARN
PROPS

classpath="$KAFKA_HOME/libs/*"
if [[ ! -f "$KAFKA_HOME/data/meta.properties" ]]; then
  cluster_id="$(java -cp "$classpath" kafka.tools.StorageTool random-uuid)"
  log "formatting KRaft storage (cluster $cluster_id)"
  java -cp "$classpath" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" > /dev/null
fi

log "starting Kafka $KAFKA_VERSION (KRaft) on 127.0.0.1:$KAFKA_PORT"
nohup java -Xms256m -Xmx1g -XX:+UseG1GC \
  -Dlog4j2.configurationFile="$KAFKA_HOME/log4j2.properties" \
  -cp "$classpath" kafka.Kafka "$config" > "$KAFKA_HOME/logs/stdout.log" 2>&1 &
echo $! > "$KAFKA_HOME/kafka.pid"
wait_for "Kafka on port $KAFKA_PORT" 90 broker_is_up
log "Kafka ready: $KAFKA_BROKERS"
