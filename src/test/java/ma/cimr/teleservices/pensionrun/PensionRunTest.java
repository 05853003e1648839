package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.bank.BankAnswer.Outcome;
import ma.cimr.teleservices.bank.BankAnswers;
import ma.cimr.teleservices.bank.CreditTransferFile;
import ma.cimr.teleservices.bank.SandboxBank;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The monthly run pays every pension in payment once a month, whatever runs it: twice, two at once,
 * or again after a crash in the middle; suspended pensions are skipped with their reason and paid
 * as arrears once resumed; the banks' files are valid pain.001, and a returned transfer comes back
 * to its month. Runs commit as they do in production; {@link RunFixture} puts the demo back.
 */
@PortalTest
class PensionRunTest {

    private static final YearMonth MARCH = YearMonth.of(2031, 3);
    private static final YearMonth APRIL = YearMonth.of(2031, 4);

    @Autowired
    PensionRunner runner;
    @Autowired
    PensionRuns pensionRuns;
    @Autowired
    SandboxBank bank;
    @Autowired
    BankAnswers answers;
    @Autowired
    PensionRunRepository runs;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    RunFixture fixture;

    @BeforeEach
    void keepTheDemoAside() {
        fixture = new RunFixture(dsl, clock);
    }

    @AfterEach
    void putTheDemoBack() {
        fixture.restore();
    }

    @Test
    void aMonthRunTwiceAndByTwoThreadsAtOnceIsPaidOncePerPensionAndSentOncePerBank() throws Exception {
        fixture.onTheFirst(MARCH);
        int inPayment = inPayment(MARCH);
        assertThat(inPayment).isGreaterThan(30);

        // two threads race: the job on one "instance", staff's button on another, both at the barrier
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> both = new ArrayList<>();
            for (Callable<Object> call : List.<Callable<Object>>of(
                    () -> { together.await(); return pensionRuns.runDue(); },
                    () -> { together.await(); return runner.run(MARCH, "superviseur", PensionRunner.ChunkCheck.NONE, 7); })) {
                both.add(threads.submit(call));
            }
            for (Future<?> each : both) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        PensionRunSummary again = runner.run(MARCH, "superviseur", PensionRunner.ChunkCheck.NONE, 5);

        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(count("select count(*) from pension_payment where due_period = ?", MARCH.atDay(1))).isEqualTo(inPayment);
        assertThat(count("select count(distinct retiree_id) from pension_payment where due_period = ?", MARCH.atDay(1)))
                .isEqualTo(inPayment);
        // the demo's suspended pensions (an expired proof of life, the retiree's space) get their month
        // written as SUSPENDED with its reason, not paid
        int suspended = count("select count(*) from retiree where pension_start <= ? and suspended_since is not null "
                + "and (payment_mode = 'BANK_TRANSFER' or rahati_card_activated_on is not null)", MARCH.atDay(1));
        assertThat(again.paid()).isEqualTo(inPayment - suspended);
        assertThat(count("select count(*) from pension_payment where due_period = ? and status = 'SUSPENDED' "
                + "and reason is not null", MARCH.atDay(1))).isEqualTo(suspended);
        // one file per bank, and together they carry every payment of the run once
        int banks = count("select count(distinct coalesce(substr(rib, 1, 3), '230')) from pension_payment "
                + "where paid_in_run = ? and status = 'PAID'", MARCH.atDay(1));
        assertThat(count("select count(*) from bank_message where purpose = 'PENSION_RUN'")).isEqualTo(banks);
        assertThat(count("select coalesce(sum(transfers), 0) from pension_run_file where due_period = ?", MARCH.atDay(1)))
                .isEqualTo(count("select count(*) from pension_payment where paid_in_run = ? and status = 'PAID'",
                        MARCH.atDay(1)));
        assertThat(again.netTotal()).isEqualByComparingTo(
                (BigDecimal) dsl.fetchValue("select sum(control_sum) from pension_run_file where due_period = ?", MARCH.atDay(1)));
    }

    @Test
    void aRunThatCrashesInTheMiddleResumesWhereItStoppedAndPaysEveryPensionOnce() {
        fixture.onTheFirst(MARCH);
        int inPayment = inPayment(MARCH);

        assertThatThrownBy(() -> runner.run(MARCH, "system", (chunk, upTo) -> {
            if (chunk == 3) {
                throw new IllegalStateException("the instance died");
            }
        }, 10)).hasMessageContaining("the instance died");

        PensionRunSummary halfway = pensionRunsRun(MARCH);
        assertThat(halfway.status()).isEqualTo(RunStatus.PAYING);
        assertThat(halfway.lastError()).contains("the instance died");
        // the two chunks that committed are paid, the third rolled back whole
        assertThat(count("select count(*) from pension_payment where due_period = ? and retiree_id > ?",
                MARCH.atDay(1), halfway.paidUpTo())).isZero();
        assertThat(count("select count(*) from pension_payment where due_period = ?", MARCH.atDay(1))).isPositive();
        assertThat(count("select count(*) from bank_message where purpose = 'PENSION_RUN'")).isZero();

        PensionRunSummary resumed = runner.run(MARCH, "superviseur", PensionRunner.ChunkCheck.NONE, 10);

        assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(resumed.lastError()).isNull();
        assertThat(count("select count(*) from pension_payment where due_period = ?", MARCH.atDay(1))).isEqualTo(inPayment);
    }

    @Test
    void aSuspendedPensionIsSkippedWithItsReasonThenPaidAsArrearsByTheRunAfterItResumes() {
        long suspended = retireeId("DP0000002");
        dsl.execute("update retiree set suspended_since = date '2031-02-15', suspension_reason = 'PROOF_OF_LIFE' where id = ?",
                suspended);
        fixture.onTheFirst(MARCH);
        runner.run(MARCH, "system", PensionRunner.ChunkCheck.NONE);

        assertThat(dsl.fetchOne("select status, reason, paid_on from pension_payment where retiree_id = ? and due_period = ?",
                suspended, MARCH.atDay(1)).intoList()).containsExactly("SUSPENDED", "PROOF_OF_LIFE", null);
        assertThat(pensionRunsRun(MARCH).suspended()).isGreaterThanOrEqualTo(1);

        // the proof of life is accepted: the retiree's space clears the suspension, the next run pays March too
        dsl.execute("update retiree set suspended_since = null, suspension_reason = null where id = ?", suspended);
        fixture.onTheFirst(APRIL);
        PensionRunSummary april = runner.run(APRIL, "system", PensionRunner.ChunkCheck.NONE);

        assertThat(dsl.fetchOne("select status, reason, paid_in_run::text from pension_payment where retiree_id = ? and due_period = ?",
                suspended, MARCH.atDay(1)).intoList()).containsExactly("PAID", null, "2031-04-01");
        assertThat(april.arrears()).isGreaterThanOrEqualTo(1);
        String file = content("select m.content from bank_message m join pension_run_file f on f.message_id = m.message_id "
                + "where f.due_period = ? and f.bank_code = (select substr(rib, 1, 3) from retiree where id = ?)",
                APRIL.atDay(1), suspended);
        assertThat(file).contains("<EndToEndId>DP0000002-2031-03</EndToEndId>", "<EndToEndId>DP0000002-2031-04</EndToEndId>");
    }

    @Test
    void everyBankFileOfTheRunIsValidAgainstTheSchemaAndCarriesItsBanksPensions() {
        fixture.onTheFirst(MARCH);
        runner.run(MARCH, "system", PensionRunner.ChunkCheck.NONE);

        var files = dsl.fetch("select m.content, f.transfers, f.bank_code from bank_message m "
                + "join pension_run_file f on f.message_id = m.message_id where f.due_period = ?", MARCH.atDay(1));
        assertThat(files).isNotEmpty();
        for (var file : files) {
            byte[] xml = file.get(0, byte[].class);
            CreditTransferFile.validate(new ByteArrayInputStream(xml));
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text.split("<CdtTrfTxInf>", -1)).hasSize(file.get(1, Integer.class) + 1);
            assertThat(text).contains("<ReqdExctnDt>2031-03-01</ReqdExctnDt>");
        }
        // RAHATI cards are paid to the issuer's account, in the issuer's bank's file
        String issuer = content("select m.content from bank_message m join pension_run_file f on f.message_id = m.message_id "
                + "where f.due_period = ? and f.bank_code = '230'", MARCH.atDay(1));
        assertThat(issuer).contains("CIMR RAHATI DP");
    }

    @Test
    void aTransferTheBankReturnsMakesItsMonthReturnedWithTheBanksReason() {
        fixture.onTheFirst(MARCH);
        runner.run(MARCH, "system", PensionRunner.ChunkCheck.NONE);
        long retiree = retireeId("DP0000001");
        String messageId = (String) dsl.fetchValue("select f.message_id from pension_run_file f where f.due_period = ? "
                + "and f.bank_code = (select substr(rib, 1, 3) from retiree where id = ?)", MARCH.atDay(1), retiree);

        bank.answer(messageId, "DP0000001-2031-03", Outcome.RETURNED, "Compte clôturé");
        answers.deliverPending();

        assertThat(dsl.fetchOne("select status, reason from pension_payment where retiree_id = ? and due_period = ?",
                retiree, MARCH.atDay(1)).intoList()).containsExactly("RETURNED", "Compte clôturé");
        // a confirmation of another changes nothing
        bank.answer(messageId, "DP0000009-2031-03", Outcome.CONFIRMED, null);
        answers.deliverPending();
        assertThat(dsl.fetchValue("select status from pension_payment p join retiree r on r.id = p.retiree_id "
                + "where r.pension_file_number = 'DP0000009' and p.due_period = ?", MARCH.atDay(1))).isEqualTo("PAID");
    }

    @Test
    void theJulyRunRevaluesEveryPensionInPaymentOnceByTheAdministratorsRate() {
        dsl.execute("insert into pension_revaluation (applies_from, rate) values (2031, 2.00)");
        long retiree = retireeId("DP0000003");
        BigDecimal before = (BigDecimal) dsl.fetchValue("select monthly_amount from retiree where id = ?", retiree);
        YearMonth july = YearMonth.of(2031, 7);
        fixture.onTheFirst(july);
        long newOne = fixture.newRetiree("DP9900001", "BANK_TRANSFER", "011780000000000000999929", "3000.00",
                july.atDay(1));

        PensionRunSummary run = runner.run(july, "system", PensionRunner.ChunkCheck.NONE);
        runner.run(july, "system", PensionRunner.ChunkCheck.NONE);
        fixture.onTheFirst(july.plusMonths(1));
        runner.run(july.plusMonths(1), "system", PensionRunner.ChunkCheck.NONE);

        BigDecimal revalued = before.multiply(new BigDecimal("1.02")).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(run.revaluationRate()).isEqualByComparingTo("2.00");
        assertThat((BigDecimal) dsl.fetchValue("select gross_amount from pension_payment where retiree_id = ? and due_period = ?",
                retiree, july.atDay(1))).isEqualByComparingTo(revalued);
        assertThat((BigDecimal) dsl.fetchValue("select gross_amount from pension_payment where retiree_id = ? and due_period = ?",
                retiree, july.plusMonths(1).atDay(1))).isEqualByComparingTo(revalued);
        assertThat(count("select count(*) from pension_revaluation_applied where retiree_id = ?", retiree)).isEqualTo(1);
        // a pension liquidated on 1 July already has the year's values
        assertThat((BigDecimal) dsl.fetchValue("select gross_amount from pension_payment where retiree_id = ? and due_period = ?",
                newOne, july.atDay(1))).isEqualByComparingTo("3000.00");
        // the tax of the illustrative scale is withheld: net = gross - tax
        assertThat((BigDecimal) dsl.fetchValue("select net_amount from pension_payment where retiree_id = ? and due_period = ?",
                newOne, july.atDay(1))).isEqualByComparingTo("3000.00");
        assertThat((BigDecimal) dsl.fetchValue("select pension_tax(6000, 2031)")).isEqualByComparingTo("366.67");
    }

    @Test
    void noMonthIsRunBeforeItsFirstDay() {
        fixture.at(LocalDate.of(2031, 2, 28), java.time.LocalTime.NOON);
        assertThatThrownBy(() -> runner.run(MARCH, "system", PensionRunner.ChunkCheck.NONE))
                .hasFieldOrPropertyWithValue("key", "pensionrun.error.notYet");
    }

    private PensionRunSummary pensionRunsRun(YearMonth month) {
        return runs.run(month.atDay(1)).orElseThrow();
    }

    /** Pensions the month must pay or record: started, and on a bank account or an activated card. */
    private int inPayment(YearMonth month) {
        return count("select count(*) from retiree where pension_start <= ? "
                + "and (payment_mode = 'BANK_TRANSFER' or rahati_card_activated_on is not null)", month.atDay(1));
    }

    private long retireeId(String number) {
        return ((Number) dsl.fetchValue("select id from retiree where pension_file_number = ?", number)).longValue();
    }

    private int count(String sql, Object... bindings) {
        return ((Number) dsl.fetchValue(sql, bindings)).intValue();
    }

    private String content(String sql, Object... bindings) {
        return new String((byte[]) dsl.fetchValue(sql, bindings), StandardCharsets.UTF_8);
    }
}
