#!/usr/bin/env bash
# kill -9 of the portal in the middle of a declaration import (issue 14, DD038): the import of a
# salary file is one transaction, so the process dying while it writes must leave 0 rows of it
# (nothing half-imported), and the same file imported again must store each line once (nothing
# duplicated). Prints the row counts before, after the kill, and after the import done again.
#
#   src/ops/two-instances.sh start      # or at least its PostgreSQL: the schema must be migrated
#   src/ops/fault-import.sh              # LINES=100000 (the benchmark's large file)
#
# The importing "portal" is DeclarationImportLauncher (src/test/java/.../ops), the portal's own
# Spring context and DeclarationImport run by exec:java outside the unit tests: the same service and
# transaction as an upload through the company space, without a browser to drive Vaadin's upload.
# The kill comes once PostgreSQL shows the import's transaction open and already written to.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_packages
find_java
LINES=${LINES:-100000}
export JAVA_HOME=$(dirname "$(dirname "$JAVA")")

counts() {
    sql "select count(distinct d.id) || ' declarations, ' || count(l.declaration_id) || ' lines, ' ||
                count(l.declaration_id) - count(distinct (d.due_period, l.affiliate_id)) || ' duplicated'
         from declaration d join company c on c.id = d.company_id and c.adherent_number = '900077'
         left join declaration_line l on l.declaration_id = d.id"
}

run_import() { # run_import LOG
    (cd "$ROOT" && exec ./mvnw -B -o -q exec:java -Dexec.classpathScope=test \
        -Dexec.mainClass=ma.cimr.teleservices.ops.DeclarationImportLauncher -Dops.lines="$LINES" \
        -Dops.url="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB") >"$1" 2>&1 &
    echo $!
}

db_running || die "PostgreSQL is not running: src/ops/two-instances.sh start"
if [[ ! -f $ROOT/target/test-classes/ma/cimr/teleservices/ops/DeclarationImportLauncher.class ]]; then
    say "compiling the launcher (./mvnw test-compile)"
    (cd "$ROOT" && ./mvnw -B -o -q test-compile >/dev/null)
fi
say "kill -9 in the middle of the import of a $LINES-line declaration file"
say "before:            $(counts)"

pid=$(run_import "$OPS_DIR/import-killed.log")
start=$SECONDS
until grep -q 'IMPORT STARTED' "$OPS_DIR/import-killed.log"; do
    kill -0 "$pid" 2>/dev/null || die "the launcher stopped: see $OPS_DIR/import-killed.log"
    ((SECONDS - start < 900)) || die "the import did not start"
    sleep 1
done
say "$(grep 'IMPORT STARTED' "$OPS_DIR/import-killed.log")"
# wait until its transaction has written (it has a transaction id) and has been writing for 2 s
written=""
until [[ -n $written ]]; do
    written=$(sql "select backend_xid || ' open ' || round(extract(epoch from now() - xact_start)) || ' s'
                   from pg_stat_activity where application_name = 'declaration-import' and backend_xid is not null
                   and now() - xact_start > interval '2 seconds' limit 1")
    grep -q 'IMPORT COMMITTED' "$OPS_DIR/import-killed.log" && die "the import ended before the kill: use a larger LINES"
    sleep 0.5
done
java_pid=$(pgrep -P "$pid" -f java || echo "$pid")
in_transaction=$(sql "select count(*) from pg_stat_activity where application_name = 'declaration-import' and backend_xid is not null")
kill -9 "$java_pid" "$pid" 2>/dev/null || true
say "killed the importing portal (pid $java_pid) while its transaction was writing (xid $written)"
sleep 2
say "after the kill:    $(counts)   (backends of the import left: $(sql "select count(*) from pg_stat_activity where application_name = 'declaration-import'"), were in a transaction: $in_transaction)"

say "the same import again, to its end"
pid=$(run_import "$OPS_DIR/import-again.log")
while kill -0 "$pid" 2>/dev/null; do sleep 2; done # started in a subshell: not ours to wait for
grep -q 'IMPORT COMMITTED' "$OPS_DIR/import-again.log" || die "the second import failed: see $OPS_DIR/import-again.log"
say "$(grep 'IMPORT COMMITTED' "$OPS_DIR/import-again.log")"
say "after the restart: $(counts)"
