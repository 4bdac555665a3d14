# Part of ./saylau (sourced by it, never run alone): the JVM options of each service and its class-data sharing archive.

# C1 only starts fastest: candidate-service uses it. The election-night paths need the full tiered JIT, two to three
# times faster once warm: ballot-service (protocol intake), results-service (counting as events come) and the gateway
# (refresh storms: ~5,900 against ~2,200 reads/s with C1). On JDK 17, its C2 compiler competes with the start itself
# for these 2 cores, on code that runs only while starting; C2 therefore waits for 40,000 calls of a method instead of
# 5,000 (and a loop for 400,000 turns), which warm traffic reaches within seconds: start median 3.4 s against 4.0 s
# (before the uber-jar; with it and its class archive the gap is 0-0.3 s, and RSS 8-17 MB lower). On JDK 25 the AOT
# cache brings the recording run's method profiles, and C2 keeps its usual thresholds to use them: four intakes of
# 4,000 protocols right after a start went 226, 311, 377, 421 protocols/s against 211, 263, 304, 348 with the late
# thresholds (the same run, 6 December 2026), for a start 0.3 s longer when the four start together and no longer
# when one starts alone (./saylau measure, three runs each; C2_OPTS, set by use_jdk).
SERVICE_JAVA_OPTS=${SAYLAU_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TieredStopAtLevel=1}
LATE_C2="-XX:Tier4InvocationThreshold=40000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=50000 -XX:Tier4BackEdgeThreshold=400000"
BALLOT_JAVA_OPTS=${SAYLAU_BALLOT_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k}

# The JDK: the newest one of 17 or later on this machine (SAYLAU_JAVA_HOME names another), for the build, the tests
# and every process ./saylau starts. Everything runs on 17; 25 adds the ahead-of-time cache (below).
jdk_feature() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]); exit }'; }
# Every JDK of 17 or later here (JAVA_HOME, /usr/lib/jvm, the java on the PATH), one "feature home" a line, oldest
# first, each asked for its version once however many links lead to it.
jdks_found() {
  local home seen=" "
  for home in ${JAVA_HOME:-} /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    [ -x "$home/bin/javac" ] || continue
    home=$(readlink -f "$home")
    case $seen in *" $home "*) continue ;; esac
    seen+="$home "
    echo "$(jdk_feature "$home") $home"
  done | awk '$1 >= 17' | sort -n -k1,1
}
newest_jdk() {
  local best
  best=$(jdks_found | tail -1 | cut -d' ' -f2)
  [ -n "$best" ] || fail "no JDK 17 or later found (JAVA_HOME, /usr/lib/jvm)"
  echo "$best"
}

# Class archives: the first start of a freshly built service records what it loads, written out when it stops; later
# starts map it instead of reading, parsing and verifying the classes again. Each service is one uber-jar on the JDK's
# own class path, so the archive holds all its classes.
# - JDK 25 and later: the ahead-of-time cache (JEP 483, 514, 515): the classes loaded and linked, and the methods'
#   profiles of the recording run, so the JIT starts where that run's traffic left it (./saylau test records it during
#   the end-to-end suite).
# - JDK 17 to 24: class-data sharing (CDS): 2.0-2.5 s starts here against 5-6 s without the archive (against 3.4-3.9 s
#   for Quarkus's default fast-jar with one, whose class loader a JDK 17 archive serves only in part).
# An archive is made by one JDK for one jar: each JDK has its own (<service>-<feature>.aot|jsa in .saylau/cds/).
use_jdk() {
  export JAVA_HOME=$1
  export PATH="$JAVA_HOME/bin:$PATH"
  JAVA_FEATURE=$(jdk_feature "$JAVA_HOME")
  if [ "$JAVA_FEATURE" -ge 25 ]; then
    ARCHIVE_KIND="AOT cache"; ARCHIVE_EXT=aot; ARCHIVE_RECORD=-XX:AOTCacheOutput; ARCHIVE_USE=-XX:AOTCache
    C2_OPTS=""
  else
    ARCHIVE_KIND=CDS; ARCHIVE_EXT=jsa; ARCHIVE_RECORD=-XX:ArchiveClassesAtExit; ARCHIVE_USE=-XX:SharedArchiveFile
    C2_OPTS=$LATE_C2
  fi
  # options given whole (SAYLAU_BALLOT_JAVA_OPTS) are taken as they are
  [ -z "${SAYLAU_BALLOT_JAVA_OPTS:-}" ] || C2_OPTS=""
}
use_jdk "${SAYLAU_JAVA_HOME:-$(newest_jdk)}"

archive_of() { echo "$CDS/$1-$JAVA_FEATURE.$ARCHIVE_EXT"; }
cds_fresh() { [ -f "$(archive_of "$1")" ] && ! jar_newer "$1" "$(archive_of "$1")"; }

# The runnable jar of service $1 (one uber-jar: see quarkus.package.jar.type in its application.properties).
service_jar() { echo "$ROOT/$1/target/$1-runner.jar"; }

# True when the jar of service $1 is newer than file $2.
jar_newer() { [ "$(service_jar "$1")" -nt "$2" ]; }

cds_opts() {
  local s=$1 archive
  archive=$(archive_of "$1")
  mkdir -p "$CDS"
  rm -f "$archive.new"
  if cds_fresh "$s"; then
    echo "$ARCHIVE_USE=$archive"
  else
    rm -f "$archive"
    touch "$archive.started"
    echo "$ARCHIVE_RECORD=$archive.new"
  fi
}

# An archive is kept only when its JVM ended on its own (it is written on the way out; a killed one, $2 true, leaves a
# torso) and the service was not rebuilt while it recorded (the JVM would refuse an archive of the old jars).
cds_keep() {
  local archive
  archive=$(archive_of "$1")
  [ -f "$archive.new" ] || { rm -f "$archive.started"; return 0; }
  if [ "$2" = true ] || jar_newer "$1" "$archive.started"; then
    rm -f "$archive.new"
  else
    mv -f "$archive.new" "$archive"
  fi
  rm -f "$archive.started"
}

# The JVM runs on without an archive it cannot use (it says so in the log); that archive is dropped, so the next start
# records a new one.
cds_check() {
  if grep -q -e "Unable to use shared archive" -e "error has occurred while processing the AOT cache" "$LOGS/$1.log" 2>/dev/null; then
    say "$1 could not use its class archive; the next start records a new one"
    rm -f "$(archive_of "$1")"
  fi
}
