#!/usr/bin/env bash
# A OneWindow cluster on this host: two WildFly nodes (standalone-full-ha, the same configuration
# scripts as the single node), HAProxy in front with sticky sessions, PostgreSQL as the shared
# database and the same Keycloak (docs/adr/0010-cluster.md, README "Running a cluster").
#
#   ear/onewindow cluster start         build if needed, start Keycloak (unless one answers at
#                                       ONEWINDOW_KEYCLOAK_URL), node1, node2, the balancer; wait
#   ear/onewindow cluster stop          stop the balancer, both nodes and a Keycloak it started
#   ear/onewindow cluster status        which processes run, each node's health
#                                       (and where the Prometheus scrape configuration is)
#   ear/onewindow cluster crash-node N  SIGKILL node N's JVM (a failure drill: nothing is flushed)
#   ear/onewindow cluster start-node N  start node N again and wait until it serves
#   ear/onewindow cluster stop-node N   stop node N gracefully (the balancer takes it out)
#   ear/onewindow cluster suspend-node N  SIGSTOP node N's processes: a partition drill (its
#                                       sockets stay open, so only FD_ALL3's heartbeat timeout,
#                                       40 s, makes the other members suspect it)
#   ear/onewindow cluster resume-node N  SIGCONT node N: it rejoins through a merge
#
# Switches (environment):
#   ONEWINDOW_CLUSTER_STATE=DIR       base directories, logs, pid files (default .onewindow/cluster)
#   ONEWINDOW_CLUSTER_PORT=8080       the balancer's port: the address users, Keycloak's redirect
#                                     URIs and back-channel logout know
#   ONEWINDOW_CLUSTER_OFFSETS="200 300"  the nodes' port offsets (100 would put a node on
#                                     Keycloak's 8180): node1 HTTP 8280, node2 8380, JGroups 7800/7900
#   ONEWINDOW_CLUSTER_NAME=onewindow  the JGroups cluster name: only nodes with the same name join
#   ONEWINDOW_DB_URL                  JDBC URL (default jdbc:postgresql://127.0.0.1:5432/test)
#   ONEWINDOW_KEYCLOAK_URL            a Keycloak already running (default http://localhost:8180;
#                                     started from this checkout when nothing answers there)
#   ONEWINDOW_NODE_OPTS               more -D options for every node (the tests use it)
#   ONEWINDOW_EAR, ONEWINDOW_BUILD    as for `ear/onewindow run` (read at each start-node: one
#                                     node may be given another EAR, the stale-build drill)
#   ONEWINDOW_NODE_CONFIGURATION=FILE the server configuration start-node gives the node instead of
#                                     the build's onewindow-pg.xml (a node configured differently)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
state=${ONEWINDOW_CLUSTER_STATE:-$repo/.onewindow/cluster}
balancer_port=${ONEWINDOW_CLUSTER_PORT:-8080}
read -r -a offsets <<<"${ONEWINDOW_CLUSTER_OFFSETS:-200 300}"
cluster_name=${ONEWINDOW_CLUSTER_NAME:-onewindow}
db_url=${ONEWINDOW_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}
keycloak_url=${ONEWINDOW_KEYCLOAK_URL:-http://localhost:8180}
keycloak="$repo/keycloak-realm/keycloak"
ear=${ONEWINDOW_EAR:-$repo/ear/target/onewindow.ear}
start_timeout=${ONEWINDOW_START_TIMEOUT:-300}
jgroups_port=7600

say() { echo "onewindow cluster: $*"; }
fail() {
  echo "onewindow cluster: $*" >&2
  exit 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
answers() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }

wildfly_home() { ls -d "$repo"/ear/target/wildfly-[0-9]* 2>/dev/null | head -n 1; }

node_count() { echo "${#offsets[@]}"; }
node_offset() { echo "${offsets[$(($1 - 1))]}"; }
node_http_port() { echo $((8080 + $(node_offset "$1"))); }
node_management_port() { echo $((9990 + $(node_offset "$1"))); }
node_dir() { echo "$state/node$1"; }
node_pid_file() { echo "$state/node$1.pid"; }

# Every member's JGroups address: TCPPING's static list (never multicast discovery).
members() {
  local list="" i
  for i in $(seq 1 "$(node_count)"); do
    list+="${list:+,}127.0.0.1[$((jgroups_port + $(node_offset "$i")))]"
  done
  echo "$list"
}

live_pid() {
  local file=$1 pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

require_postgres() {
  case "${ONEWINDOW_DB:-postgres}" in
    postgres | pg) ;;
    *) fail "a cluster needs PostgreSQL: H2 is a single node's embedded file database (ONEWINDOW_DB=${ONEWINDOW_DB})" ;;
  esac
  [[ "$db_url" == jdbc:postgresql:* ]] ||
    fail "a cluster needs PostgreSQL: ONEWINDOW_DB_URL must be a jdbc:postgresql: URL, not $db_url"
  local hostport host port
  hostport=$(sed -E 's|jdbc:postgresql://([^/?]+).*|\1|' <<<"$db_url")
  host=${hostport%%:*}
  port=${hostport##*:}
  [ "$port" = "$hostport" ] && port=5432
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null ||
    fail "no PostgreSQL answers at $host:$port ($db_url)"
}

build_if_needed() {
  if [ -n "${ONEWINDOW_EAR:-}" ]; then
    [ -f "$ear" ] || fail "ONEWINDOW_EAR names no file: $ear"
  elif [ "${ONEWINDOW_BUILD:-}" = always ] || [ ! -f "$ear" ] || [ -z "$(wildfly_home)" ]; then
    say "building (mvn -DskipTests package) ..."
    (cd "$repo" && mvn -B -q -DskipTests package) || fail "the build failed; see the Maven output above"
  fi
  [ -n "$(wildfly_home)" ] || fail "no WildFly under ear/target: build first (mvn -DskipTests package)"
}

# A node's base directory: the configuration fresh from the build, the EAR, its own data and logs.
prepare_node() {
  local dir home
  dir=$(node_dir "$1")
  home=$(wildfly_home)
  mkdir -p "$dir/configuration" "$dir/deployments" "$dir/data" "$dir/log"
  cp "$home"/standalone/configuration/*.xml "$home"/standalone/configuration/*.properties "$dir/configuration/"
  if [ -n "${ONEWINDOW_NODE_CONFIGURATION:-}" ]; then
    [ -f "$ONEWINDOW_NODE_CONFIGURATION" ] || fail "ONEWINDOW_NODE_CONFIGURATION names no file"
    cp "$ONEWINDOW_NODE_CONFIGURATION" "$dir/configuration/onewindow-pg.xml"
  fi
  rm -f "$dir"/deployments/onewindow.ear*
  cp "$ear" "$dir/deployments/onewindow.ear"
}

start_node() {
  local n=$1 dir offset port pid_file
  dir=$(node_dir "$n")
  offset=$(node_offset "$n")
  port=$(node_http_port "$n")
  pid_file=$(node_pid_file "$n")
  if live_pid "$pid_file" >/dev/null; then
    say "node$n already runs"
    return 0
  fi
  port_in_use "$port" && fail "port $port (node$n, offset $offset) is already in use"
  prepare_node "$n"
  if [ -z "${ONEWINDOW_ROOT_KEY_COMPONENT_1:-}${ONEWINDOW_ROOT_KEY_COMPONENT_1_FILE:-}" ]; then
    export ONEWINDOW_ROOT_KEY_COMPONENT_1_FILE="$repo/keycloak-realm/demo/keys/demo-root-key-component-1"
    export ONEWINDOW_ROOT_KEY_COMPONENT_2_FILE="$repo/keycloak-realm/demo/keys/demo-root-key-component-2"
  fi
  say "starting node$n (HTTP $port, JGroups $((jgroups_port + offset)); log: $dir/log/server.log)"
  # shellcheck disable=SC2086 # ONEWINDOW_NODE_OPTS is a list of options
  JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g}" setsid "$(wildfly_home)/bin/standalone.sh" \
    -c onewindow-pg.xml \
    -Djboss.server.base.dir="$dir" \
    -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.node.name="node$n" \
    -Djboss.tx.node.id="node$n" \
    -Donewindow.cluster.name="$cluster_name" \
    -Donewindow.cluster.members="$(members)" \
    -Donewindow.db.url="$db_url" \
    -Donewindow.keycloak.url="$keycloak_url" \
    ${ONEWINDOW_NODE_OPTS:-} >"$dir/console.log" 2>&1 </dev/null &
  echo $! >"$pid_file"
  await_node "$n"
}

await_node() {
  local n=$1 waited=0 dir url
  dir=$(node_dir "$n")
  url="http://127.0.0.1:$(node_http_port "$n")/api/v1/health"
  until answers "$url"; do
    # A node older than another member's build is up but refuses traffic (503, cluster "stale"):
    # started, and said so, rather than waited for until the timeout.
    if curl -s --max-time 5 "$url" 2>/dev/null | grep -q '"cluster": *"stale"'; then
      say "node$n runs an older build than another member: it reports itself unavailable ($url)"
      return 0
    fi
    if ! live_pid "$(node_pid_file "$n")" >/dev/null; then
      tail -n 30 "$dir/log/server.log" >&2 2>/dev/null || tail -n 30 "$dir/console.log" >&2
      fail "node$n stopped while starting"
    fi
    if [ -f "$dir/deployments/onewindow.ear.failed" ]; then
      fail "node$n: the EAR failed to deploy: $(cat "$dir/deployments/onewindow.ear.failed")"
    fi
    [ "$waited" -ge "$start_timeout" ] && fail "node$n: no answer from $url after ${start_timeout}s"
    sleep 1
    waited=$((waited + 1))
  done
  say "node$n serves ($url)"
}

# SIGTERM to the node's process group: WildFly's graceful shutdown.
stop_node() {
  local n=$1 pid waited=0
  if pid=$(live_pid "$(node_pid_file "$n")"); then
    say "stopping node$n"
    # A suspended node takes its SIGTERM only once it runs again.
    kill -CONT -- "-$pid" 2>/dev/null || true
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    # The whole group, not the launcher: standalone.sh dies of the SIGTERM at once while its JVM
    # is still shutting down (and holding the node's ports).
    while kill -0 -- "-$pid" 2>/dev/null && [ "$waited" -lt 60 ]; do
      sleep 1
      waited=$((waited + 1))
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    while kill -0 -- "-$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$(node_pid_file "$n")"
}

# SIGKILL to the node's JVM and its launcher: no shutdown hook, no flush — a crash.
crash_node() {
  local n=$1 pid
  pid=$(live_pid "$(node_pid_file "$n")") || fail "node$n is not running"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  while kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$(node_pid_file "$n")"
  say "node$n killed (SIGKILL)"
}

# SIGSTOP to the node's process group: the JVM freezes with its sockets open (a partition as the
# other members see it, or a stop-the-world pause); SIGCONT lets it run on where it stopped.
signal_node() {
  local n=$1 signal=$2 pid
  pid=$(live_pid "$(node_pid_file "$n")") || fail "node$n is not running"
  kill "-$signal" -- "-$pid" 2>/dev/null || kill "-$signal" "$pid"
}

write_balancer_config() {
  local n config="$state/haproxy.cfg"
  # Templated here rather than kept as a file: the node list follows ONEWINDOW_CLUSTER_OFFSETS.
  cat >"$config" <<CFG
# Generated by ear/cluster/cluster.sh at every start; edit the script, not this file.
global
    maxconn 4096
    # notice: a server going DOWN or UP is logged (the operator's first question after a failover).
    log stdout format raw local0 notice
defaults
    mode http
    log global
    option httplog
    option forwardfor
    # A request that finds its node dead is sent to another one: sessions are distributable.
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    # A health answer may take a few seconds on a loaded node (a full GC, two cores shared with a
    # browser): only three missed checks in a row (about 6 s) take a node out, two good ones bring
    # it back. A dead node is noticed sooner anyway: its refused connection is redispatched.
    timeout check 5s
frontend onewindow
    bind 127.0.0.1:$balancer_port
    default_backend nodes
backend nodes
    balance roundrobin
    # No cleartext HTTP/2 upgrade through the balancer: an upgraded connection becomes a tunnel to
    # the node that answered the first request, past stickiness and balancing (the JDK's
    # HttpClient asks for h2c on every new connection, and WildFly grants it). WebSocket upgrades
    # pass.
    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
    http-request del-header HTTP2-Settings
    # Sticky sessions: the node named in the OW_NODE cookie keeps a browser while it is up.
    cookie OW_NODE insert indirect nocache httponly
    option httpchk GET /api/v1/health
    http-check expect status 200
    default-server inter 2s fall 3 rise 2
CFG
  for n in $(seq 1 "$(node_count)"); do
    echo "    server node$n 127.0.0.1:$(node_http_port "$n") check cookie node$n" >>"$config"
  done
  echo "$config"
}

# A Prometheus scrape configuration naming every node (issue 17 item 5): the node's own figures
# at its management interface's /metrics (JVM, OneWindowDS pool and JDBC, Undertow, transactions:
# ear/src/main/wildfly/metrics.cli) and the gateway's at its /gateway/metrics, each target labelled
# node=jboss.node.name. Node by node, never through the balancer, which would mix them.
write_scrape_config() {
  local n config="$state/prometheus.yml"
  {
    echo "# Generated by ear/cluster/cluster.sh at every start; edit the script, not this file."
    echo "# prometheus --config.file=$config"
    echo "global:"
    echo "  scrape_interval: 15s"
    echo "scrape_configs:"
    echo "  - job_name: onewindow-wildfly"
    echo "    metrics_path: /metrics"
    echo "    static_configs:"
    for n in $(seq 1 "$(node_count)"); do
      echo "      - targets: ['127.0.0.1:$(node_management_port "$n")']"
      echo "        labels: {node: node$n}"
    done
    echo "  - job_name: onewindow-gateway"
    echo "    metrics_path: /gateway/metrics"
    echo "    static_configs:"
    for n in $(seq 1 "$(node_count)"); do
      echo "      - targets: ['127.0.0.1:$(node_http_port "$n")']"
      echo "        labels: {node: node$n}"
    done
  } >"$config"
  echo "$config"
}

start_balancer() {
  local haproxy config
  haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
  [ -x "$haproxy" ] || fail "HAProxy is not installed: apt-get install haproxy (Debian's package)"
  if live_pid "$state/haproxy.pid" >/dev/null; then
    say "the balancer already runs"
    return 0
  fi
  port_in_use "$balancer_port" && fail "port $balancer_port (the balancer) is already in use"
  config=$(write_balancer_config)
  "$haproxy" -c -q -f "$config" || fail "HAProxy refuses $config"
  setsid "$haproxy" -W -db -f "$config" >"$state/haproxy.log" 2>&1 </dev/null &
  echo $! >"$state/haproxy.pid"
  local waited=0
  until answers "http://127.0.0.1:$balancer_port/api/v1/health"; do
    [ "$waited" -ge 30 ] && fail "the balancer does not answer on $balancer_port; see $state/haproxy.log"
    sleep 1
    waited=$((waited + 1))
  done
  say "balancer on http://localhost:$balancer_port/ (HAProxy; log: $state/haproxy.log)"
}

stop_balancer() {
  local pid
  if pid=$(live_pid "$state/haproxy.pid"); then
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    say "balancer stopped"
  fi
  rm -f "$state/haproxy.pid"
}

start_keycloak_if_needed() {
  if answers "$keycloak_url/realms/onewindow"; then
    say "using the Keycloak at $keycloak_url"
    return 0
  fi
  [ "$keycloak_url" = http://localhost:8180 ] ||
    fail "no Keycloak answers at ONEWINDOW_KEYCLOAK_URL=$keycloak_url"
  ONEWINDOW_BASE_URL="http://localhost:$balancer_port" "$keycloak" start --state "$state/keycloak" ||
    fail "Keycloak did not start (see above)"
  touch "$state/keycloak-started-here"
}

start() {
  require_postgres
  build_if_needed
  mkdir -p "$state"
  start_keycloak_if_needed
  local n
  # One after the other: the first node migrates the schema, and two boots at once on 2 cores
  # take longer than two in a row.
  for n in $(seq 1 "$(node_count)"); do
    start_node "$n"
  done
  start_balancer
  local scrape
  scrape=$(write_scrape_config)
  cat <<TXT

  OneWindow cluster is running: $(node_count) nodes behind HAProxy (database: $db_url)

    Portal    http://localhost:$balancer_port/portal/
    Console   http://localhost:$balancer_port/console/
    Health    http://localhost:$balancer_port/api/v1/health  (per node: $(for n in $(seq 1 "$(node_count)"); do printf 'http://127.0.0.1:%s/api/v1/health ' "$(node_http_port "$n")"; done))
    Metrics   per node: $(for n in $(seq 1 "$(node_count)"); do printf 'http://127.0.0.1:%s/metrics ' "$(node_management_port "$n")"; done)(+ /gateway/metrics on each node's HTTP port)
              Prometheus scrape configuration: $scrape

  State: $state     Stop: ear/onewindow cluster stop
TXT
}

stop() {
  stop_balancer
  local n
  for n in $(seq 1 "$(node_count)"); do
    stop_node "$n"
  done
  if [ -f "$state/keycloak-started-here" ]; then
    "$keycloak" stop >/dev/null && say "Keycloak stopped"
    rm -f "$state/keycloak-started-here"
  fi
}

status() {
  local n pid
  for n in $(seq 1 "$(node_count)"); do
    if pid=$(live_pid "$(node_pid_file "$n")"); then
      echo "node$n: running (pid $pid), health: $(curl -s --max-time 5 "http://127.0.0.1:$(node_http_port "$n")/api/v1/health" || echo 'no answer')"
    else
      echo "node$n: stopped"
    fi
  done
  if pid=$(live_pid "$state/haproxy.pid"); then
    echo "balancer: running (pid $pid) on $balancer_port"
  else
    echo "balancer: stopped"
  fi
  if [ -f "$state/prometheus.yml" ]; then
    echo "metrics: Prometheus scrape configuration $state/prometheus.yml"
  fi
}

node_number() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "$(node_count)" ] ||
    fail "name a node from 1 to $(node_count), not '${1:-}'"
  echo "$1"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  crash-node) crash_node "$(node_number "${2:-}")" ;;
  stop-node) stop_node "$(node_number "${2:-}")" ;;
  suspend-node)
    signal_node "$(node_number "${2:-}")" STOP
    say "node$2 suspended (SIGSTOP)"
    ;;
  resume-node)
    signal_node "$(node_number "${2:-}")" CONT
    say "node$2 resumed (SIGCONT)"
    ;;
  start-node)
    mkdir -p "$state"
    start_node "$(node_number "${2:-}")"
    ;;
  *)
    echo "usage: ear/onewindow cluster start | stop | status | crash-node N | start-node N | stop-node N | suspend-node N | resume-node N" >&2
    exit 2
    ;;
esac
