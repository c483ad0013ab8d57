#!/usr/bin/env bash
# Configures the WildFly unpacked in ear/target from the jboss-cli scripts beside this file,
# offline (embed-server), into two server configurations built from standalone-full-ha.xml:
#   onewindow-h2.xml   the embedded default: H2 file database
#   onewindow-pg.xml   PostgreSQL (ONEWINDOW_DB=postgres for the run command)
# Every other script is shared by both, so the two differ in the datasource alone.
#
#   configure.sh JBOSS_HOME POSTGRESQL_JAR
#
# It does nothing when the scripts have not changed since the last run (a stamp file records
# their digest), so repeated builds stay fast; `mvn clean` starts over from the pristine dist.
set -euo pipefail

jboss_home=$1
pg_jar=$2
here=$(cd "$(dirname "$0")" && pwd)
config_dir="$jboss_home/standalone/configuration"
stamp_file="$jboss_home/.onewindow-configured"

shared=(system.cli messaging.cli sessions.cli cluster.cli gateway.cli batch.cli oidc.cli logging.cli undertow.cli openapi.cli metrics.cli)
digest=$(cat "$here"/*.cli "$here/configure.sh" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$digest" ] &&
  [ -f "$config_dir/onewindow-h2.xml" ] && [ -f "$config_dir/onewindow-pg.xml" ] &&
  ! grep -q '<deployment ' "$config_dir/onewindow-h2.xml" "$config_dir/onewindow-pg.xml"; then
  # (A deployment left in a configuration by an interrupted test run counts as a change.)
  echo "configure: WildFly configuration is up to date"
  exit 0
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  # The PostgreSQL driver as a module (module commands run without a server).
  echo "module add --name=org.postgresql --resources=$pg_jar --dependencies=java.logging,java.naming,java.security.jgss,java.sql,java.xml,jakarta.transaction.api"
  for db in h2 pg; do
    cp "$jboss_home/standalone/configuration/standalone-full-ha.xml" "$config_dir/onewindow-$db.xml"
    echo "embed-server --std-out=discard --server-config=onewindow-$db.xml"
    cat "$here/datasource-$db.cli"
    for file in "${shared[@]}"; do
      cat "$here/$file"
    done
    # Which scripts made this configuration: the nodes of a cluster compare it
    # (org.onewindow.ops.cluster.BuildStamp), so a node configured differently is reported.
    echo "/system-property=onewindow.configuration.digest:add(value=$digest)"
    echo "stop-embedded-server"
  done
} >"$script"

rm -rf "$jboss_home/modules/org/postgresql"
echo "configure: applying ${shared[*]} and the datasources to $config_dir"
JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m" "$jboss_home/bin/jboss-cli.sh" --file="$script"
# The embedded server leaves its history and data behind: start both servers clean.
rm -rf "$jboss_home/standalone/configuration/standalone_xml_history" "$jboss_home/standalone/data"
echo "$digest" >"$stamp_file"
echo "configure: done"
