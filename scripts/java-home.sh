# Sourced by ./detente and .ci/run: exports JAVA_HOME for a JDK 21 or newer.
# Uses JAVA_HOME when it is 21+, else the newest JDK under /usr/lib/jvm, else stops with a message.
detente_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

detente_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local v
    v=$(detente_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME
      return 0
    fi
  fi
  local best="" best_v=0 d v noglob=0
  case $- in *f*) noglob=1; set +f ;; esac
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/javac" ] || continue
    v=$(detente_java_major "$d")
    v=${v%%.*}
    if [ -n "$v" ] && [ "$v" -gt "$best_v" ] 2>/dev/null; then
      best=$d
      best_v=$v
    fi
  done
  [ "$noglob" = 1 ] && set -f
  if [ -z "$best" ] || [ "$best_v" -lt 21 ]; then
    echo "detente: needs a JDK 21 or newer: set JAVA_HOME, or install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jdk)" >&2
    return 1
  fi
  export JAVA_HOME=$best
}
