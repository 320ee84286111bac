# Sourced by the scripts: makes sure a local PostgreSQL answers on 127.0.0.1:5432 where it can.
# shellcheck shell=bash

pg_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p 5432
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

ensure_local_postgres() {
  pg_answers && return 0
  if docker info >/dev/null 2>&1; then
    return 0   # Testcontainers will provide one
  fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "starting local PostgreSQL $version ..." >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing PostgreSQL (apt-get) ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 30); do
    pg_answers && return 0
    sleep 1
  done
  cat >&2 <<MSG
catalog: no PostgreSQL answers on 127.0.0.1:5432 and none could be started here.
Provide one of:
  - TEST_DATABASE_URL=postgres://user:pass@host:5432/postgres (a role that may CREATE DATABASE)
  - a running Docker engine (Testcontainers starts postgres:16-alpine)
  - a local PostgreSQL on 127.0.0.1:5432 with user postgres (trust or password via TEST_DATABASE_URL)
MSG
  exit 1
}
