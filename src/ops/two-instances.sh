#!/usr/bin/env bash
# Two instances of the production jar on one PostgreSQL behind nginx, on one machine, and a check
# that prints what a fund's operations team needs to see before running it so (issue 14, DD038):
# users spread over both instances and kept on theirs; each outbox message sent once; the deadline
# watch never run twice at once, each warning once; the monthly pension run once; one instance killed (kill -9) and its users
# signed in again on the other, nothing lost.
#
#   src/ops/two-instances.sh start    # PostgreSQL, roles (DD030), recording SMTP/SMS, instances a and b, nginx
#   src/ops/two-instances.sh check    # the figures (USERS=40 STICKY_REQUESTS=5 MESSAGES=200 WATCH_SECONDS=75)
#   src/ops/two-instances.sh stop     # everything down, OPS_DIR removed (KEEP=1 keeps it)
#
# Needs the production jar (./mvnw -B -Pproduction -DskipTests package, or PORTAL_JAR) and root on a
# Debian machine (it installs nginx-light and postgresql when missing; no Docker). Everything lives
# in OPS_DIR (/tmp/teleservices-ops): logs a.log, b.log, postgres.log, nginx/, mail/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start() {
    need_packages
    find_java
    find_jar
    install -d -m 755 "$OPS_DIR"
    say "PostgreSQL $(basename "$(dirname "$PGBIN")") on 127.0.0.1:$PG_PORT"
    db_running || db_start
    db_roles
    mail_start
    local first=1 name port management
    for instance in "${INSTANCES[@]}"; do
        read -r name port management <<<"$instance"
        if instance_alive "$name"; then continue; fi
        say "instance $name: http://127.0.0.1:$port, management 127.0.0.1:$management"
        if ((first)); then
            # the demo logins are the simulated users; the first instance loads them (once), alone,
            # then the others start on a migrated database
            instance_start "$name" "$port" "$management" PORTAL_DEMO_DATA=always
            wait_ready "$name" "$management"
        else
            instance_start "$name" "$port" "$management"
        fi
        first=0
    done
    for instance in "${INSTANCES[@]}"; do
        read -r name port management <<<"$instance"
        wait_ready "$name" "$management"
    done
    nginx_stop
    nginx_start
    say "nginx: http://127.0.0.1:$PROXY_PORT/ -> ${#INSTANCES[@]} instances (route cookie)"
}

stop() {
    need_packages
    nginx_stop
    for instance in "${INSTANCES[@]}"; do instance_stop "${instance%% *}"; done
    [[ -f $OPS_DIR/mail.pid ]] && kill "$(cat "$OPS_DIR/mail.pid")" 2>/dev/null || true
    rm -f "$OPS_DIR/mail.pid"
    if [[ -d $OPS_DIR/pgdata ]] && db_running; then db_stop; fi
    [[ ${KEEP:-0} == 1 ]] || rm -rf "$OPS_DIR"
    say "stopped"
}

mails_with() { grep -F -c "$1" "$OPS_DIR/mail/mails.jsonl" 2>/dev/null || true; }

check_users() {
    local users=${USERS:-40} i login ip answer instance
    say "1. $users users sign in through nginx (affiliates 10000001...; each from a client address of its own)"
    install -d "$OPS_DIR/users"
    rm -f "$OPS_DIR/users/"*
    for ((i = 1; i <= users; i++)); do
        login=$((10000000 + i))
        ip="198.51.100.$i"
        answer=$(sign_in "$OPS_DIR/users/$i.jar" "$login" "$ip")
        echo "$i $login $ip $answer" >>"$OPS_DIR/users/landed"
    done
    local failed
    failed=$(awk '$5 !~ /\/(affiliate|my-space)$/ {n++} END{print n+0}' "$OPS_DIR/users/landed")
    for instance in "${INSTANCES[@]}"; do
        read -r name port management <<<"$instance"
        printf '   instance %s: %3d users signed in (nginx route), %s live HTTP sessions (its Tomcat metrics)\n' "$name" \
            "$(awk -v n="$name" '$4==n' "$OPS_DIR/users/landed" | wc -l)" \
            "$(curl -s "http://127.0.0.1:$management/actuator/prometheus" | awk '/^tomcat_sessions_active_current_sessions/{print $2+0}')"
    done
    printf '   sign-ins not sent on to the space: %d (of %d)\n' "$failed" "$users"
    # stickiness: every user's next requests reach the instance they signed in on
    local moved=0 again=${STICKY_REQUESTS:-5}
    for ((i = 1; i <= users; i++)); do
        instance=$(awk -v u="$i" '$1==u{print $4}' "$OPS_DIR/users/landed")
        for ((r = 0; r < again; r++)); do
            answer=$(curl -s -o /dev/null -D - -b "$OPS_DIR/users/$i.jar" -c "$OPS_DIR/users/$i.jar" \
                -H "X-Forwarded-For: 198.51.100.$i" "http://127.0.0.1:$PROXY_PORT/affiliate" \
                | tr -d '\r' | awk -F': ' 'tolower($1)=="x-portal-instance"{print $2}')
            [[ $answer == "$instance" ]] || moved=$((moved + 1))
        done
    done
    printf '   requests that reached another instance than their session'"'"'s: %d of %d\n' "$moved" $((users * again))
}

check_outbox() {
    local messages=${MESSAGES:-200} tag
    tag="ops-check-$(date +%s)"
    say "2. $messages e-mails put in the outbox at once, as the features do (one row each); both instances deliver"
    sql "insert into outbox_message (channel, recipient, subject, body, created_at, next_attempt_at)
         select 'EMAIL', 'user' || i || '@example.ma', '$tag ' || i, 'body ' || i, now(), now()
         from generate_series(1, $messages) as i"
    local start=$SECONDS pending
    while :; do
        pending=$(sql "select count(*) from outbox_message where subject like '$tag %' and status <> 'SENT'")
        ((pending == 0 || SECONDS - start > 180)) && break
        sleep 1
    done
    local received distinct
    received=$(mails_with "\"$tag ")
    distinct=$(grep -F "\"$tag " "$OPS_DIR/mail/mails.jsonl" | python3 -c 'import json,sys; print(len({json.loads(l)["subject"] for l in sys.stdin}))')
    printf '   outbox rows: %d, SENT: %d, in %d s; received by the SMTP server: %d (%d distinct, %d duplicated, %d missing)\n' \
        "$messages" "$(sql "select count(*) from outbox_message where subject like '$tag %' and status = 'SENT'")" \
        $((SECONDS - start)) "$received" "$distinct" $((received - distinct)) $((messages - distinct))
}

check_deadline_watch() {
    local seconds=${WATCH_SECONDS:-75} interval=${OPS_DEADLINE_WATCH_INTERVAL:-PT15S} name
    local -A from
    say "3. the deadline watch, every $interval, scheduled on both instances, for $seconds s"
    # each instance logs its passes (DEBUG, set by instance_start; in SPRING_APPLICATION_JSON, since an
    # environment variable's logger name loses its capitals): "Deadline watch pass on portal-a
    # for the interval"; the lease is kept for the interval, so both together make one per interval
    for instance in "${INSTANCES[@]}"; do
        name=${instance%% *}
        from[$name]=$(($(wc -l <"$OPS_DIR/$name.log") + 1))
    done
    sleep "$seconds"
    : >"$OPS_DIR/watch-passes"
    for instance in "${INSTANCES[@]}"; do
        name=${instance%% *}
        tail -n +"${from[$name]}" "$OPS_DIR/$name.log" \
            | awk -v n="$name" 'index($0, "Deadline watch pass on portal-") {print substr($1, 12, 8), n}' >>"$OPS_DIR/watch-passes"
    done
    sort -o "$OPS_DIR/watch-passes" "$OPS_DIR/watch-passes"
    for instance in "${INSTANCES[@]}"; do
        name=${instance%% *}
        printf '   passes made by instance %s: %d\n' "$name" "$(awk -v n="$name" '$2==n' "$OPS_DIR/watch-passes" | wc -l)"
    done
    printf '   passes, in order: %s\n' "$(awk '{printf "%s %s; ", $1, $2}' "$OPS_DIR/watch-passes")"
    # the lease lets one pass run at a time; the once-per-deadline events make each warning once
    printf '   deadlines warned twice: %s, marked late twice: %s (of %s warnings, %s late marks in all)\n' \
        "$(sql "select count(*) from (select 1 from request_event where kind = 'DEADLINE_WARNING' group by request_id, due_date having count(*) > 1) d")" \
        "$(sql "select count(*) from (select 1 from request_event where kind = 'LATE' group by request_id, due_date having count(*) > 1) d")" \
        "$(sql "select count(*) from request_event where kind = 'DEADLINE_WARNING'")" \
        "$(sql "select count(*) from request_event where kind = 'LATE'")"
    # the monthly pension run: the job looks on both instances; one run per month, each pension once
    printf '   pension runs: %s; payments of a month written twice: %s; audit "run started" per month: %s\n' \
        "$(sql "select coalesce(string_agg(to_char(due_period, 'YYYY-MM') || ' ' || status || ' by ' || started_by, ', ' order by due_period), 'none') from pension_run")" \
        "$(sql "select count(*) from (select 1 from pension_payment group by retiree_id, due_period having count(*) > 1) d")" \
        "$(sql "select coalesce(string_agg(target || ': ' || n, ', '), 'none') from (select target, count(*) n from audit_event where action = 'PENSION_RUN_STARTED' group by target order by target) d")"
    printf '   instances that finished a run: %s\n' "$(for instance in "${INSTANCES[@]}"; do
        name=${instance%% *}; printf '%s %d; ' "$name" "$(grep -c 'Pension run .*payments written' "$OPS_DIR/$name.log" || true)"; done)"
}

check_kill() {
    local users=${USERS:-40} victim=${VICTIM:-a} pid i instance answer again=0 lost=0 stayed=0 tag
    say "4. kill -9 of instance $victim, its users come back"
    tag="ops-kill-$(date +%s)"
    # messages waiting when it dies: the survivor must send them all
    sql "insert into outbox_message (channel, recipient, subject, body, created_at, next_attempt_at)
         select 'EMAIL', 'user' || i || '@example.ma', '$tag ' || i, 'body ' || i, now(), now()
         from generate_series(1, 100) as i"
    pid=$(instance_pid "$victim")
    kill -9 "$pid"
    say "   killed instance $victim (pid $pid)"
    local victims
    victims=$(awk -v n="$victim" '$4==n' "$OPS_DIR/users/landed" | wc -l)
    for ((i = 1; i <= users; i++)); do
        instance=$(awk -v u="$i" '$1==u{print $4}' "$OPS_DIR/users/landed")
        [[ $instance == "$victim" ]] || continue
        if signed_in "$OPS_DIR/users/$i.jar" affiliate "198.51.100.$i"; then
            stayed=$((stayed + 1))
        fi
        rm -f "$OPS_DIR/users/$i.jar"
        answer=$(sign_in "$OPS_DIR/users/$i.jar" $((10000000 + i)) "198.51.100.$i")
        [[ ${answer%% *} != "$victim" && $answer == *my-space* ]] && again=$((again + 1))
    done
    printf '   users of %s: %d; still signed in after the kill: %d; signed in again on another instance: %d\n' \
        "$victim" "$victims" "$stayed" "$again"
    local start=$SECONDS pending
    while :; do
        pending=$(sql "select count(*) from outbox_message where subject like '$tag %' and status <> 'SENT'")
        ((pending == 0 || SECONDS - start > 180)) && break
        sleep 1
    done
    local received distinct
    received=$(mails_with "\"$tag ")
    distinct=$(grep -F "\"$tag " "$OPS_DIR/mail/mails.jsonl" | python3 -c 'import json,sys; print(len({json.loads(l)["subject"] for l in sys.stdin}))')
    printf '   100 messages queued as it died: SENT %d, received %d (%d distinct, %d duplicated, %d lost)\n' \
        "$(sql "select count(*) from outbox_message where subject like '$tag %' and status = 'SENT'")" \
        "$received" "$distinct" $((received - distinct)) $((100 - distinct))
    if [[ ${RESTART:-1} == 1 ]]; then
        for instance in "${INSTANCES[@]}"; do
            read -r name port management <<<"$instance"
            [[ $name == "$victim" ]] || continue
            instance_start "$name" "$port" "$management"
            wait_ready "$name" "$management"
        done
    fi
}

check() {
    need_packages
    find_java
    find_jar
    say "two instances behind nginx: $(for i in "${INSTANCES[@]}"; do printf '%s ' "${i%% *}"; done)(OPS_DIR=$OPS_DIR)"
    check_users
    check_outbox
    check_deadline_watch
    check_kill
}

case ${1:-} in
    start) start ;;
    check) check ;;
    # one part of the check alone (the users' part first: the others read who landed where)
    check-users | check-outbox | check-deadline-watch | check-kill)
        need_packages; find_java; find_jar; "${1//-/_}" ;;
    stop) stop ;;
    *) echo "usage: $0 start|check|stop (or check-users|check-outbox|check-deadline-watch|check-kill)" >&2; exit 2 ;;
esac
