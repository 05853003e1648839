# Shared by the operations scripts of src/ops (DD038): where things live, and how to start and stop
# the pieces of a production-like rehearsal on one Debian machine without Docker: Debian's
# PostgreSQL (a throw-away cluster of its own on a fixed port, stopped and started like a fund's
# server would be), a recording SMTP server and SMS gateway, instances of the production jar, nginx.
# Sourced, not run.

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OPS_DIR=${OPS_DIR:-/tmp/teleservices-ops}
PG_PORT=${OPS_PG_PORT:-55432}
# the ports: nginx on OPS_PORT_BASE, instance a on +1 (management +11), b on +2 (+12); another
# base when something else of this machine already listens there
PORT_BASE=${OPS_PORT_BASE:-18080}
PROXY_PORT=${OPS_PROXY_PORT:-$PORT_BASE}
SMTP_PORT=${OPS_SMTP_PORT:-12525}
SMS_PORT=${OPS_SMS_PORT:-18025}
# instance name, public port, management port
INSTANCES=("a $((PORT_BASE + 1)) $((PORT_BASE + 11))" "b $((PORT_BASE + 2)) $((PORT_BASE + 12))")
DB=teleservices
OWNER=teleservices_owner
OWNER_PASSWORD=owner-rehearsal
APP=teleservices_app
APP_PASSWORD=app-rehearsal

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

# Debian packages the scripts need, installed when missing (a fresh machine has none of them).
need_packages() {
    local missing=()
    command -v nginx >/dev/null || missing+=(nginx-light)
    ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
    command -v curl >/dev/null || missing+=(curl)
    command -v python3 >/dev/null || missing+=(python3)
    if ((${#missing[@]})); then
        say "installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
}

# A Java 21 or newer: JAVA_HOME's, else the newest under /usr/lib/jvm.
find_java() {
    local candidate
    for candidate in "${JAVA_HOME:-}/bin/java" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
        if [[ -x $candidate ]] && "$candidate" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
            JAVA=$candidate
            return
        fi
    done
    die "no Java 21 or newer: set JAVA_HOME"
}

# The production jar: PORTAL_JAR, else the one in target/ (./mvnw -B -Pproduction -DskipTests package).
find_jar() {
    JAR=${PORTAL_JAR:-$(ls "$ROOT"/target/teleservices-*.jar 2>/dev/null | grep -v original | head -1)}
    [[ -f $JAR ]] || die "no production jar: run ./mvnw -B -Pproduction -DskipTests package first (or set PORTAL_JAR)"
    unzip -l "$JAR" 2>/dev/null | grep -q 'vaadin-dev-server' && die "$JAR is a development jar: build it with -Pproduction"
    return 0
}

psql_as() { # psql_as ROLE DATABASE SQL...
    local role=$1 db=$2
    shift 2
    runuser -u postgres -- "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$OPS_DIR/pgsock" -p "$PG_PORT" -U "$role" -d "$db" "$@"
}
sql() { psql_as postgres "$DB" -At -c "$1"; }

db_start() {
    install -d -m 755 "$OPS_DIR"
    if [[ ! -f $OPS_DIR/pgdata/PG_VERSION ]]; then
        install -d -o postgres -g postgres -m 700 "$OPS_DIR/pgdata"
        install -d -o postgres -g postgres -m 755 "$OPS_DIR/pgsock"
        runuser -u postgres -- "$PGBIN/initdb" -D "$OPS_DIR/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    fi
    touch "$OPS_DIR/postgres.log" && chown postgres "$OPS_DIR/postgres.log"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$OPS_DIR/pgdata" -l "$OPS_DIR/postgres.log" -w -s start \
        -o "-p $PG_PORT -k $OPS_DIR/pgsock -c listen_addresses=127.0.0.1 -c timezone=UTC"
}

db_stop() { # db_stop [fast|immediate]
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$OPS_DIR/pgdata" -w -s -m "${1:-fast}" stop
}

db_running() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$OPS_DIR/pgdata" status >/dev/null 2>&1; }

# DD030: the schema's owner migrates (Flyway), the portal runs as a role that owns nothing.
db_roles() {
    psql_as postgres postgres <<SQL
select 'create role $OWNER login password ''$OWNER_PASSWORD''' where not exists (select from pg_roles where rolname = '$OWNER') \gexec
select 'create role $APP login password ''$APP_PASSWORD''' where not exists (select from pg_roles where rolname = '$APP') \gexec
select 'create database $DB owner $OWNER' where not exists (select from pg_database where datname = '$DB') \gexec
SQL
}

mail_start() {
    [[ -f $OPS_DIR/mail.pid ]] && kill -0 "$(cat "$OPS_DIR/mail.pid")" 2>/dev/null && return
    install -d "$OPS_DIR/mail"
    nohup python3 "$HERE/recording-server.py" "$OPS_DIR/mail" "$SMTP_PORT" "$SMS_PORT" >"$OPS_DIR/mail.log" 2>&1 &
    echo $! >"$OPS_DIR/mail.pid"
}

second_factor_key() { # one key for every instance: a secret sealed by one is opened by the other
    [[ -f $OPS_DIR/second-factor.key ]] || head -c 32 /dev/urandom | base64 >"$OPS_DIR/second-factor.key"
    cat "$OPS_DIR/second-factor.key"
}

instance_start() { # instance_start NAME PORT MANAGEMENT_PORT [extra env...]
    local name=$1 port=$2 management=$3
    shift 3
    env SPRING_PROFILES_ACTIVE=production \
        SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
        SPRING_DATASOURCE_USERNAME=$APP SPRING_DATASOURCE_PASSWORD=$APP_PASSWORD \
        PORTAL_MIGRATION_USER=$OWNER PORTAL_MIGRATION_PASSWORD=$OWNER_PASSWORD \
        PORTAL_SECOND_FACTOR_KEY="$(second_factor_key)" \
        PORTAL_BASE_URL="http://127.0.0.1:$PROXY_PORT" \
        PORTAL_SMS_HTTP_URL="http://127.0.0.1:$SMS_PORT/sms" \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT \
        PORTAL_BANK_SANDBOX_IN_PRODUCTION=true \
        PORT=$port MANAGEMENT_PORT=$management PORTAL_INSTANCE_ID="portal-$name" \
        PORTAL_REQUESTS_DEADLINE_WATCH_INTERVAL=${OPS_DEADLINE_WATCH_INTERVAL:-PT15S} \
        SPRING_APPLICATION_JSON='{"logging.level.ma.cimr.teleservices.request.DeadlineWatch":"DEBUG"}' \
        JAVA_TOOL_OPTIONS="${OPS_JAVA_OPTIONS:--Xmx640m -XX:+UseSerialGC}" \
        "$@" \
        nohup "$JAVA" -jar "$JAR" >>"$OPS_DIR/$name.log" 2>&1 &
    echo $! >"$OPS_DIR/$name.pid"
}

instance_pid() { cat "$OPS_DIR/$1.pid" 2>/dev/null; }
instance_alive() { local pid; pid=$(instance_pid "$1") && kill -0 "$pid" 2>/dev/null; }

wait_ready() { # wait_ready NAME MANAGEMENT_PORT [seconds]
    local name=$1 management=$2 limit=${3:-900} start=$SECONDS
    until curl -sf "http://127.0.0.1:$management/actuator/health/readiness" >/dev/null; do
        instance_alive "$name" || die "instance $name died: see $OPS_DIR/$name.log"
        ((SECONDS - start < limit)) || die "instance $name not ready after ${limit}s: see $OPS_DIR/$name.log"
        sleep 2
    done
    say "instance $name ready ($((SECONDS - start)) s)"
}

instance_stop() { # instance_stop NAME [signal]
    local pid
    pid=$(instance_pid "$1") || return 0
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    rm -f "$OPS_DIR/$1.pid"
}

# nginx on the loopback in front of the instances, with a route cookie for stickiness: Vaadin keeps
# each UI in its instance's memory, so every request of a session must reach the same instance.
nginx_start() {
    install -d "$OPS_DIR/nginx"
    install -d -o www-data -g www-data "$OPS_DIR/nginx/temp"
    local upstreams="" routes="" split="" cookies="" share=$((100 / ${#INSTANCES[@]})) i=0 name port management other
    local nl=$'\n'
    for instance in "${INSTANCES[@]}"; do
        read -r name port management <<<"$instance"
        upstreams+="    upstream portal_$name {${nl}        server 127.0.0.1:$port max_fails=1 fail_timeout=10s;${nl}"
        for other in "${INSTANCES[@]}"; do
            read -r o_name o_port _ <<<"$other"
            [[ $o_name == "$name" ]] || upstreams+="        server 127.0.0.1:$o_port backup;${nl}"
        done
        upstreams+="    }${nl}"
        routes+="        ~:$port\$ $name;${nl}"
        cookies+="        $name $name;${nl}"
        i=$((i + 1))
        if ((i < ${#INSTANCES[@]})); then split+="        $share% $name;${nl}"; else split+="        * $name;${nl}"; fi
    done
    cat >"$OPS_DIR/nginx/nginx.conf" <<EOF
user www-data;
worker_processes 1;
pid $OPS_DIR/nginx/nginx.pid;
error_log $OPS_DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log $OPS_DIR/nginx/access.log;
    client_body_temp_path $OPS_DIR/nginx/temp/body;
    proxy_temp_path $OPS_DIR/nginx/temp/proxy;
    fastcgi_temp_path $OPS_DIR/nginx/temp/fastcgi;
    uwsgi_temp_path $OPS_DIR/nginx/temp/uwsgi;
    scgi_temp_path $OPS_DIR/nginx/temp/scgi;
$upstreams
    # a new visitor is given an instance at random; then the ROUTE cookie keeps them on it
    split_clients "\${remote_addr}\${msec}\${request_id}" \$new_route {
$split    }
    map \$cookie_ROUTE \$route {
$cookies        default \$new_route;
    }
    # the cookie names the instance that really answered: when its own is down, the backup
    # answered, and the visitor stays there (they signed in again on it) even once theirs is back
    map \$upstream_addr \$served_route {
$routes        default \$route;
    }
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    server {
        listen 127.0.0.1:$PROXY_PORT;
        # spring.servlet.multipart.max-request-size: a 10 MB file and the rest of the form
        client_max_body_size 11m;
        location / {
            proxy_pass http://portal_\$route;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Port \$server_port;
            proxy_set_header X-Request-Id \$request_id;
            # websockets and long polling, should Vaadin push ever be turned on
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 300s;
            # only when the instance could not be reached at all: nothing was processed
            proxy_next_upstream error timeout;
            add_header Set-Cookie "ROUTE=\$served_route; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Portal-Instance \$served_route always;
        }
    }
}
EOF
    nginx -t -q -p "$OPS_DIR/nginx" -c "$OPS_DIR/nginx/nginx.conf"
    nginx -p "$OPS_DIR/nginx" -c "$OPS_DIR/nginx/nginx.conf"
}

nginx_stop() {
    [[ -f $OPS_DIR/nginx/nginx.pid ]] && kill -QUIT "$(cat "$OPS_DIR/nginx/nginx.pid")" 2>/dev/null
    rm -f "$OPS_DIR/nginx/nginx.pid"
}

# Signs one simulated user in through the proxy, like the login form would (Spring Security's form
# login at POST /login with the CSRF token the page carries), from a client address of its own
# (X-Forwarded-For, trusted from the loopback proxy only). Prints the instance that answered.
# sign_in JAR_FILE LOGIN CLIENT_IP
sign_in() {
    local jar=$1 login=$2 ip=$3 page token instance
    page=$(curl -s -c "$jar" -b "$jar" -H "X-Forwarded-For: $ip" "http://127.0.0.1:$PROXY_PORT/login")
    token=$(grep -o 'name="_csrf" content="[^"]*"' <<<"$page" | head -1 | sed 's/.*content="//; s/"$//')
    instance=$(curl -s -o /dev/null -D - -c "$jar" -b "$jar" -H "X-Forwarded-For: $ip" \
        --data-urlencode "username=$login" --data-urlencode "password=${DEMO_PASSWORD:-Portail-Demo-2026}" \
        --data-urlencode "_csrf=$token" "http://127.0.0.1:$PROXY_PORT/login" \
        | tr -d '\r' | awk -F': ' 'tolower($1)=="x-portal-instance"{print $2} tolower($1)=="location"{loc=$2} END{print loc}' | paste -sd' ')
    echo "$instance"
}

# Whether the session in JAR_FILE is signed in: the space answers instead of sending to /login.
signed_in() { # signed_in JAR_FILE PATH CLIENT_IP
    local code
    code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" -H "X-Forwarded-For: $3" \
        "http://127.0.0.1:$PROXY_PORT/$2")
    [[ $code == 200* ]]
}

route_of() { awk '$6=="ROUTE"{print $7}' "$1" | tail -1; }
