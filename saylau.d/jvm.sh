# Part of ./saylau (sourced by it, never run alone): the JVM options of each service and its class-data sharing archive.

# C1 only starts fastest: candidate-service uses it. The election-night paths need the full tiered JIT, two to three
# times faster once warm: ballot-service (protocol intake), results-service (counting as events come) and the gateway
# (refresh storms: ~5,900 against ~2,200 reads/s with C1). Its C2 compiler, though, competes with the start itself for
# these 2 cores, on code that runs only while starting; C2 therefore waits for 40,000 calls of a method instead of
# 5,000 (and a loop for 400,000 turns), which warm traffic reaches within seconds: start median 3.4 s against 4.0 s
# (before the uber-jar; with it and its class archive the gap is 0-0.3 s, and RSS 8-17 MB lower).
SERVICE_JAVA_OPTS=${SAYLAU_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TieredStopAtLevel=1}
LATE_C2="-XX:Tier4InvocationThreshold=40000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=50000 -XX:Tier4BackEdgeThreshold=400000"
BALLOT_JAVA_OPTS=${SAYLAU_BALLOT_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k $LATE_C2}

# Class-data sharing (CDS): the first start of a freshly built service records the classes it loads, written out when
# it stops; later starts map them instead of reading, parsing and verifying them again. Each service is one uber-jar
# on the JDK's own class path, so the archive holds all its classes, linked (Quarkus's default fast-jar loads them
# through its own class loader, which a JDK 17 archive serves only in part): 2.0-2.5 s starts here against 5-6 s
# without the archive, and against 3.4-3.9 s for the fast-jar with one.
cds_fresh() { [ -f "$CDS/$1.jsa" ] && ! jar_newer "$1" "$CDS/$1.jsa"; }

# The runnable jar of service $1 (one uber-jar: see quarkus.package.jar.type in its application.properties).
service_jar() { echo "$ROOT/$1/target/$1-runner.jar"; }

# True when the jar of service $1 is newer than file $2.
jar_newer() { [ "$(service_jar "$1")" -nt "$2" ]; }

cds_opts() {
  local s=$1 jsa="$CDS/$1.jsa"
  mkdir -p "$CDS"
  rm -f "$jsa.new"
  if cds_fresh "$s"; then
    echo "-XX:SharedArchiveFile=$jsa"
  else
    rm -f "$jsa"
    touch "$jsa.started"
    echo "-XX:ArchiveClassesAtExit=$jsa.new"
  fi
}

# An archive is kept only when its JVM ended on its own (it is written on the way out; a killed one, $2 true, leaves a
# torso) and the service was not rebuilt while it recorded (the JVM would refuse an archive of the old jars).
cds_keep() {
  local jsa="$CDS/$1.jsa"
  [ -f "$jsa.new" ] || { rm -f "$jsa.started"; return 0; }
  if [ "$2" = true ] || jar_newer "$1" "$jsa.started"; then
    rm -f "$jsa.new"
  else
    mv -f "$jsa.new" "$jsa"
  fi
  rm -f "$jsa.started"
}

# The JVM runs on without an archive it cannot use (it says so in the log); that archive is dropped, so the next start
# records a new one.
cds_check() {
  if grep -q "Unable to use shared archive" "$LOGS/$1.log" 2>/dev/null; then
    say "$1 could not use its class archive; the next start records a new one"
    rm -f "$CDS/$1.jsa"
  fi
}
