#!/usr/bin/env bash
# kill -9 of the instance running the monthly pension run, in the middle of it (issue 14, DD038,
# DD037): the run writes the payments in chunks that each commit with the run's progress, so the
# killed instance leaves every committed chunk and nothing of the one it was writing; restarted, it
# takes its lease back and resumes where the run stands. Prints, for the current month, the rows
# before, at the kill, and once the run is completed: 0 lost, 0 twice, one file per bank.
#
#   src/ops/two-instances.sh start      # PostgreSQL, both instances and nginx
#   src/ops/fault-pension-run.sh         # PENSIONS=200000 CHUNK=5000 KILL_AT=paying|sending|file
#
# It stops both instances, adds PENSIONS pensions in payment (src/ops/pensions-in-payment.sql, once),
# takes the current month's run back out of this throw-away database (the demo's run made at start)
# so that it is due again, and starts both instances with the run's job looking every 5 s: they race
# for its lease, one runs the month. The kill comes when the run is in the phase KILL_AT (paying: at
# least one chunk committed; sending: the bank files being written; file: once the first bank's file
# has been handed to the bank and recorded).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_packages
find_java
find_jar
PENSIONS=${PENSIONS:-200000}
CHUNK=${CHUNK:-5000}
KILL_AT=${KILL_AT:-paying}
db_running || die "PostgreSQL is not running: src/ops/two-instances.sh start"

month=$(sql "select to_char(date_trunc('month', now() at time zone 'Africa/Casablanca'), 'YYYY-MM-DD')")
run_env=(PORTAL_PENSION_RUN_INTERVAL=PT5S PORTAL_PENSION_RUN_INITIAL_DELAY=PT5S PORTAL_PENSION_RUN_CHUNK_SIZE="$CHUNK")

counts() {
    sql "select count(*) || ' payments for $month (' || count(distinct retiree_id) || ' pensions, '
                || count(*) - count(distinct retiree_id) || ' twice), '
                || (select count(*) from pension_run_file where due_period = '$month') || ' bank files, run '
                || coalesce((select status || ' up to retiree ' || paid_up_to from pension_run where due_period = '$month'), 'not started')
         from pension_payment where due_period = '$month'"
}

for instance in "${INSTANCES[@]}"; do instance_stop "${instance%% *}"; done
say "both instances stopped"

if [[ $(sql "select count(*) from retiree where pension_file_number >= 'DP5000001'") -lt $PENSIONS ]]; then
    say "adding $PENSIONS pensions in payment"
    psql_as postgres "$DB" -q -v ON_ERROR_STOP=1 -v pensions="$PENSIONS" -f "$HERE/pensions-in-payment.sql"
fi
# the month's run made at start on the demo data, taken back out so that it is due again: its
# payments, files and the bank's copies of them, and the job's lease
psql_as postgres "$DB" -q -v ON_ERROR_STOP=1 <<SQL
begin;
create temporary table run_message as select message_id from pension_run_file where due_period = '$month';
delete from pension_run_file where due_period = '$month';
delete from pension_payment where due_period = '$month' or paid_in_run = '$month';
delete from pension_run where due_period = '$month';
delete from bank_answer where message_id in (select message_id from run_message);
delete from bank_message where message_id in (select message_id from run_message);
delete from job_lease where job_name = 'pension-run';
commit;
SQL
# a RAHATI card not activated yet is paid at its activation (n°2), not by the month's run
in_run="pension_start <= '$month' and (payment_mode = 'BANK_TRANSFER' or rahati_card_activated_on is not null)"
expected=$(sql "select count(*) from retiree where $in_run")
waiting_cards=$(sql "select count(*) from retiree where pension_start <= '$month' and payment_mode = 'RAHATI_CARD' and rahati_card_activated_on is null")
audit_before=$(sql "select count(*) from audit_event where action = 'PENSION_RUN_STARTED' and target = to_char(date '$month', 'YYYY-MM')")
say "before:            $(counts); pensions that the month must pay or suspend: $expected (and $waiting_cards cards not activated yet)"

for instance in "${INSTANCES[@]}"; do
    read -r name port management <<<"$instance"
    instance_start "$name" "$port" "$management" "${run_env[@]}"
done
for instance in "${INSTANCES[@]}"; do
    read -r name port management <<<"$instance"
    wait_ready "$name" "$management"
done

say "waiting for the run to be $KILL_AT"
start=$SECONDS
while :; do
    state=$(sql "select status || ' ' || paid_up_to from pension_run where due_period = '$month'")
    case $KILL_AT in
        paying) [[ $state == PAYING* && ${state#PAYING } -gt 0 ]] && break ;;
        sending) [[ $state == SENDING* ]] && break ;;
        file) [[ $state == SENDING* && $(sql "select count(*) from pension_run_file where due_period = '$month'") -gt 0 ]] && break ;;
    esac
    [[ $state == COMPLETED* ]] && die "the run completed before the kill: use a larger PENSIONS or a smaller CHUNK"
    ((SECONDS - start < 900)) || die "the run did not start: see $OPS_DIR/a.log and b.log"
    sleep 0.2
done
holder=$(sql "select owner from job_lease where job_name = 'pension-run'")
victim=${holder#portal-}
pid=$(instance_pid "$victim")
kill -9 "$pid"
say "killed instance $victim (pid $pid), holder of the run's lease, while the run was $state"
sleep 2
say "after the kill:    $(counts)"
# the survivor sees the lease held (30 min) and does not start the month a second time
sleep 15
say "15 s later:        $(counts)   (the other instance waits for the lease)"

read -r name port management <<<"$(printf '%s\n' "${INSTANCES[@]}" | awk -v n="$victim" '$1==n')"
instance_start "$name" "$port" "$management" "${run_env[@]}"
wait_ready "$name" "$management"
say "instance $victim restarted (same instance id: it takes its lease back)"
start=$SECONDS
until [[ $(sql "select status from pension_run where due_period = '$month'") == COMPLETED ]]; do
    ((SECONDS - start < 900)) || die "the run did not complete after the restart: see $OPS_DIR/$victim.log"
    sleep 1
done
say "completed $((SECONDS - start)) s after the restart"
say "after the restart: $(counts)"
say "pensions of the month without their row: $(sql "select count(*) from retiree r where $in_run
        and not exists (select 1 from pension_payment p where p.retiree_id = r.id and p.due_period = '$month')") (of $expected)"
say "bank files of the month: $(sql "select string_agg(bank_code || ': ' || transfers || ' transfers', ', ' order by bank_code)
        from pension_run_file where due_period = '$month'")"
say "transfers in the files: $(sql "select sum(transfers) from pension_run_file where due_period = '$month'"), payments paid by the run: $(sql "select count(*) from pension_payment where paid_in_run = '$month' and due_period = '$month' and status = 'PAID'")"
say "files handed to the bank for the month (bank_message PR-${month:0:7}-...): $(sql "select count(*) || ' for '
        || count(distinct bank_code) || ' banks' from bank_message where message_id like 'PR-${month:0:7}-%'")"
say "run started (audit): $(($(sql "select count(*) from audit_event where action = 'PENSION_RUN_STARTED' and target = to_char(date '$month', 'YYYY-MM')") - audit_before)) time(s)"
for instance in "${INSTANCES[@]}"; do
    name=${instance%% *}
    say "instance $name's log: $(grep -c 'Pension run .*payments written' "$OPS_DIR/$name.log" || true) run(s) finished here"
done
