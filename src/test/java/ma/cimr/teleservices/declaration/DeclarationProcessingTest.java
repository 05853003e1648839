package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.affiliate.PointsStatement;
import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.RequestTypes;
import ma.cimr.teleservices.request.RequestType;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ma.cimr.teleservices.DemoLogins;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static ma.cimr.teleservices.declaration.FiledDeclarations.FES;
import static ma.cimr.teleservices.declaration.FiledDeclarations.FES_DECLARATION;
import static ma.cimr.teleservices.declaration.FiledDeclarations.Line;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_POSTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

/**
 * Staff process a filed declaration into the affiliates' contributions: the queue, the posting
 * (exactly the lines, once, whatever two agents do at once), newcomers and affiliations, the
 * affiliate's statement and the charter's figures afterwards.
 */
@PortalTest
class DeclarationProcessingTest {

    @Autowired
    DeclarationProcessing processing;
    @Autowired
    AccountService accounts;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ContributionRatesRepository rates;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    HolidayService holidays;
    @Autowired
    PointsService points;
    @Autowired
    CharterDashboard dashboard;
    @Autowired
    RequestTypes types;
    @Autowired
    PlatformTransactionManager transactionManager;

    private FiledDeclarations filed;

    @BeforeEach
    void setUp() {
        filed = new FiledDeclarations(dsl, accounts, requests, rates, clock);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theQueueListsFiledDeclarationsOldestFilingFirstWithTheChartersDueDate() {
        DuePeriod first = filed.freeMonth(FES, "CAD", DuePeriod.parse("2031-01"));
        var older = filed.file(FES_DECLARATION, "CAD", first, List.of(Line.of(fesEmployee(0), "8000.00")),
                clock.instant().minus(Duration.ofHours(3)));
        var newer = filed.file(FES_DECLARATION, "CAD", filed.freeMonth(FES, "CAD", first.next()),
                List.of(Line.of(fesEmployee(0), "8100.00")), clock.instant().minus(Duration.ofHours(1)));
        SignedIn.as(accounts, AGENT);

        List<DeclarationToProcess> queue = processing.queue(0, processing.queueSize());

        List<Long> ids = queue.stream().map(DeclarationToProcess::id).toList();
        assertThat(ids).contains(older.id(), newer.id());
        assertThat(ids.indexOf(older.id())).isLessThan(ids.indexOf(newer.id()));
        DeclarationToProcess row = queue.get(ids.indexOf(older.id()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        assertThat(row.dueDate()).isEqualTo(holidays.calendar().plusBusinessDays(today, 2));
        assertThat(row.requestReference()).isEqualTo(older.requestReference());
        assertThat(row.light()).isNotNull();
        assertThat(row.companyName()).isEqualTo("Fès Textiles Industries");
        assertThat(row.lineCount()).isEqualTo(1);
    }

    @Test
    void processingPostsExactlyTheLinesAndTheirSumsMatchTheDeclarationsTotals() {
        DuePeriod period = filed.freeMonth(FES, "EMP", DuePeriod.parse("2031-01"));
        var declaration = filed.file(FES_DECLARATION, "EMP", period,
                List.of(Line.of(fesEmployee(0), "9000.00"), Line.of(fesEmployee(1), "7333.33"), Line.of(fesEmployee(2), "12500.50")));
        var before = monthTotals(period.firstDay());
        SignedIn.as(accounts, AGENT);

        processing.process(declaration.id(), Map.of());

        DeclarationToProcess processed = processing.find(declaration.id());
        assertThat(processed.status()).isEqualTo(DeclarationStatus.PROCESSED);
        assertThat(processed.processedAt()).isNotNull();
        assertThat(dsl.fetchCount(DECLARATION_POSTING, DECLARATION_POSTING.DECLARATION_ID.eq(declaration.id()))).isEqualTo(3);
        var after = monthTotals(period.firstDay());
        assertThat(after.value1().subtract(before.value1())).isEqualByComparingTo(processed.totalSalary());
        assertThat(after.value2().subtract(before.value2())).isEqualByComparingTo(processed.totalEmployee());
        assertThat(after.value3().subtract(before.value3())).isEqualByComparingTo(processed.totalEmployer());
        assertThat(processing.queue(0, processing.queueSize())).extracting(DeclarationToProcess::id)
                .doesNotContain(declaration.id());
    }

    @Test
    void aQuarterIsPostedOnItsThreeMonthsInThirdsTheLastTakingTheRounding() {
        DuePeriod quarter = DuePeriod.quarter(2032, 1);
        while (filed.freeMonth(FES, "EMP", quarter) != quarter) {
            quarter = quarter.next();
        }
        var declaration = filed.file(FES_DECLARATION, "EMP", quarter, List.of(Line.of(fesEmployee(0), "10000.00")));
        SignedIn.as(accounts, AGENT);

        processing.process(declaration.id(), Map.of());

        var months = dsl.selectFrom(DECLARATION_POSTING).where(DECLARATION_POSTING.DECLARATION_ID.eq(declaration.id()))
                .orderBy(DECLARATION_POSTING.DUE_PERIOD).fetch();
        assertThat(months).extracting(r -> r.getDuePeriod()).containsExactly(quarter.firstDay(),
                quarter.firstDay().plusMonths(1), quarter.firstDay().plusMonths(2));
        assertThat(months).extracting(r -> r.getDeclaredSalary().toPlainString())
                .containsExactly("3333.33", "3333.33", "3333.34");
        assertThat(months.stream().map(r -> r.getEmployeeAmount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(processing.find(declaration.id()).totalEmployee());
    }

    @Test
    void aSecondProcessingIsRefusedAndPostsNothingMore() {
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2031-01")),
                List.of(Line.of(fesEmployee(0), "5000.00")));
        SignedIn.as(accounts, AGENT);
        processing.process(declaration.id(), Map.of());

        assertThatThrownBy(() -> processing.process(declaration.id(), Map.of()))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.key()).isEqualTo("declaration.processing.error.alreadyProcessed"));
        assertThat(dsl.fetchCount(DECLARATION_POSTING, DECLARATION_POSTING.DECLARATION_ID.eq(declaration.id()))).isEqualTo(1);
    }

    @Test
    void twoAgentsProcessingAtOnceMakeOnePosting() throws Exception {
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2031-01")),
                List.of(Line.of(fesEmployee(0), "5000.00"), Line.of(fesEmployee(1), "6000.00")));

        List<String> outcomes = atOnce(declaration.id(), AGENT, SECOND_AGENT);

        assertThat(outcomes).containsExactlyInAnyOrder("processed", "declaration.processing.error.alreadyProcessed");
        assertThat(dsl.fetchCount(DECLARATION_POSTING, DECLARATION_POSTING.DECLARATION_ID.eq(declaration.id()))).isEqualTo(2);
    }

    @Test
    void aNewcomerWhoseCinTheFundKnowsIsLinkedToThatAffiliate() {
        String known = dsl.select(AFFILIATE.CIN).from(AFFILIATE).where(AFFILIATE.MATRICULE.eq(
                ma.cimr.teleservices.shared.value.Matricule.parse(fesEmployee(3)))).fetchSingle().value1().value();
        int affiliates = dsl.fetchCount(AFFILIATE);
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2031-01")),
                List.of(Line.newcomer(known, "INCONNU Nom Declare", "4000.00", null)));
        SignedIn.as(accounts, AGENT);
        assertThat(processing.newcomers(declaration.id())).singleElement()
                .satisfies(n -> assertThat(n.knownMatricule()).isEqualTo(fesEmployee(3)));

        var result = processing.process(declaration.id(), Map.of());

        assertThat(result.linkedByCin()).isEqualTo(1);
        assertThat(result.newMatricules()).isEmpty();
        assertThat(dsl.fetchCount(AFFILIATE)).isEqualTo(affiliates);
        assertThat(processing.lines(declaration.id(), 0, 10)).singleElement()
                .satisfies(line -> assertThat(line.matricule()).isEqualTo(fesEmployee(3)));
    }

    @Test
    void anUnknownNewcomerNeedsABirthDateThenGetsTheNextMatriculeAndAnAffiliationFromTheEntryDate() {
        String cin = "ZX" + (100000 + (System.nanoTime() % 800000));
        DuePeriod period = filed.freeMonth(FES, "EMP", DuePeriod.parse("2031-01"));
        LocalDate entry = period.firstDay().plusDays(9);
        var declaration = filed.file(FES_DECLARATION, "EMP", period,
                List.of(Line.newcomer(cin, "AMRANI Yasmine", "6500.00", entry)));
        SignedIn.as(accounts, AGENT);

        assertThatThrownBy(() -> processing.process(declaration.id(), Map.of()))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.key()).isEqualTo("declaration.processing.error.birthDateMissing"));
        assertThat(processing.find(declaration.id()).status()).isEqualTo(DeclarationStatus.FILED);

        var result = processing.process(declaration.id(), Map.of(cin, LocalDate.of(1995, 4, 12)));

        assertThat(result.newMatricules()).singleElement().satisfies(m -> assertThat(m).startsWith("3").hasSize(8));
        var affiliate = dsl.selectFrom(AFFILIATE).where(AFFILIATE.CIN.eq(ma.cimr.teleservices.shared.value.Cin.parse(cin)))
                .fetchSingle();
        assertThat(affiliate.getMatricule().value()).isEqualTo(result.newMatricules().getFirst());
        assertThat(affiliate.getLastName()).isEqualTo("AMRANI");
        assertThat(affiliate.getFirstName()).isEqualTo("Yasmine");
        assertThat(affiliate.getBirthDate()).isEqualTo(LocalDate.of(1995, 4, 12));
        var affiliation = dsl.selectFrom(AFFILIATION).where(AFFILIATION.AFFILIATE_ID.eq(affiliate.getId())).fetchSingle();
        assertThat(affiliation.getCompanyId()).isEqualTo(filed.companyId(FES));
        assertThat(affiliation.getStartDate()).isEqualTo(entry);
        assertThat(affiliation.getEndDate()).isNull();
        assertThat(dsl.fetchCount(CONTRIBUTION, CONTRIBUTION.AFFILIATE_ID.eq(affiliate.getId()))).isEqualTo(1);
    }

    @Test
    void anExitDateClosesTheAffiliationWithTheCompany() {
        String leaver = fesEmployee(4);
        DuePeriod period = filed.freeMonth(FES, "EMP", DuePeriod.parse("2031-01"));
        LocalDate exit = period.firstDay().plusDays(14);
        var declaration = filed.file(FES_DECLARATION, "EMP", period, List.of(Line.of(leaver, "5200.00").exitingOn(exit)));
        SignedIn.as(accounts, AGENT);

        var result = processing.process(declaration.id(), Map.of());

        assertThat(result.affiliationsClosed()).isEqualTo(1);
        assertThat(dsl.select(AFFILIATION.END_DATE).from(AFFILIATION).join(AFFILIATE).on(AFFILIATE.ID.eq(AFFILIATION.AFFILIATE_ID))
                .where(AFFILIATE.MATRICULE.eq(ma.cimr.teleservices.shared.value.Matricule.parse(leaver))
                        .and(AFFILIATION.COMPANY_ID.eq(filed.companyId(FES))))
                .orderBy(AFFILIATION.START_DATE.desc()).limit(1).fetchSingle().value1()).isEqualTo(exit);
    }

    @Test
    void afterProcessingTheDemoAffiliatesStatementShowsTheNewMonth() {
        // the demo affiliate works at Fès Textiles, EMP; the demo's contributions stop last month
        DuePeriod month = filed.freeMonth(FES, "EMP", DuePeriod.month(YearMonth.from(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE))));
        SignedIn.as(accounts, DemoLogins.AFFILIATE);
        PointsStatement before = points.myStatement();
        var declaration = filed.file(FES_DECLARATION, "EMP", month, List.of(Line.of(DemoLogins.AFFILIATE, "9000.00")));
        SignedIn.as(accounts, AGENT);
        processing.process(declaration.id(), Map.of());
        BigDecimal employee = processing.find(declaration.id()).totalEmployee();

        SignedIn.as(accounts, DemoLogins.AFFILIATE);
        PointsStatement after = points.myStatement();

        assertThat(monthsAt(after, month.year(), FES) - monthsAt(before, month.year(), FES)).isEqualTo(1);
        assertThat(after.totalEmployeeContributions().subtract(before.totalEmployeeContributions())).isEqualByComparingTo(employee);
        assertThat(after.totalPoints()).isGreaterThan(before.totalPoints());
    }

    @Test
    void theChartersFiguresCountTheDeclarationsRequestMeasuredFromTheFiling() {
        RequestType type = types.get("COMPANY_DECLARATION");
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        LocalDate from = today.minusMonths(12).plusDays(1);
        SignedIn.as(accounts, AGENT);
        CommitmentFigures before = figures(type, from, today);
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2031-01")),
                List.of(Line.of(fesEmployee(0), "5000.00")));
        SignedIn.as(accounts, AGENT);

        processing.process(declaration.id(), Map.of());

        CommitmentFigures after = figures(type, from, today);
        assertThat(after.requests()).isEqualTo(before.requests() + 1);
        assertThat(after.answered()).isEqualTo(before.answered() + 1);
        assertThat(after.answeredInTime()).isEqualTo(before.answeredInTime() + 1);
    }

    @Test
    void twentyThousandLinesAreProcessedBySetBasedStatementsInSeconds() {
        // in a transaction rolled back at the end: the shared test database keeps none of these rows
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            var declaration = filed.fileLarge(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2036-01")),
                    20_000);
            SignedIn.as(accounts, AGENT);
            long start = System.nanoTime();

            var result = processing.process(declaration.id(), Map.of());

            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("processing 20 000 lines: %d ms, %d contribution months posted%n", millis, result.monthsPosted());
            assertThat(result.monthsPosted()).isEqualTo(20_000);
            DeclarationToProcess processed = processing.find(declaration.id());
            assertThat(dsl.select(sum(DECLARATION_POSTING.EMPLOYER_AMOUNT)).from(DECLARATION_POSTING)
                    .where(DECLARATION_POSTING.DECLARATION_ID.eq(declaration.id())).fetchSingle().value1())
                    .isEqualByComparingTo(processed.totalEmployer());
            assertThat(millis).as("one statement per step, not one per line").isLessThan(60_000);
        });
    }

    /** The months of contributions the statement shows for a year at one employer (none: 0). */
    private static int monthsAt(PointsStatement statement, int year, String adherent) {
        return statement.lines().stream()
                .filter(line -> line.year() == year && line.contributions() != null
                        && line.contributions().adherentNumber().equals(adherent))
                .mapToInt(line -> line.contributions().months()).sum();
    }

    private CommitmentFigures figures(RequestType type, LocalDate from, LocalDate to) {
        return dashboard.figures(from, to).stream()
                .filter(f -> f.commitment().population() == type.population() && f.commitment().number() == type.commitmentNumber())
                .findFirst().orElseThrow();
    }

    /** Affiliates of the demo working at Fès Textiles in EMP today, away from the ones the other tests sign in as. */
    private String fesEmployee(int index) {
        return dsl.select(AFFILIATE.MATRICULE).from(AFFILIATE)
                .join(AFFILIATION).on(AFFILIATION.AFFILIATE_ID.eq(AFFILIATE.ID))
                .where(AFFILIATION.COMPANY_ID.eq(filed.companyId(FES)).and(AFFILIATION.END_DATE.isNull())
                        .and(AFFILIATE.ID.between(150L, 200L)))
                .orderBy(AFFILIATE.ID)
                .offset(index).limit(1).fetchSingle().value1().value();
    }

    private Record3<BigDecimal, BigDecimal, BigDecimal> monthTotals(LocalDate month) {
        return dsl.select(coalesce(sum(CONTRIBUTION.DECLARED_SALARY), BigDecimal.ZERO),
                        coalesce(sum(CONTRIBUTION.EMPLOYEE_AMOUNT), BigDecimal.ZERO),
                        coalesce(sum(CONTRIBUTION.EMPLOYER_AMOUNT), BigDecimal.ZERO))
                .from(CONTRIBUTION)
                .where(CONTRIBUTION.COMPANY_ID.eq(filed.companyId(FES)).and(CONTRIBUTION.DUE_PERIOD.eq(month)))
                .fetchSingle();
    }

    /** Both agents process while the test holds the declaration's row lock, then go at once (as TwoAgentsAtOnceTest). */
    private List<String> atOnce(long declarationId, String... logins) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(logins.length + 1);
        try {
            Future<?> holder = threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                dsl.selectFrom(DECLARATION).where(DECLARATION.ID.eq(declarationId)).forUpdate().fetchSingle();
                locked.countDown();
                await(release);
            }));
            await(locked);
            int waitingBefore = waitingOnLocks();
            List<Future<String>> actions = new ArrayList<>();
            for (String login : logins) {
                actions.add(threads.submit(() -> {
                    SignedIn.as(accounts, login);
                    try {
                        processing.process(declarationId, Map.of());
                        return "processed";
                    } catch (Refusal refusal) {
                        return refusal.key();
                    } finally {
                        SignedIn.out();
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waitingOnLocks() < waitingBefore + logins.length) {
                assertThat(System.nanoTime()).as("both agents are queued on the declaration's row").isLessThan(deadline);
                Thread.onSpinWait();
            }
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            List<String> outcomes = new ArrayList<>();
            for (Future<String> action : actions) {
                outcomes.add(action.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private int waitingOnLocks() {
        return dsl.fetchSingle("select count(*)::int from pg_stat_activity "
                + "where datname = current_database() and wait_event_type = 'Lock'").get(0, Integer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
