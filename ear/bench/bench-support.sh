# shellcheck shell=bash
# What the ear/bench-* launchers share, sourced by them (not run): the repository's root, the build's
# sm-crypto CLI jar, starting the platform (ear/onewindow run) and waiting for its health, stopping
# it. The launcher sets `here` (its own directory, ear/) before sourcing:
#
#   here=$(cd "$(dirname "$0")" && pwd)
#   . "$here/bench/bench-support.sh"
#
# Environment given before a function call (ONEWINDOW_STATE=… bench_start_platform …) reaches the
# platform: bash exports such assignments to the commands the function runs.

bench=${0##*/} # the launcher's name, for its messages (bench-sync, …)
root=$(cd "$here/.." && pwd)
# BENCH_PORT_OFFSET=N runs the platform N ports higher (ONEWINDOW_PORT_OFFSET: HTTP 8080+N), beside
# another platform or a test run on the default ports
export ONEWINDOW_PORT_OFFSET=${BENCH_PORT_OFFSET:-0}
bench_port=$((8080 + ONEWINDOW_PORT_OFFSET))
bench_url=http://localhost:$bench_port

# Says what went wrong, as the launcher, and ends it (its EXIT trap cleans up).
bench_fail() {
  echo "$bench: $*" >&2
  exit 1
}

# Sets `jar` to the sm-crypto CLI jar the Java benches run on (BENCH_CLI_JAR, else this checkout's
# build), or ends the launcher when it is not built.
bench_cli_jar() {
  jar=${BENCH_CLI_JAR:-$root/sm-crypto/target/sm-crypto-cli.jar}
  [ -f "$jar" ] || bench_fail "build first (mvn -DskipTests package): no $jar"
}

# Starts the platform in the background (ear/onewindow run; state, database and options from the
# environment), its output appended to LOG, and waits up to SECONDS for its health.
#   bench_start_platform LOG SECONDS
bench_start_platform() {
  "$here/onewindow" run >>"$1" 2>&1 &
  bench_wait_healthy "$1" "$2"
}

# Waits up to SECONDS for the platform's health on its HTTP port (8080 + BENCH_PORT_OFFSET); on a timeout shows LOG's tail and
# ends the launcher.
#   bench_wait_healthy LOG SECONDS
bench_wait_healthy() {
  local _
  for _ in $(seq 1 "$2"); do
    curl -fsS -o /dev/null "$bench_url/api/v1/health" 2>/dev/null && return 0
    sleep 1
  done
  tail -n 30 "$1" >&2 || true
  bench_fail "the platform did not start; see $1"
}

# Stops the platform of state directory STATE, quietly (cleanup: it may never have started).
#   bench_stop_platform STATE
bench_stop_platform() {
  ONEWINDOW_STATE="$1" "$here/onewindow" stop >/dev/null 2>&1 || true
}
