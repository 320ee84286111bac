# Sourced by scripts/test: makes promtool available to the /metrics format test (PromtoolIT).
# shellcheck shell=bash

ensure_promtool() {
  if [ -n "${PROMTOOL:-}" ] || command -v promtool >/dev/null 2>&1 || [ "${CATALOG_NO_PROMTOOL:-0}" = 1 ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing promtool (apt-get install prometheus) ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus \
      >/dev/null || true
  fi
  if ! command -v promtool >/dev/null 2>&1; then
    cat >&2 <<MSG
catalog: promtool is not installed and could not be installed here, so PromtoolIT will fail.
Install it (Debian/Ubuntu: apt-get install prometheus; or a release from prometheus.io), or name it with
PROMTOOL=/path/to/promtool, or set CATALOG_NO_PROMTOOL=1 to check /metrics with the built-in format checks only.
MSG
  fi
}
