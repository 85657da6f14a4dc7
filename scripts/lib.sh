# shellcheck shell=bash
# Shared helpers for run.sh, test.sh and bench/*.sh. Source it; do not execute it.
#
# Every setting below can be overridden from the environment.

CHIBO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHIBO_RUN_DIR="${CHIBO_RUN_DIR:-$CHIBO_ROOT/.run}"

CHIBO_API_PORT="${CHIBO_API_PORT:-8080}"
CHIBO_SPA_PORT="${CHIBO_SPA_PORT:-3000}"
CHIBO_KC_PORT="${CHIBO_KC_PORT:-8180}"
CHIBO_KC_MGMT_PORT="${CHIBO_KC_MGMT_PORT:-9000}"
# The backend's management interface (health, metrics) on 127.0.0.1; not 9000, Keycloak's.
CHIBO_MGMT_PORT="${CHIBO_MGMT_PORT:-9080}"
# MailDev, the SMTP catcher the backend's notice e-mails go to locally (SMTP and its web UI / REST API).
CHIBO_SMTP_PORT="${CHIBO_SMTP_PORT:-1025}"
CHIBO_MAIL_WEB_PORT="${CHIBO_MAIL_WEB_PORT:-1080}"
CHIBO_KC_VERSION="${CHIBO_KC_VERSION:-26.7.3}"
CHIBO_KC_ADMIN_USER="${CHIBO_KC_ADMIN_USER:-kcadmin}"
CHIBO_KC_ADMIN_PASSWORD="${CHIBO_KC_ADMIN_PASSWORD:-kcadmin-local-only}"
CHIBO_REALM="chibo"
CHIBO_BACKEND_JAR="${CHIBO_BACKEND_JAR:-$CHIBO_ROOT/backend/target/quarkus-app/quarkus-run.jar}"
CHIBO_SPA_DIST="${CHIBO_SPA_DIST:-$CHIBO_ROOT/frontend/dist}"
CHIBO_MIN_NODE_MAJOR=20

# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
if [ -t 2 ]; then
  _C_LOG=$'\033[1;34m' _C_WARN=$'\033[1;33m' _C_ERR=$'\033[1;31m' _C_OFF=$'\033[0m'
else
  _C_LOG='' _C_WARN='' _C_ERR='' _C_OFF=''
fi
log() { printf '%s[chibo %s]%s %s\n' "$_C_LOG" "$(date +%H:%M:%S)" "$_C_OFF" "$*" >&2; }
warn() { printf '%s[chibo %s] WARNING:%s %s\n' "$_C_WARN" "$(date +%H:%M:%S)" "$_C_OFF" "$*" >&2; }
die() { printf '%s[chibo] ERROR:%s %s\n' "$_C_ERR" "$_C_OFF" "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------

# Prints the major version of the given java binary (17, 21, 25...), or nothing.
java_major() {
  local v
  v="$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')" || return 0
  case "$v" in
    1.*) v="${v#1.}"; echo "${v%%.*}" ;;
    "") ;;
    *) v="${v%%.*}"; echo "${v%%-*}" ;;
  esac
}

# Finds a JDK 21+ and exports JAVA_HOME and PATH accordingly; sets CHIBO_JAVA.
# Order: $JAVA_HOME if it is 21+, else the newest JDK under /usr/lib/jvm (then
# `java` on the PATH). Exits with a clear message when none is found.
find_java() {
  local major best_home="" best_major=0 dir java_bin
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major="$(java_major "$JAVA_HOME/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ ! -x "$JAVA_HOME/bin/javac" ]; then
      warn "JAVA_HOME=$JAVA_HOME is a Java $major runtime without javac (the build needs a JDK); looking elsewhere"
    elif [ -n "$major" ] && [ "$major" -ge 21 ]; then
      best_home="$JAVA_HOME"; best_major="$major"
    else
      warn "JAVA_HOME=$JAVA_HOME is Java ${major:-?}; looking for a JDK 21+ elsewhere"
    fi
  fi
  if [ -z "$best_home" ]; then
    for dir in /usr/lib/jvm/*/; do
      dir="${dir%/}"
      [ -L "$dir" ] && continue
      [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
      major="$(java_major "$dir/bin/java")"
      [ -n "$major" ] || continue
      if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
        best_home="$dir"; best_major="$major"
      fi
    done
  fi
  if [ -z "$best_home" ] && java_bin="$(command -v java 2>/dev/null)"; then
    major="$(java_major "$java_bin")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      java_bin="$(readlink -f "$java_bin")"
      best_home="$(dirname "$(dirname "$java_bin")")"; best_major="$major"
    fi
  fi
  if [ -z "$best_home" ]; then
    die "A JDK 21 or newer is required (for the backend build and for Keycloak), but none was found.
  Checked: JAVA_HOME (${JAVA_HOME:-unset}), the JDKs under /usr/lib/jvm, and 'java' on the PATH ($(command -v java || echo none)).
  Install one (e.g. 'apt-get install openjdk-21-jdk' where available, or a Temurin 21/25 JDK) and/or set JAVA_HOME to it."
  fi
  export JAVA_HOME="$best_home"
  export PATH="$JAVA_HOME/bin:$PATH"
  CHIBO_JAVA="$JAVA_HOME/bin/java"
  log "Using Java $best_major at $JAVA_HOME"
}

# Checks node and npm (Node $CHIBO_MIN_NODE_MAJOR+). Sets CHIBO_NODE.
find_node() {
  local v major
  CHIBO_NODE="$(command -v node 2>/dev/null)" || die "Node.js ${CHIBO_MIN_NODE_MAJOR}+ is required ('node' was not found on the PATH). Install Node.js ${CHIBO_MIN_NODE_MAJOR} or newer (with npm)."
  command -v npm >/dev/null 2>&1 || die "npm is required but was not found on the PATH (node is at $CHIBO_NODE). Install npm for Node.js ${CHIBO_MIN_NODE_MAJOR}+."
  v="$(node --version 2>/dev/null)"; v="${v#v}"; major="${v%%.*}"
  if [ -z "$major" ] || [ "$major" -lt "$CHIBO_MIN_NODE_MAJOR" ]; then
    die "Node.js ${CHIBO_MIN_NODE_MAJOR}+ is required, found ${v:-unknown} at $CHIBO_NODE."
  fi
  log "Using Node $v at $CHIBO_NODE, npm $(npm --version 2>/dev/null)"
}

require_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is required but was not found on the PATH${2:+ ($2)}."
}

# ---------------------------------------------------------------------------
# HTTP and ports
# ---------------------------------------------------------------------------

# http_status URL -> prints the HTTP status code (000 when unreachable).
http_status() {
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true
  else
    node -e 'fetch(process.argv[1],{signal:AbortSignal.timeout(5000)}).then(r=>console.log(r.status),()=>console.log("000"))' "$1"
  fi
}

# wait_http URL TIMEOUT_SECONDS [PID] [NAME] [LOGFILE]
# Waits until URL answers 200. Fails early when PID (if given) has exited.
# For the benchmarks: export the API and Keycloak addresses and stop unless both answer.
require_running_api() {
  export CHIBO_API_URL="${CHIBO_API_URL:-http://localhost:$CHIBO_API_PORT}"
  export CHIBO_KEYCLOAK_URL="${CHIBO_KEYCLOAK_URL:-http://localhost:$CHIBO_KC_PORT}"
  export CHIBO_MGMT_URL="${CHIBO_MGMT_URL:-http://127.0.0.1:$CHIBO_MGMT_PORT}"
  require_cmd node
  local url
  for url in "$CHIBO_MGMT_URL/q/health/ready" "$CHIBO_KEYCLOAK_URL/realms/chibo" "$@"; do
    [ "$(http_status "$url")" = 200 ] || die "$url does not answer 200: start the stack first (./run.sh)"
  done
  log "API $CHIBO_API_URL, Keycloak $CHIBO_KEYCLOAK_URL"
}

wait_http() {
  local url="$1" timeout="$2" pid="${3:-}" name="${4:-$1}" logfile="${5:-}" start now code
  start="$(date +%s)"
  while :; do
    code="$(http_status "$url")"
    [ "$code" = "200" ] && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      warn "$name exited before it was ready ($url)."
      [ -n "$logfile" ] && [ -f "$logfile" ] && { warn "Last lines of $logfile:"; tail -n 40 "$logfile" >&2; }
      return 1
    fi
    now="$(date +%s)"
    if [ $((now - start)) -ge "$timeout" ]; then
      warn "$name was not ready after ${timeout}s ($url answered ${code:-nothing})."
      [ -n "$logfile" ] && [ -f "$logfile" ] && { warn "Last lines of $logfile:"; tail -n 40 "$logfile" >&2; }
      return 1
    fi
    sleep 0.5
  done
}

# port_free PORT -> true when nothing listens on 127.0.0.1:PORT
port_free() {
  if command -v ss >/dev/null 2>&1; then
    ! ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
  else
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# require_ports_free NAME:PORT...
require_ports_free() {
  local item busy=""
  for item in "$@"; do
    port_free "${item#*:}" || busy="$busy ${item%%:*}=${item#*:}"
  done
  [ -z "$busy" ] || die "Port(s) already in use:$busy. Stop whatever listens there (another ./run.sh?) or choose other ports with CHIBO_API_PORT, CHIBO_SPA_PORT, CHIBO_KC_PORT, CHIBO_KC_MGMT_PORT, CHIBO_MGMT_PORT."
}

# ---------------------------------------------------------------------------
# Process management: everything we start is registered and stopped by PID.
# ---------------------------------------------------------------------------
CHIBO_PIDS=()

register_pid() { CHIBO_PIDS+=("$1"); }

# Lists the descendants of a PID (by walking /proc, no name matching).
descendant_pids() {
  local parent="$1" child
  for child in $(ps -o pid= --ppid "$parent" 2>/dev/null); do
    echo "$child"
    descendant_pids "$child"
  done
}

# stop_pid PID [NAME]: SIGTERM, wait up to 30 s, then SIGKILL (also its children).
stop_pid() {
  local pid="$1" name="${2:-process}" kids i
  kill -0 "$pid" 2>/dev/null || return 0
  kids="$(descendant_pids "$pid")"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (PID $pid) did not stop after 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  # Children that outlived their parent (e.g. the JVM under kc.sh).
  for i in $kids; do
    kill -0 "$i" 2>/dev/null && kill -TERM "$i" 2>/dev/null || true
  done
  sleep 0.2
  for i in $kids; do
    kill -0 "$i" 2>/dev/null && kill -KILL "$i" 2>/dev/null || true
  done
  wait "$pid" 2>/dev/null || true
}

# Stops every registered PID, newest first.
stop_all() {
  local i pid
  for ((i = ${#CHIBO_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${CHIBO_PIDS[$i]}"
    if kill -0 "$pid" 2>/dev/null; then
      log "Stopping PID $pid"
      stop_pid "$pid"
    fi
  done
  CHIBO_PIDS=()
}

# ---------------------------------------------------------------------------
# Keycloak
# ---------------------------------------------------------------------------

# fetch_keycloak TARGET_DIR -> unpacks the Keycloak distribution (once) from
# Maven Central via ./mvnw and sets KC_HOME to the Keycloak home directory.
# The zip stays cached in ~/.m2, so a second unpack needs no network.
fetch_keycloak() {
  local target="$1" home markers
  home="$target/keycloak-$CHIBO_KC_VERSION"
  if [ ! -x "$home/bin/kc.sh" ]; then
    log "Fetching Keycloak $CHIBO_KC_VERSION (org.keycloak:keycloak-quarkus-dist, cached in ~/.m2) into $target"
    markers="$CHIBO_RUN_DIR/markers/$(basename "$target")"
    # A stale marker would make the plugin skip the unpack ("already unpacked").
    rm -rf "$markers"
    mkdir -p "$target" "$markers"
    # Run outside the reactor (no pom in .run) so a broken module cannot block this.
    (cd "$CHIBO_RUN_DIR" && "$CHIBO_ROOT/mvnw" -q -B \
      org.apache.maven.plugins:maven-dependency-plugin:3.9.0:unpack \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$CHIBO_KC_VERSION:zip" \
      -DoutputDirectory="$target" \
      -DmarkersDirectory="$markers") >&2 \
      || die "Could not fetch org.keycloak:keycloak-quarkus-dist:$CHIBO_KC_VERSION:zip from Maven Central."
    [ -x "$home/bin/kc.sh" ] || die "Keycloak was unpacked but $home/bin/kc.sh is missing."
  fi
  KC_HOME="$home"
}

# keycloak_prepare KC_HOME [fresh]: puts the realm JSON into data/import/ (with
# the SPA port substituted), and removes Keycloak's dev database when the realm
# JSON changed (--import-realm skips a realm that already exists) or when
# "fresh" is given.
keycloak_prepare() {
  local home="$1" fresh="${2:-}" src="$CHIBO_ROOT/keycloak/realm-chibo.json" import sum old=""
  [ -f "$src" ] || die "Realm file $src is missing."
  import="$home/data/import"
  mkdir -p "$import"
  sed -e "s#localhost:3000#localhost:$CHIBO_SPA_PORT#g" -e "s#127.0.0.1:3000#127.0.0.1:$CHIBO_SPA_PORT#g" \
    "$src" >"$import/realm-chibo.json"
  sum="$(sha256sum "$import/realm-chibo.json" | awk '{print $1}')"
  [ -f "$home/data/realm-chibo.sha256" ] && old="$(cat "$home/data/realm-chibo.sha256")"
  if [ "$fresh" = "fresh" ] || [ "$sum" != "$old" ]; then
    if [ -d "$home/data/h2" ]; then
      log "Realm JSON changed (or fresh start requested): removing Keycloak's dev database $home/data/h2"
      rm -rf "$home/data/h2"
    fi
    echo "$sum" >"$home/data/realm-chibo.sha256"
  fi
}

# start_keycloak KC_HOME LOGFILE -> starts Keycloak in dev mode, sets KC_PID.
start_keycloak() {
  local home="$1" logfile="$2"
  [ -n "${CHIBO_JAVA:-}" ] || find_java
  mkdir -p "$(dirname "$logfile")"
  log "Starting Keycloak on http://localhost:$CHIBO_KC_PORT (log: $logfile)"
  (
    cd "$home" || exit 1
    export KC_BOOTSTRAP_ADMIN_USERNAME="$CHIBO_KC_ADMIN_USER"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="$CHIBO_KC_ADMIN_PASSWORD"
    exec bin/kc.sh start-dev \
      --http-host=127.0.0.1 \
      --http-port="$CHIBO_KC_PORT" \
      --http-management-port="$CHIBO_KC_MGMT_PORT" \
      --hostname="http://localhost:$CHIBO_KC_PORT" \
      --import-realm \
      --health-enabled=true
  ) >"$logfile" 2>&1 </dev/null &
  KC_PID=$!
  register_pid "$KC_PID"
}

# start_keycloak_production KC_HOME JDBC_URL LOGFILE -> Keycloak in production mode on PostgreSQL (deploy/up.sh),
# sets KC_PID. The build step (database kind, health endpoints) runs once per unpacked Keycloak; plain HTTP on
# 127.0.0.1 only, as behind a TLS-terminating proxy.
start_keycloak_production() {
  local home="$1" url="$2" logfile="$3"
  [ -n "${CHIBO_JAVA:-}" ] || find_java
  mkdir -p "$(dirname "$logfile")"
  if [ ! -f "$home/.chibo-built-postgres" ]; then
    log "Building Keycloak for production on PostgreSQL (kc.sh build, once; log: $logfile)"
    (cd "$home" && bin/kc.sh build --db=postgres --health-enabled=true) >"$logfile" 2>&1 </dev/null \
      || { tail -n 30 "$logfile" >&2; die "kc.sh build failed"; }
    touch "$home/.chibo-built-postgres"
  fi
  log "Starting Keycloak (production mode, PostgreSQL) on http://localhost:$CHIBO_KC_PORT (log: $logfile)"
  (
    cd "$home" || exit 1
    export KC_BOOTSTRAP_ADMIN_USERNAME="$CHIBO_KC_ADMIN_USER"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="$CHIBO_KC_ADMIN_PASSWORD"
    exec bin/kc.sh start --optimized \
      --db-url="$url" --db-username=postgres --db-password=postgres \
      --http-enabled=true \
      --http-host=127.0.0.1 \
      --http-port="$CHIBO_KC_PORT" \
      --http-management-port="$CHIBO_KC_MGMT_PORT" \
      --hostname="http://localhost:$CHIBO_KC_PORT" \
      --import-realm
  ) >>"$logfile" 2>&1 </dev/null &
  KC_PID=$!
  register_pid "$KC_PID"
}

# wait_keycloak LOGFILE [TIMEOUT]: readiness on the management port, then the realm.
wait_keycloak() {
  local logfile="$1" timeout="${2:-240}"
  wait_http "http://127.0.0.1:$CHIBO_KC_MGMT_PORT/health/ready" "$timeout" "$KC_PID" Keycloak "$logfile" || return 1
  wait_http "http://127.0.0.1:$CHIBO_KC_PORT/realms/$CHIBO_REALM/.well-known/openid-configuration" 60 "$KC_PID" "Keycloak realm $CHIBO_REALM" "$logfile" || return 1
  log "Keycloak is ready (PID $KC_PID)"
}

# ---------------------------------------------------------------------------
# Backend and SPA
# ---------------------------------------------------------------------------

# backend_java_command [JAR] -> prints, one per line, the java binary and the JVM options that start the
# packaged backend. The one place its command line is made: start_backend below and
# scripts/packaged-backend.mjs use it. Options: backend/jvm.options, then the JDK AOT cache the build wrote
# next to the jar (backend_aot_train) when there is one and the JDK can map it (25+). A missing cache
# only slows the start down (a warning here); a stale one or one from another JDK build is refused by the
# JVM with an [aot] warning in the log, and the backend starts without it.
# A file next to a jar built without an AOT cache on purpose (the PostgreSQL variant): no warning for it.
NO_AOT_CACHE="NO-AOT-CACHE"

backend_java_command() {
  local jar="${1:-$CHIBO_BACKEND_JAR}" cache major
  [ -n "${CHIBO_JAVA:-}" ] || find_java
  echo "$CHIBO_JAVA"
  echo "@$CHIBO_ROOT/backend/jvm.options"
  cache="$(dirname "$jar")/app.aot"
  major="$(java_major "$CHIBO_JAVA")"
  if [ "${major:-0}" -lt 25 ]; then
    warn "Java ${major:-?} cannot use the AOT cache (JDK 25+): the backend starts without it (slower)"
  elif [ -f "$cache" ]; then
    echo "-XX:AOTCache=$cache"
  elif [ ! -f "$(dirname "$jar")/$NO_AOT_CACHE" ]; then
    warn "No AOT cache at $cache (the build writes it; CHIBO_AOT_SKIP or -Dchibo.aot.skip skip it): the backend starts without it, several seconds slower"
  fi
}

# backend_aot_train [JAR]: the training run of the JDK AOT cache (JEP 483/514, JDK 25+), run by the build
# (backend/pom.xml, package phase). Starts the packaged backend with the options of backend_java_command
# and chibo.aot-training=true (vn.chibo.common.AotTrainingRun: it stops once started) on a fresh H2
# database, and -XX:AOTCacheOutput writes what start-up loaded and linked to app.aot next to the jar.
# Never fails the build: without a cache the backend starts all the same, only slower.
backend_aot_train() {
  local jar="${1:-$CHIBO_BACKEND_JAR}" cache work major started
  cache="$(dirname "$jar")/app.aot"
  work="$(dirname "$(dirname "$jar")")/aot-training"
  rm -f "$cache"
  if [ -n "${CHIBO_AOT_SKIP:-}" ]; then warn "CHIBO_AOT_SKIP is set: no AOT cache"; return 0; fi
  find_java
  major="$(java_major "$CHIBO_JAVA")"
  if [ "${major:-0}" -lt 25 ]; then
    warn "Java ${major:-?} cannot write an AOT cache (JDK 25+ needed): the backend will start without one"
    return 0
  fi
  rm -rf "$work" && mkdir -p "$work"
  log "AOT training run of $jar (log: $work/training.log)"
  started="$(date +%s)"
  if "$CHIBO_JAVA" "@$CHIBO_ROOT/backend/jvm.options" "-XX:AOTCacheOutput=$cache"       -Dchibo.aot-training=true "-Dchibo.data-dir=$work/data" -Dchibo.demo-data=false       -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dquarkus.management.port=0       -jar "$jar" >"$work/training.log" 2>&1 </dev/null && [ -f "$cache" ]; then
    log "AOT cache written in $(( $(date +%s) - started )) s: $cache ($(( $(stat -c %s "$cache") / 1048576 )) MB)"
  else
    rm -f "$cache"
    warn "The AOT training run failed (see $work/training.log): the backend will start without an AOT cache"
  fi
  return 0
}

# start_backend DATA_DIR DEMO_DATA(true|false) LOGFILE [extra -D options...] -> sets API_PID
# DATA_DIR holds the H2 database (chibo.mv.db) and the uploaded files (files/).
start_backend() {
  local data_dir="$1" demo="$2" logfile="$3"; shift 3
  [ -f "$CHIBO_BACKEND_JAR" ] || die "Backend jar $CHIBO_BACKEND_JAR is missing; build with ./mvnw -B -DskipTests package"
  local -a java_command
  mapfile -t java_command < <(backend_java_command "$CHIBO_BACKEND_JAR")
  [ "${#java_command[@]}" -gt 0 ] || die "No java to start the backend with (see the messages above)"
  mkdir -p "$(dirname "$logfile")"
  log "Starting the backend on http://localhost:$CHIBO_API_PORT (log: $logfile)"
  # shellcheck disable=SC2086
  (
    cd "$CHIBO_ROOT" || exit 1
    exec "${java_command[@]}" ${CHIBO_BACKEND_JAVA_OPTS:-} \
      -Dquarkus.http.host=127.0.0.1 \
      -Dquarkus.http.port="$CHIBO_API_PORT" \
      -Dquarkus.management.port="$CHIBO_MGMT_PORT" \
      "-Dchibo.data-dir=$data_dir" \
      -Dchibo.demo-data="$demo" \
      -Dquarkus.oidc.auth-server-url="http://localhost:$CHIBO_KC_PORT/realms/$CHIBO_REALM" \
      -Dquarkus.http.cors.enabled=true \
      "-Dquarkus.http.cors.origins=http://localhost:$CHIBO_SPA_PORT,http://127.0.0.1:$CHIBO_SPA_PORT" \
      -Dquarkus.mailer.host=127.0.0.1 \
      -Dquarkus.mailer.port="$CHIBO_SMTP_PORT" \
      -Dchibo.notices.app-url="http://localhost:$CHIBO_SPA_PORT" \
      -Dchibo.webhooks.allow-insecure-http=true \
      -Dchibo.webhooks.allow-private-targets=true \
      "$@" \
      -jar "$CHIBO_BACKEND_JAR"
  ) >"$logfile" 2>&1 </dev/null &
  API_PID=$!
  register_pid "$API_PID"
}

wait_backend() {
  local logfile="$1" timeout="${2:-120}"
  wait_http "http://127.0.0.1:$CHIBO_MGMT_PORT/q/health/ready" "$timeout" "$API_PID" Backend "$logfile" || return 1
  log "Backend is ready (PID $API_PID)"
}

# write_spa_config: the SPA reads /config.json at start-up.
write_spa_config() {
  [ -f "$CHIBO_SPA_DIST/index.html" ] || die "Frontend build $CHIBO_SPA_DIST/index.html is missing; build with ./mvnw -B -DskipTests package"
  cat >"$CHIBO_SPA_DIST/config.json" <<EOF
{"apiBaseUrl":"http://localhost:$CHIBO_API_PORT","keycloakUrl":"http://localhost:$CHIBO_KC_PORT","realm":"$CHIBO_REALM","clientId":"chibo-spa"}
EOF
}

# start_spa LOGFILE -> serves frontend/dist on $CHIBO_SPA_PORT, sets SPA_PID
start_spa() {
  local logfile="$1"
  mkdir -p "$(dirname "$logfile")"
  log "Serving the SPA on http://localhost:$CHIBO_SPA_PORT (log: $logfile)"
  (
    cd "$CHIBO_ROOT" || exit 1
    exec node scripts/serve-spa.mjs --root "$CHIBO_SPA_DIST" --port "$CHIBO_SPA_PORT" --host 127.0.0.1
  ) >"$logfile" 2>&1 </dev/null &
  SPA_PID=$!
  register_pid "$SPA_PID"
}

wait_spa() {
  local logfile="$1"
  wait_http "http://127.0.0.1:$CHIBO_SPA_PORT/" 30 "$SPA_PID" "SPA server" "$logfile" || return 1
  log "SPA server is ready (PID $SPA_PID)"
}

# start_maildev LOGFILE -> MailDev (npm devDependency of frontend/) catching the notice e-mails on
# $CHIBO_SMTP_PORT, its web UI and REST API (GET /api/email: MailDev 3 serves it under /api) on $CHIBO_MAIL_WEB_PORT; both on the loopback
# interface only; sets MAIL_PID. Messages are kept in memory: they are gone when it stops.
start_maildev() {
  local logfile="$1" bin="$CHIBO_ROOT/frontend/node_modules/maildev/dist/bin/maildev.js"
  [ -f "$bin" ] || die "MailDev is missing ($bin): run npm --prefix frontend ci"
  mkdir -p "$(dirname "$logfile")"
  log "Starting MailDev: SMTP 127.0.0.1:$CHIBO_SMTP_PORT, web http://localhost:$CHIBO_MAIL_WEB_PORT (log: $logfile)"
  (
    cd "$CHIBO_ROOT" || exit 1
    exec node "$bin" --smtp "$CHIBO_SMTP_PORT" --ip 127.0.0.1 --web "$CHIBO_MAIL_WEB_PORT" --web-ip 127.0.0.1
  ) >"$logfile" 2>&1 </dev/null &
  MAIL_PID=$!
  register_pid "$MAIL_PID"
}

wait_maildev() {
  local logfile="$1"
  wait_http "http://127.0.0.1:$CHIBO_MAIL_WEB_PORT/api/healthz" 30 "$MAIL_PID" MailDev "$logfile" || return 1
  log "MailDev is ready (PID $MAIL_PID)"
}

# Runs the Maven build (both modules) with the JDK found by find_java.
# ---------------------------------------------------------------------------
# PostgreSQL (the production database): scripts/check-postgres.sh, bench/province.sh
# ---------------------------------------------------------------------------

# require_postgres -> sets PG_BIN, installing Debian's package when absent (as root).
require_postgres() {
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    [ "$(id -u)" = "0" ] || die "PostgreSQL is not installed; install Debian's 'postgresql' package (as root)."
    log "Installing PostgreSQL from apt"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
      || die "Installing postgresql with apt failed"
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
}

# Runs a PostgreSQL command as the postgres user when we are root (initdb refuses root).
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_postgres DIR PORT [OPTIONS]: starts a server on DIR/data (created when missing) on 127.0.0.1:PORT;
# OPTIONS are more server options ("-c shared_preload_libraries=pg_stat_statements", say: bench/capacity.sh).
start_postgres() {
  local dir="$1" port="$2" options="${3:-}"
  chmod 755 "$dir"
  [ "$(id -u)" = "0" ] && chown postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  log "Starting PostgreSQL ($PG_BIN) on 127.0.0.1:$port"
  local attempt
  # One retry: on a busy 2-core machine the first start has been seen to time out.
  for attempt in 1 2; do
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/data/server.log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $options" start >/dev/null && return 0
    sleep 2
  done
  tail -n 20 "$dir/data/server.log" >&2
  die "PostgreSQL did not start"
}

# require_nginx: Debian's nginx (deploy/up.sh), installed when absent (as root) without starting its service.
require_nginx() {
  [ -x /usr/sbin/nginx ] && return 0
  [ "$(id -u)" = "0" ] || die "nginx is not installed; install Debian's 'nginx' package (as root)."
  log "Installing nginx from apt"
  # policy-rc.d 101: the package must not start a system nginx on port 80.
  local policy=/usr/sbin/policy-rc.d created=""
  [ -e "$policy" ] || { printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created=1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
  local rc=$?
  [ -n "$created" ] && rm -f "$policy"
  [ "$rc" = 0 ] && [ -x /usr/sbin/nginx ] || die "Installing nginx with apt failed"
}

# write_nginx_config DIR SPA_DIR HTTP_PORT HTTPS_PORT REPLICA1_PORT REPLICA2_PORT: DIR/nginx.conf from
# deploy/nginx.conf.template, with the SPA's security headers (scripts/spa-security-headers.mjs, the same
# ones scripts/serve-spa.mjs sends) for the origins in SPA_DIR/config.json.
write_nginx_config() {
  local dir="$1" spa="$2" headers framable
  headers="$(node --input-type=module -e "$NGINX_HEADERS_JS" "$CHIBO_ROOT/scripts/spa-security-headers.mjs" "$spa/config.json" false)"
  framable="$(node --input-type=module -e "$NGINX_HEADERS_JS" "$CHIBO_ROOT/scripts/spa-security-headers.mjs" "$spa/config.json" true)"
  HEADERS="$headers" FRAMABLE="$framable" RUN="$dir" SPA="$spa" HTTP_PORT="$3" HTTPS_PORT="$4" R1="$5" R2="$6" \
    node -e '
      const fs = require("fs"); const e = process.env;
      const text = fs.readFileSync(process.argv[1], "utf8")
        .replaceAll("@SECURITY_HEADERS@", e.HEADERS).replaceAll("@FRAMABLE_HEADERS@", e.FRAMABLE)
        .replaceAll("@RUN@", e.RUN).replaceAll("@SPA@", e.SPA).replaceAll("@HTTP_PORT@", e.HTTP_PORT)
        .replaceAll("@HTTPS_PORT@", e.HTTPS_PORT).replaceAll("@REPLICA1@", e.R1).replaceAll("@REPLICA2@", e.R2);
      if (/@[A-Z0-9_]+@/.test(text)) throw new Error("unfilled placeholder in the nginx template");
      fs.writeFileSync(process.argv[2], text);' "$CHIBO_ROOT/deploy/nginx.conf.template" "$dir/nginx.conf"
  /usr/sbin/nginx -t -q -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' || die "nginx refuses $dir/nginx.conf"
}

# Prints the SPA's security headers as nginx add_header lines (always, also on errors).
NGINX_HEADERS_JS='
const [module, config, framable] = process.argv.slice(1);
const { readConfigOrigins, securityHeaders } = await import(module);
const headers = securityHeaders(await readConfigOrigins(config), { framable: framable === "true" });
console.log(Object.entries(headers).map(([k, v]) => `      add_header ${k} "${v}" always;`).join("\n"));'

stop_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$1/data" -m fast stop >/dev/null 2>&1 || true
}

# package_for_postgres -> prints the path of the backend jar built for PostgreSQL (the datasource
# kind is fixed at build time), building it into backend/target/quarkus-app-pg.
package_for_postgres() {
  log "Building the backend for PostgreSQL (backend/target/quarkus-app-pg)"
  # No AOT cache: its training run starts on H2, which this build does not contain.
  (cd "$CHIBO_ROOT" && ./mvnw -B -q -pl backend package -DskipTests -Dchibo.aot.skip=true \
    -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=quarkus-app-pg) >&2 \
    || die "Building the PostgreSQL variant failed"
  local jar="$CHIBO_ROOT/backend/target/quarkus-app-pg/quarkus-run.jar"
  [ -f "$jar" ] || die "Missing $jar after the build"
  # Says why there is no cache, so that backend_java_command starts this build without a warning each time.
  echo "built without an AOT cache on purpose (package_for_postgres)" >"$(dirname "$jar")/$NO_AOT_CACHE"
  echo "$jar"
}

maven_package() {
  log "Building backend and frontend: ./mvnw -B -DskipTests package"
  (cd "$CHIBO_ROOT" && ./mvnw -B -DskipTests package) || die "Build failed (./mvnw -B -DskipTests package)."
}

# True when the packaged outputs are missing or older than their sources.
build_needed() {
  [ -f "$CHIBO_BACKEND_JAR" ] || return 0
  [ -f "$CHIBO_SPA_DIST/index.html" ] || return 0
  local newer
  newer="$(cd "$CHIBO_ROOT" && find backend/src backend/pom.xml openapi.yaml pom.xml -newer "$CHIBO_BACKEND_JAR" -type f 2>/dev/null | head -n 1)"
  [ -n "$newer" ] && { log "Backend sources changed ($newer)"; return 0; }
  newer="$(cd "$CHIBO_ROOT" && find frontend/src frontend/public frontend/index.html frontend/package.json \
    frontend/package-lock.json frontend/vite.config.* frontend/tsconfig*.json openapi.yaml \
    -type f -newer "$CHIBO_SPA_DIST/index.html" -print 2>/dev/null | head -n 1)"
  [ -n "$newer" ] && { log "Frontend sources changed ($newer)"; return 0; }
  return 1
}

print_demo_accounts() {
  cat <<'EOF'
Demo accounts (password for all: ChiBo@2026)
  username        role         acts for
  --------------  -----------  ------------------------------------------------
  admin           admin        whole system (administration)
  canbo.tinh      staff        province party committee (staff of the province)
  canbo.xa        staff        one commune party committee
  giamsat         supervisor   supervision / inspection (read and evaluate)
  bithu.an        secretary    secretary of cell A
  bithu.binh      secretary    secretary of cell B
  dangvien.an     member       party member of cell A
  dangvien.binh   member       party member of cell B
EOF
}
