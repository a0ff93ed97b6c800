#!/usr/bin/env bash
# PostgreSQL and Redis for the second test run and for local trials: installed from Debian's packages
# when missing, started on 127.0.0.1 only, and waited for. `make run` and `make test` need neither.
#
#   bash platform/services.sh up     install if needed, start, wait until both answer
#   bash platform/services.sh down   stop what `up` started
#   bash platform/services.sh env    print the DATABASE_URL and REDIS_URL that `up` serves
#
# The database role `dx` (password `dx`, superuser, for a throw-away machine only) is created on
# first start, so the URLs need no peer authentication and no edit of pg_hba.conf.
set -euo pipefail

PG_PORT=${DX_PG_PORT:-5432}
REDIS_PORT=${DX_REDIS_PORT:-6379}
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local want=()
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || want+=(postgresql)
  command -v psql >/dev/null 2>&1 || want+=(postgresql-client)
  command -v redis-server >/dev/null 2>&1 || want+=(redis-server)
  if [ ${#want[@]} -gt 0 ]; then
    echo "== services: installing ${want[*]}"
    as_root apt-get update -qq
    # policy-rc.d keeps the packages' own init scripts from starting a second, unconfigured copy.
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
    as_root apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
    as_root rm -f /usr/sbin/policy-rc.d
  fi
}

pg_cluster() {
  # Prints "VERSION NAME" of the first cluster, creating one when the package made none.
  local line
  line=$(pg_lsclusters --no-header 2>/dev/null | head -n 1 || true)
  if [ -z "$line" ]; then
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    as_root pg_createcluster "$version" main >/dev/null
    line=$(pg_lsclusters --no-header | head -n 1)
  fi
  echo "$line" | awk '{print $1, $2}'
}

pg_up() {
  local version name conf
  read -r version name < <(pg_cluster)
  conf=/etc/postgresql/${version}/${name}/conf.d/dx.conf
  if [ ! -f "$conf" ]; then
    printf "listen_addresses = '127.0.0.1'\nport = %s\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n" \
      "$PG_PORT" | as_root tee "$conf" >/dev/null
  fi
  if ! pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}' | grep -q online; then
    as_root pg_ctlcluster "$version" "$name" start
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 0.5
  done
  pg_isready -h 127.0.0.1 -p "$PG_PORT"
  as_root su postgres -c "psql -p $PG_PORT -qAtc \"SELECT 1 FROM pg_roles WHERE rolname = 'dx'\"" | grep -q 1 ||
    as_root su postgres -c "psql -p $PG_PORT -qc \"CREATE ROLE dx LOGIN SUPERUSER PASSWORD 'dx'\""
}

pg_down() {
  local version name
  read -r version name < <(pg_cluster)
  as_root pg_ctlcluster "$version" "$name" stop 2>/dev/null || true
}

redis_up() {
  if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    mkdir -p var
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --protected-mode yes --save '' --appendonly no \
      --daemonize yes --logfile "$PWD/var/redis.log" --pidfile "$PWD/var/redis.pid"
  fi
  for _ in $(seq 1 60); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.25
  done
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
}

redis_down() {
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

print_env() {
  echo "DATABASE_URL=postgres://dx:dx@127.0.0.1:${PG_PORT}/dx"
  echo "REDIS_URL=redis://127.0.0.1:${REDIS_PORT}/0"
}

cd "$(dirname "$0")/.."
case "${1:-up}" in
  up)
    install_missing
    pg_up
    redis_up
    print_env
    ;;
  down)
    redis_down
    pg_down
    ;;
  env) print_env ;;
  *)
    echo "usage: $0 up|down|env" >&2
    exit 2
    ;;
esac
