#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME if it is one, else the newest found in the usual
# install locations, else the `java` on PATH. Exits 1 with a clear message when there is none.
# Source-able: defines find_jdk; run directly, it prints the path.

jdk_major() { # $1 = JDK home; prints the major version or nothing
  local java="$1/bin/java"
  [ -x "$java" ] && [ -x "$1/bin/javac" ] || return 1
  "$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

find_jdk() {
  local min=21 best="" best_v=0 candidate v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(jdk_major "$JAVA_HOME" 2>/dev/null || true)
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/jdk* \
                   "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    v=$(jdk_major "$candidate" 2>/dev/null || true)
    if [ -n "$v" ] && [ "$v" -ge "$min" ] && [ "$v" -gt "$best_v" ]; then best="$candidate"; best_v="$v"; fi
  done
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    v=$(jdk_major "$candidate" 2>/dev/null || true)
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then best="$candidate"; fi
  fi
  if [ -z "$best" ]; then
    echo "Blastwall needs a JDK $min or newer, and none was found (looked at JAVA_HOME, /usr/lib/jvm, /opt/java," >&2
    echo "~/.sdkman, /Library/Java and the java on PATH). Install one (for example Temurin 21) or set JAVA_HOME." >&2
    return 1
  fi
  echo "$best"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  find_jdk
fi
