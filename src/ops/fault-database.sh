#!/usr/bin/env bash
# The database stopped while people are signed in (issue 14, DD038), under the two-instance setup:
# what a signed-in user sees (a translated "service temporarily unavailable" page, not a trace),
# what the instances' readiness says, how much the jobs write to the log while it is down (they
# back off: JobBackoff), then the database restarted and how long until everything works again by
# itself, and every outbox message queued before the stop sent once.
#
#   src/ops/two-instances.sh start
#   src/ops/fault-database.sh             # DOWN_SECONDS=120 MESSAGES=50
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_packages
DOWN_SECONDS=${DOWN_SECONDS:-120}
MESSAGES=${MESSAGES:-50}
db_running || die "PostgreSQL is not running: src/ops/two-instances.sh start"

page() { # page JAR PATH IP -> "status seconds", body in $OPS_DIR/page.html
    curl -s -o "$OPS_DIR/page.html" -w '%{http_code} %{time_total}' -b "$1" -c "$1" -H "X-Forwarded-For: $3" \
        -H 'Accept-Language: fr' "http://127.0.0.1:$PROXY_PORT/$2"
}
says() { grep -o "$1" "$OPS_DIR/page.html" | head -1; }
log_lines() { # log_lines NAME FROM_LINE PATTERN
    tail -n +"$2" "$OPS_DIR/$1.log" | grep -c -E "$3" || true
}

say "a user signs in through nginx"
install -d "$OPS_DIR/users"
rm -f "$OPS_DIR/users/db.jar"
landed=$(sign_in "$OPS_DIR/users/db.jar" 10000199 198.51.100.199)
say "   signed in on instance ${landed%% *}; /affiliate answers $(page "$OPS_DIR/users/db.jar" affiliate 198.51.100.199)"

tag="ops-db-$(date +%s)"
# queued before the stop, due while the database is down
sql "insert into outbox_message (channel, recipient, subject, body, created_at, next_attempt_at)
     select 'EMAIL', 'user' || i || '@example.ma', '$tag ' || i, 'body ' || i, now(), now() + interval '15 seconds'
     from generate_series(1, $MESSAGES) as i"
declare -A from
for instance in "${INSTANCES[@]}"; do
    name=${instance%% *}
    from[$name]=$(($(wc -l <"$OPS_DIR/$name.log") + 1))
done

db_stop fast
stopped=$SECONDS
say "PostgreSQL stopped (pg_ctl stop -m fast)"
sleep 5
answer=$(page "$OPS_DIR/users/db.jar" affiliate 198.51.100.199)
say "   the signed-in user opens /affiliate: HTTP ${answer%% *} after ${answer##* } s"
say "   the page says: \"$(says 'Service momentan[^"\\<]*')\" / \"$(says 'Le service est momentan[^"\\<]*')\""
say "   stack trace on the page: $(grep -c -E 'Exception|\bat [a-z]+\.[a-z]' "$OPS_DIR/page.html" || true) lines"
answer=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Accept-Language: en' -H 'X-Forwarded-For: 198.51.100.198' \
    "http://127.0.0.1:$PROXY_PORT/login")
say "   an anonymous visitor opens /login: HTTP ${answer%% *} after ${answer##* } s"
for instance in "${INSTANCES[@]}"; do
    read -r name port management <<<"$instance"
    say "   instance $name readiness: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$management/actuator/health/readiness"), liveness: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$management/actuator/health/liveness")"
done
sleep $((DOWN_SECONDS - (SECONDS - stopped) > 0 ? DOWN_SECONDS - (SECONDS - stopped) : 0))
for instance in "${INSTANCES[@]}"; do
    name=${instance%% *}
    say "   instance $name, ${DOWN_SECONDS} s down: $(log_lines "$name" "${from[$name]}" 'could not reach the database') job back-off lines, $(log_lines "$name" "${from[$name]}" ' ERROR ') ERROR lines, $(log_lines "$name" "${from[$name]}" '^\s+at ') stack-trace lines in its log"
done

db_start
restarted=$SECONDS
say "PostgreSQL started again"
for instance in "${INSTANCES[@]}"; do
    read -r name port management <<<"$instance"
    until curl -sf "http://127.0.0.1:$management/actuator/health/readiness" >/dev/null; do sleep 1; done
    say "   instance $name ready again after $((SECONDS - restarted)) s"
done
until [[ $(page "$OPS_DIR/users/db.jar" affiliate 198.51.100.199) == 200* ]] && ! grep -q 'momentan' "$OPS_DIR/page.html"; do
    ((SECONDS - restarted < 300)) || break
    sleep 2
done
say "   the user's /affiliate works again after $((SECONDS - restarted)) s ($(grep -q 'login' <<<"$(says 'login')" && echo "sent to sign in" || echo "still signed in"))"
until [[ $(sql "select count(*) from outbox_message where subject like '$tag %' and status <> 'SENT'") == 0 ]]; do
    ((SECONDS - restarted < 400)) || break
    sleep 2
done
received=$(grep -F -c "\"$tag " "$OPS_DIR/mail/mails.jsonl" || true)
distinct=$(grep -F "\"$tag " "$OPS_DIR/mail/mails.jsonl" | python3 -c 'import json,sys; print(len({json.loads(l)["subject"] for l in sys.stdin}))')
say "   outbox: $MESSAGES queued before the stop, all sent $((SECONDS - restarted)) s after the restart: SENT $(sql "select count(*) from outbox_message where subject like '$tag %' and status = 'SENT'"), FAILED $(sql "select count(*) from outbox_message where subject like '$tag %' and status = 'FAILED'"), received $received ($distinct distinct, $((received - distinct)) duplicated, $((MESSAGES - distinct)) lost)"
for instance in "${INSTANCES[@]}"; do
    name=${instance%% *}
    say "   instance $name: $(log_lines "$name" "${from[$name]}" 'reaches the database again') jobs logged their recovery"
done
