# Sourced by the scripts: build, start and stop a Catalog service in the background.
# shellcheck shell=bash

build_app() {
  if [ "${CATALOG_SKIP_BUILD:-0}" != 1 ] || [ ! -f app/target/catalog.jar ]; then
    require_maven
    echo "building (JDK at $JAVA_HOME) ..." >&2
    mvn -B -q -DskipTests package
  fi
}

# start_service PORT LOGFILE: starts the service with the current environment; sets SERVICE_PID.
start_service() {
  local port=$1 log=$2
  HTTP_PORT=$port HTTP_HOST=127.0.0.1 "$JAVA_HOME/bin/java" ${CATALOG_JAVA_OPTS:-} -jar app/target/catalog.jar \
    serve --create-database >"$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      echo "catalog: the service did not start; its log ($log) ends with:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "catalog: the service did not become ready within 60 s; see $log" >&2
  exit 1
}

stop_service() {
  if [ -n "${SERVICE_PID:-}" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}

# try_install PROGRAM PACKAGE: installs PACKAGE with apt-get when PROGRAM is missing and we are root;
# says nothing and fails when it cannot.
try_install() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing $1 (apt-get install $2) ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null || true
  fi
  command -v "$1" >/dev/null 2>&1
}

ensure_wrk() {
  if ! try_install wrk wrk; then
    echo "catalog: the benchmark needs wrk (Debian/Ubuntu: apt-get install wrk; macOS: brew install wrk)." >&2
    exit 1
  fi
}

# product_ids PORT FILE: writes every live product id (paging the list API) to FILE, one a line.
product_ids() {
  local port=$1 file=$2 cursor="" page
  : >"$file"
  while :; do
    page=$(curl -fsS "http://127.0.0.1:$port/v1/products?limit=200&sort=created_at${cursor:+&cursor=$cursor}")
    grep -oE '\{"id":"[0-9a-f-]{36}","name":"([^"\\]|\\.)*","barcode"' <<<"$page" | cut -d'"' -f4 >>"$file"
    cursor=$(grep -oE '"next_cursor":"[^"]+"' <<<"$page" | cut -d'"' -f4 || true)
    [ -n "$cursor" ] || break
  done
}

# product_total PORT: prints the number of live products.
product_total() {
  curl -fsS "http://127.0.0.1:$1/v1/products?limit=1&include_total=true" | grep -oE '"total":[0-9]+' | cut -d: -f2
}

median() {
  sort -g | awk '{a[NR]=$1} END {if (NR == 0) {print "n/a"} else if (NR % 2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'
}
