package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.TestClock;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * The runs under test commit, like the real ones (two threads, a crash, a resume), in the database
 * every test shares: this keeps the demo payments aside before a test and puts them back after it,
 * removes the runs, their files and the test's own retirees, and gives the clock back.
 */
public final class RunFixture {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    private final DSLContext dsl;
    private final TestClock clock;
    private final Instant savedTime;
    private final Result<Record> savedPayments;
    private final Result<Record> savedRetirees;

    public RunFixture(DSLContext dsl, TestClock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.savedTime = clock.instant();
        this.savedPayments = dsl.fetch("select retiree_id, due_period, gross_amount, net_amount, paid_on, status, reason "
                + "from pension_payment");
        this.savedRetirees = dsl.fetch("select id, suspended_since, suspension_reason, rahati_card_activated_on from retiree");
    }

    /** The clock at {@code time} on {@code day}, Casablanca time. */
    public void at(LocalDate day, LocalTime time) {
        clock.set(LocalDateTime.of(day, time).atZone(CASABLANCA).toInstant());
    }

    public void onTheFirst(YearMonth month) {
        at(month.atDay(1), LocalTime.of(6, 0));
    }

    /** A retiree of the test's own, on a demo affiliate: id returned. */
    public long newRetiree(String number, String paymentMode, String rib, String monthly, LocalDate pensionStart) {
        return ((Number) dsl.fetchValue("""
                insert into retiree (pension_file_number, kind, affiliate_id, cin, last_name, first_name, birth_date,
                                     rib, payment_mode, monthly_amount, pension_start)
                select ?, 'RETIREE', min(id), 'ZZ' || substr(?, 6), 'Testeur', 'Ahmed', date '1966-01-01', ?, ?, ?::numeric, ?
                from affiliate returning id
                """, number, number, rib, paymentMode, monthly, pensionStart)).longValue();
    }

    /** A RAHATI card pension of the test's own, never paid, its card not yet activated. */
    public long newCardRetiree(String number, LocalDate pensionStart) {
        return newRetiree(number, "RAHATI_CARD", null, "2500.00", pensionStart);
    }

    public void restore() {
        clock.set(savedTime);
        dsl.execute("delete from pension_run_file");
        dsl.execute("delete from bank_answer where message_id in (select message_id from bank_message where purpose = 'PENSION_RUN')");
        dsl.execute("delete from bank_message where purpose = 'PENSION_RUN'");
        dsl.execute("delete from pension_payment");
        dsl.execute("delete from pension_catch_up");
        dsl.execute("delete from pension_revaluation_applied");
        dsl.execute("delete from pension_run");
        dsl.execute("delete from pension_revaluation where applies_from >= 2030");
        dsl.execute("delete from retiree where pension_file_number like 'DP99%'");
        for (Record row : savedRetirees) {
            dsl.execute("update retiree set suspended_since = ?, suspension_reason = ?, rahati_card_activated_on = ? where id = ?",
                    row.get(1), row.get(2), row.get(3), row.get(0));
        }
        var insert = dsl.insertInto(table(name("pension_payment")), field(name("retiree_id")), field(name("due_period")),
                field(name("gross_amount")), field(name("net_amount")), field(name("paid_on")), field(name("status")),
                field(name("reason")));
        for (Record row : savedPayments) {
            insert = insert.values(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6));
        }
        insert.execute();
    }
}
