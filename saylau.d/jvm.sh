# Part of ./saylau (sourced by it, never run alone): the JVM options of each service, and the class archive its build made.

# C1 only starts fastest: candidate-service uses it. The election-night paths need the full tiered JIT, two to three
# times faster once warm: ballot-service (protocol intake), results-service (counting as events come) and the gateway
# (refresh storms: ~5,900 against ~2,200 reads/s with C1). On JDK 17, its C2 compiler competes with the start itself
# for these 2 cores, on code that runs only while starting; C2 therefore waits for 40,000 calls of a method instead of
# 5,000 (and a loop for 400,000 turns), which warm traffic reaches within seconds: start median 3.4 s against 4.0 s
# (before the class archives; with one the gap is 0-0.3 s, and RSS 8-17 MB lower). On JDK 25 the AOT
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

# Class archives: each service's jar is Quarkus's aot-jar (target/quarkus-app/quarkus-run.jar, its classes on the JDK's
# own class path) with the JVM's archive of it beside it, made by the build, never by ./saylau: the classes loaded and
# linked, which a start maps instead of reading, parsing and verifying them again (docs/performance.md, "Start").
# - JDK 25 and later: the ahead-of-time cache app.aot (JEP 483, 514, 515), recorded while the module's
#   @QuarkusIntegrationTests drive the jar (./saylau test's mvnw verify), with the methods' profiles of that traffic, so
#   the JIT starts where it left off.
# - JDK 17 to 24: the class-data sharing archive app-cds.jsa, recorded the same way (the parent pom's jdk17-cds).
# ./saylau up's own build skips the tests, and Quarkus records the archive while the app starts at package instead
# (quarkus.package.jar.aot.phase=build): a start on JDK 25 then takes ~2 s against ~1 s.
# An archive is made by one JDK for one jar: one of another JDK, or that the JVM cannot use, is left aside.
use_jdk() {
  export JAVA_HOME=$1
  export PATH="$JAVA_HOME/bin:$PATH"
  JAVA_FEATURE=$(jdk_feature "$JAVA_HOME")
  if [ "$JAVA_FEATURE" -ge 25 ]; then
    ARCHIVE_KIND="AOT cache"; ARCHIVE_FILE=app.aot; ARCHIVE_USE=-XX:AOTCache
    C2_OPTS=""
  else
    ARCHIVE_KIND=CDS; ARCHIVE_FILE=app-cds.jsa; ARCHIVE_USE=-XX:SharedArchiveFile
    C2_OPTS=$LATE_C2
  fi
  # options given whole (SAYLAU_BALLOT_JAVA_OPTS) are taken as they are
  [ -z "${SAYLAU_BALLOT_JAVA_OPTS:-}" ] || C2_OPTS=""
}
use_jdk "${SAYLAU_JAVA_HOME:-$(newest_jdk)}"

# The build of service $1 (Quarkus's aot-jar: see quarkus.package.jar.type in platform/web's config): the directory a
# service runs from, its runnable jar, and its archive for this JDK beside it.
service_dir() { echo "$ROOT/$1/target/quarkus-app"; }
service_jar() { echo "$(service_dir "$1")/quarkus-run.jar"; }
archive_of() { echo "$(service_dir "$1")/$ARCHIVE_FILE"; }

# The JVM option that maps service $1's archive, when its build made one this JDK can use.
archive_opts() {
  local archive
  archive=$(archive_of "$1")
  [ -f "$archive" ] && echo "$ARCHIVE_USE=$archive"
  return 0
}

# The JVM runs on without an archive it cannot use (made by another JDK, or for another jar); it says so in the log.
archive_check() {
  if grep -q -e "Unable to use shared archive" -e "error has occurred while processing the AOT cache" "$LOGS/$1.log" 2>/dev/null; then
    say "$1 runs without its class archive (see $LOGS/$1.log): ./saylau test records a new one with its build"
  fi
}
