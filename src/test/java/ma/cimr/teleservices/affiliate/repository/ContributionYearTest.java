package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V47's yearly sums, which the points statement and the simulator read instead of the months
 * (DD050): they are always the months summed, whoever writes the months and however many at once,
 * and nothing but the months moves them. Each test writes its months in a year no demo career
 * reaches (1961) and removes them after.
 */
@PortalTest
class ContributionYearTest {

    private static final LocalDate JANUARY = LocalDate.of(1961, 1, 1);
    private static final LocalDate FEBRUARY = LocalDate.of(1961, 2, 1);

    /** What the statement read before V47: the months grouped per affiliate, year and employer. */
    private static final String MONTHS_SUMMED = """
            select affiliate_id, cast(extract(year from due_period) as integer) as year, company_id, count(*) as months,
                   sum(declared_salary) as declared_salary, sum(employee_amount) as employee_amount,
                   sum(employer_amount) as employer_amount
            from contribution group by 1, 2, 3""";
    private static final String SUMS_KEPT = """
            select affiliate_id, year, company_id, months, declared_salary, employee_amount, employer_amount
            from contribution_year""";

    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;

    long affiliateId;
    long companyId;

    @BeforeEach
    void anAffiliateAndAnEmployer() {
        Record any = dsl.fetchSingle("select affiliate_id, company_id from contribution order by affiliate_id, company_id limit 1");
        affiliateId = any.get(0, Long.class);
        companyId = any.get(1, Long.class);
    }

    @AfterEach
    void removeTheTestYear() {
        dsl.execute("delete from contribution where due_period < date '1962-01-01'");
    }

    @Test
    void theSumsKeptAreTheMonthsSummedForEveryCareer() {
        assertThat(dsl.fetch(SUMS_KEPT).size()).isPositive();
        assertThat(dsl.fetch(MONTHS_SUMMED + " except " + SUMS_KEPT)).isEmpty();
        assertThat(dsl.fetch(SUMS_KEPT + " except " + MONTHS_SUMMED)).isEmpty();
    }

    @Test
    void monthsAddedChangedAndRemovedMoveTheirYear() {
        dsl.execute("""
                insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
                values (?, ?, ?, 1000.00, 60.00, 78.00), (?, ?, ?, 2000.00, 120.00, 156.00)""",
                affiliateId, companyId, JANUARY, affiliateId, companyId, FEBRUARY);
        assertThat(year()).containsExactly(2, "3000.00", "180.00", "234.00");

        // a second declaration of the same month adds to it, as the posting does
        dsl.execute("""
                insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
                values (?, ?, ?, 500.00, 30.00, 39.00)
                on conflict (affiliate_id, due_period, company_id) do update
                set declared_salary = contribution.declared_salary + excluded.declared_salary,
                    employee_amount = contribution.employee_amount + excluded.employee_amount,
                    employer_amount = contribution.employer_amount + excluded.employer_amount""",
                affiliateId, companyId, FEBRUARY);
        assertThat(year()).containsExactly(2, "3500.00", "210.00", "273.00");

        // a reversal takes its amounts back and leaves the month, emptied
        dsl.execute("""
                update contribution set declared_salary = 0, employee_amount = 0, employer_amount = 0
                where affiliate_id = ? and company_id = ? and due_period = ?""", affiliateId, companyId, JANUARY);
        assertThat(year()).containsExactly(2, "2500.00", "150.00", "195.00");

        dsl.execute("delete from contribution where affiliate_id = ? and due_period = ?", affiliateId, JANUARY);
        assertThat(year()).containsExactly(1, "2500.00", "150.00", "195.00");
        dsl.execute("delete from contribution where affiliate_id = ? and due_period = ?", affiliateId, FEBRUARY);
        assertThat(dsl.fetch(SUMS_KEPT + " where year = 1961").size()).isZero();
    }

    @Test
    void twoPostingsOfTheSameYearAtOnceBothCount() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertMonth(first, JANUARY, "1000.00");
            // the second posting finds the year's row the first one created, not yet committed
            CompletableFuture<Void> secondPosting = CompletableFuture.runAsync(() -> {
                try {
                    insertMonth(second, FEBRUARY, "2000.00");
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitOneSessionWaitingForALock();
            assertThat(secondPosting).isNotDone();
            first.commit();
            secondPosting.get(30, TimeUnit.SECONDS);
        }
        assertThat(year()).containsExactly(2, "3000.00", "60.00", "78.00");
    }

    @Test
    void thePortalCannotWriteTheSumsThemselves() {
        assertThatThrownBy(() -> dsl.execute("update contribution_year set declared_salary = declared_salary + 1"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> dsl.execute("delete from contribution_year"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> dsl.execute("insert into contribution_year values (?, 1961, ?, 1, 1, 1, 1)", affiliateId, companyId))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void theStatementReadsTheSumsNotTheMonths() {
        String plan = dsl.fetch("explain " + dsl.renderInlined(dsl.resultQuery(JooqAffiliateRepository.YEARLY_CONTRIBUTIONS, affiliateId)))
                .map(row -> row.get(0, String.class)).stream().reduce("", (a, b) -> a + "\n" + b);
        assertThat(plan).contains("on contribution_year").doesNotContain("on contribution ");
    }

    /** The test year's row at the test employer: months and the three amounts. */
    private Object[] year() {
        Result<Record> rows = dsl.fetch(SUMS_KEPT + " where affiliate_id = ? and company_id = ? and year = 1961", affiliateId, companyId);
        assertThat(rows).hasSize(1);
        Record row = rows.getFirst();
        return new Object[] {row.get("months", Integer.class), row.get("declared_salary", BigDecimal.class).toPlainString(),
                row.get("employee_amount", BigDecimal.class).toPlainString(), row.get("employer_amount", BigDecimal.class).toPlainString()};
    }

    private void insertMonth(Connection connection, LocalDate month, String salary) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
                values (?, ?, ?, cast(? as numeric), 30.00, 39.00)""")) {
            insert.setLong(1, affiliateId);
            insert.setLong(2, companyId);
            insert.setObject(3, month);
            insert.setString(4, salary);
            insert.executeUpdate();
        }
    }

    private void awaitOneSessionWaitingForALock() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (dsl.fetch("select 1 from pg_stat_activity where wait_event_type = 'Lock'").size() == 0) {
            assertThat(Instant.now()).as("the second posting should wait for the first").isBefore(giveUp);
            Thread.sleep(20);
        }
    }
}
