# Sourced by the scripts: finds a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm) and exports JAVA_HOME.
# shellcheck shell=bash

java_major() {
  # Prints the major version of the java binary given, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

find_jdk() {
  local candidates=() dir major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for dir in /usr/lib/jvm/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  local best="" best_major=0
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir/bin/java")
    [ -n "$major" ] || continue
    if [ "$dir" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then
      best="$dir"; best_major=$major; break
    fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    cat >&2 <<MSG
catalog: no JDK 21 or newer found (looked at JAVA_HOME=${JAVA_HOME:-unset} and /usr/lib/jvm/*).
Install one, for example:
  - Debian/Ubuntu: apt-get install openjdk-21-jdk   (or Eclipse Temurin 21+ from your package manager)
  - macOS:         brew install openjdk@21
then run again, or set JAVA_HOME to its directory.
MSG
    exit 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "catalog: Maven 3.8 or newer is needed to build (Debian/Ubuntu: apt-get install maven)." >&2
    exit 1
  fi
}
