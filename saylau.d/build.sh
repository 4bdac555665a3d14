# Part of ./saylau (sourced by it, never run alone): building what is missing.

build_missing() {
  local missing=()
  local s
  for s in "${SERVICES[@]}"; do [ -f "$(service_jar "$s")" ] || missing+=("$s"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "building ${missing[*]}"
    local list
    list=$(IFS=,; echo "${missing[*]}")
    # without the tests, whose traffic records each service's archive (./saylau test): Quarkus records it while the
    # app starts at package instead (jvm.sh)
    mvnw -pl "$list" -am -DskipTests -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.phase=build \
      package >"$LOGS/build.log" 2>&1 || fail "build; see $LOGS/build.log"
  fi
}
