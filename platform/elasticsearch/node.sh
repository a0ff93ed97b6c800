#!/usr/bin/env bash
# One Elasticsearch 9 node for tests and local trials, assembled from Maven Central (pom.xml beside this
# file): 127.0.0.1 only, single node, no security, data in var/es-node/. Usage: node.sh start|stop|status
# Environment: ES_PORT (9200), ES_HOME (var/es-node), ES_JAVA_HOME (Temurin 25: Elasticsearch 9 needs
# Java 21+), ES_HEAP (512m).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
port="${ES_PORT:-9200}"
home="${ES_HOME:-${root}/var/es-node}"
java_home="${ES_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
heap="${ES_HEAP:-512m}"
pidfile="${home}/node.pid"
url="http://127.0.0.1:${port}"

running() { [ -f "${pidfile}" ] && kill -0 "$(cat "${pidfile}")" 2>/dev/null; }

healthy() {
  curl -fsS "${url}/_cluster/health" 2>/dev/null | grep -Eq '"status":"(green|yellow)"'
}

build() {
  # Compiles the launcher and writes the classpath; Maven downloads the jars once (~/.m2).
  JAVA_HOME="${java_home}" mvn -B -q -f "${here}/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="${here}/target/classpath.txt" >"${home}/build.log" 2>&1 \
    || { cat "${home}/build.log" >&2; exit 1; }
}

start() {
  if running; then echo "Elasticsearch already running (pid $(cat "${pidfile}")) on ${url}"; return; fi
  mkdir -p "${home}"
  build
  local began=${SECONDS}
  "${java_home}/bin/java" -Xms"${heap}" -Xmx"${heap}" -XX:+UseSerialGC -Djava.awt.headless=true \
    --enable-native-access=ALL-UNNAMED -Dlog4j2.disable.jmx=true \
    -cp "${here}/target/classes:$(cat "${here}/target/classpath.txt")" \
    vn.dxconnect.esnode.DxNode "${home}" "${port}" >"${home}/node.log" 2>&1 &
  echo $! >"${pidfile}"
  for _ in $(seq 1 180); do
    if healthy; then
      echo "Elasticsearch $(grep -o '<es.version>[^<]*' "${here}/pom.xml" | cut -d'>' -f2) on ${url}" \
        "(pid $(cat "${pidfile}"), ready in $((SECONDS - began)) s)"
      return
    fi
    running || { tail -n 40 "${home}/node.log" >&2; echo "Elasticsearch failed to start" >&2; exit 1; }
    sleep 1
  done
  tail -n 40 "${home}/node.log" >&2
  echo "Elasticsearch not healthy after 180 s" >&2
  exit 1
}

stop() {
  if ! running; then rm -f "${pidfile}"; echo "Elasticsearch not running"; return; fi
  local pid
  pid="$(cat "${pidfile}")"
  kill "${pid}"
  for _ in $(seq 1 30); do kill -0 "${pid}" 2>/dev/null || break; sleep 1; done
  kill -0 "${pid}" 2>/dev/null && kill -9 "${pid}"
  rm -f "${pidfile}"
  echo "Elasticsearch stopped"
}

status() {
  if running && healthy; then
    echo "Elasticsearch on ${url} (pid $(cat "${pidfile}")): $(curl -fsS "${url}/_cluster/health")"
  else
    echo "Elasticsearch not running on ${url}"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
