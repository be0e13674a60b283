#!/usr/bin/env bash
# Starts and stops a throw-away, single-node Elasticsearch for the tests.
#
# Sourced by scripts/test, which calls es_node_start and es_node_stop. Run directly
# (scripts/lib/elasticsearch-node.sh) it starts a node, prints its URL and keeps it up until Ctrl-C,
# which is handy while working on the Elasticsearch adapter:
#   OERFED_TEST_ES_URL=http://127.0.0.1:<port> mvn -B -pl modules/index-elasticsearch test
#
# The node comes from Maven Central (the integ-test-zip distribution: no bundled JDK, no x-pack plugins
# beyond what the settings below need), fetched through Maven so CI needs no other network access.

ES_NODE_VERSION="${ES_NODE_VERSION:-8.19.21}"
ES_NODE_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_NODE_VERSION}:zip"
# Elasticsearch refuses to run as root; when we are root it runs as this unprivileged user.
ES_NODE_USER="${ES_NODE_USER:-oerfed-es}"
ES_NODE_START_TIMEOUT_SECONDS="${ES_NODE_START_TIMEOUT_SECONDS:-180}"

ES_NODE_DIR=""
ES_NODE_PID=""
ES_NODE_URL=""

es_node_log() {
  echo "[elasticsearch-node] $*" >&2
}

# The directory holding bin/java of the JDK that runs Maven, which also runs the node.
es_node_java_home() {
  if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
    echo "${JAVA_HOME}"
    return
  fi
  local java
  java="$(command -v java)" || { es_node_log "no java on PATH and JAVA_HOME unset"; return 1; }
  java="$(readlink -f "${java}")"
  dirname "$(dirname "${java}")"
}

es_node_port_is_free() {
  # A refused connection means nobody listens there. The port could still be taken between this check
  # and the node binding it; the node then fails to start and says so in its log.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

es_node_free_port() {
  local avoid="${1:-}" port attempt
  for attempt in $(seq 1 200); do
    port=$((20000 + RANDOM % 20000))
    if [[ "${port}" != "${avoid}" ]] && es_node_port_is_free "${port}"; then
      echo "${port}"
      return
    fi
  done
  es_node_log "found no free port"
  return 1
}

es_node_fetch_zip() {
  local repo_root="$1" target="$2"
  es_node_log "fetching ${ES_NODE_ARTIFACT} through Maven"
  (cd "${repo_root}" && mvn -B -q -N -Dstyle.color=never dependency:copy \
      -Dartifact="${ES_NODE_ARTIFACT}" -DoutputDirectory="${target}" -Dmdep.overWriteReleases=true) >&2
  local zip="${target}/elasticsearch-${ES_NODE_VERSION}.zip"
  [[ -f "${zip}" ]] || { es_node_log "Maven did not deliver ${zip}"; return 1; }
  echo "${zip}"
}

es_node_ensure_user() {
  if ! id -u "${ES_NODE_USER}" >/dev/null 2>&1; then
    es_node_log "creating user ${ES_NODE_USER} to run Elasticsearch (it refuses to run as root)"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "${ES_NODE_USER}"
  fi
}

es_node_log_tail() {
  local f
  for f in "${ES_NODE_DIR}/console.log" "${ES_NODE_DIR}"/logs/*.log; do
    [[ -f "${f}" ]] || continue
    echo "----- last lines of ${f}" >&2
    tail -n 40 "${f}" >&2
  done
}

# Starts the node and waits until it serves requests. Sets ES_NODE_DIR, ES_NODE_PID and ES_NODE_URL.
es_node_start() {
  local repo_root="$1"
  local java_home http_port transport_port zip home
  java_home="$(es_node_java_home)"
  ES_NODE_DIR="$(mktemp -d /tmp/oerfed-es.XXXXXX)"
  zip="$(es_node_fetch_zip "${repo_root}" "${ES_NODE_DIR}/download")"
  unzip -q "${zip}" -d "${ES_NODE_DIR}"
  rm -rf "${ES_NODE_DIR}/download"
  home="${ES_NODE_DIR}/elasticsearch-${ES_NODE_VERSION}"
  mkdir -p "${ES_NODE_DIR}/data" "${ES_NODE_DIR}/logs"
  http_port="$(es_node_free_port)"
  transport_port="$(es_node_free_port "${http_port}")"

  local -a run_as=()
  if [[ "$(id -u)" == 0 ]]; then
    es_node_ensure_user
    chown -R "${ES_NODE_USER}:" "${ES_NODE_DIR}"
    run_as=(runuser -u "${ES_NODE_USER}" --)
  fi

  es_node_log "starting Elasticsearch ${ES_NODE_VERSION} in ${ES_NODE_DIR} on port ${http_port} (Java: ${java_home})"
  # setsid puts the node (launcher and server JVMs) in its own process group, so stopping it kills the
  # whole group and nothing outlives the tests.
  ES_JAVA_HOME="${java_home}" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
    setsid ${run_as[@]+"${run_as[@]}"} "${home}/bin/elasticsearch" \
      -E discovery.type=single-node \
      -E xpack.security.enabled=false \
      -E network.host=127.0.0.1 \
      -E http.port="${http_port}" \
      -E transport.port="${transport_port}" \
      -E path.data="${ES_NODE_DIR}/data" \
      -E path.logs="${ES_NODE_DIR}/logs" \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      -E action.destructive_requires_name=false \
      >"${ES_NODE_DIR}/console.log" 2>&1 </dev/null &
  ES_NODE_PID=$!
  ES_NODE_URL="http://127.0.0.1:${http_port}"

  local started=${SECONDS}
  until curl -fs -o /dev/null --max-time 10 "${ES_NODE_URL}/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null; do
    if ! kill -0 "${ES_NODE_PID}" 2>/dev/null; then
      es_node_log "Elasticsearch exited before it became ready"
      es_node_log_tail
      return 1
    fi
    if (( SECONDS - started >= ES_NODE_START_TIMEOUT_SECONDS )); then
      es_node_log "Elasticsearch not ready after ${ES_NODE_START_TIMEOUT_SECONDS}s"
      es_node_log_tail
      return 1
    fi
    sleep 1
  done
  es_node_log "ready at ${ES_NODE_URL} after $((SECONDS - started))s"
}

# Stops the node and removes its files. Safe to call more than once and when nothing was started.
es_node_stop() {
  if [[ -n "${ES_NODE_PID}" ]]; then
    if kill -0 "${ES_NODE_PID}" 2>/dev/null; then
      es_node_log "stopping Elasticsearch (process group ${ES_NODE_PID})"
      kill -TERM -- "-${ES_NODE_PID}" 2>/dev/null || true
      local waited=0
      while kill -0 -- "-${ES_NODE_PID}" 2>/dev/null && (( waited < 30 )); do
        sleep 1
        waited=$((waited + 1))
      done
      kill -KILL -- "-${ES_NODE_PID}" 2>/dev/null || true
    fi
    wait "${ES_NODE_PID}" 2>/dev/null || true
    ES_NODE_PID=""
  fi
  if [[ -n "${ES_NODE_DIR}" && -d "${ES_NODE_DIR}" ]]; then
    rm -rf "${ES_NODE_DIR}"
    ES_NODE_DIR=""
  fi
}

if [[ "${BASH_SOURCE[0]}" == "${0}" ]]; then
  set -euo pipefail
  trap es_node_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  es_node_start "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  echo "OERFED_TEST_ES_URL=${ES_NODE_URL}"
  echo "Press Ctrl-C to stop." >&2
  wait "${ES_NODE_PID}"
fi
