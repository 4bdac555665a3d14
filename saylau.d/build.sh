# Part of ./saylau (sourced by it, never run alone): building what is missing.

build_missing() {
  local missing=()
  local s
  for s in "${SERVICES[@]}"; do [ -f "$(service_jar "$s")" ] || missing+=("$s"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "building ${missing[*]}"
    local list
    list=$(IFS=,; echo "${missing[*]}")
    mvnw -pl "$list" -am -DskipTests package >"$LOGS/build.log" 2>&1 || fail "build; see $LOGS/build.log"
  fi
}
