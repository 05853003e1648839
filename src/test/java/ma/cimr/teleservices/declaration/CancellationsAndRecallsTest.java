package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Matricule;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.declaration.FiledDeclarations.FES;
import static ma.cimr.teleservices.declaration.FiledDeclarations.FES_DECLARATION;
import static ma.cimr.teleservices.declaration.FiledDeclarations.Line;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_CANCELLATION;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Téléannulation and télérappel as structured requests: the company asks from its declaration,
 * staff accept or refuse; an accepted cancellation takes back exactly what the declaration posted,
 * an accepted recall adds to the affiliates' months, a refusal changes nothing but the answer.
 */
@PortalTest
class CancellationsAndRecallsTest {

    @Autowired
    DeclarationProcessing processing;
    @Autowired
    DeclarationCancellations cancellations;
    @Autowired
    ContributionRecalls recalls;
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

    private FiledDeclarations filed;

    @BeforeEach
    void setUp() {
        filed = new FiledDeclarations(dsl, accounts, requests, rates, clock);
        filed.setUp(FES_DECLARATION);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void anAcceptedCancellationOfAProcessedDeclarationReversesItsPosting() {
        DuePeriod period = filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01"));
        var before = month(period, employee(0));
        var declaration = processed(period, List.of(Line.of(employee(0), "6100.00"), Line.of(employee(1), "4300.00")));
        assertThat(month(period, employee(0)).value1()).isNotEqualByComparingTo(before.value1());

        SignedIn.as(accounts, FES_DECLARATION);
        RequestReceipt receipt = cancellations.request(declaration.id(), CancellationObject.DECLARED_TWICE, null,
                PortalI18NProvider.FRENCH);
        assertThat(cancellations.requestsOf(declaration.id())).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("PENDING"));
        SignedIn.as(accounts, AGENT);
        cancellations.accept(receipt.reference());

        assertThat(month(period, employee(0))).isEqualTo(before);
        assertThat(dsl.fetchCount(CONTRIBUTION, CONTRIBUTION.DUE_PERIOD.eq(period.firstDay())
                .and(CONTRIBUTION.COMPANY_ID.eq(filed.companyId(FES))))).isZero();
        DeclarationToProcess cancelled = processing.find(declaration.id());
        assertThat(cancelled.status()).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThat(requestStatus(receipt.reference())).isEqualTo(RequestStatus.CLOSED);
        assertThat(dsl.select(DECLARATION_CANCELLATION.DECISION).from(DECLARATION_CANCELLATION)
                .where(DECLARATION_CANCELLATION.DECLARATION_ID.eq(declaration.id())).fetchSingle().value1())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aCancellationAcceptedBeforeProcessingAnswersTheDeclarationsRequestToo() {
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01")),
                List.of(Line.of(employee(0), "3000.00")));
        SignedIn.as(accounts, FES_DECLARATION);
        RequestReceipt receipt = cancellations.request(declaration.id(), CancellationObject.WRONG_PERIOD, null,
                PortalI18NProvider.FRENCH);
        SignedIn.as(accounts, AGENT);

        cancellations.accept(receipt.reference());

        assertThat(processing.find(declaration.id()).status()).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(requestStatus(declaration.requestReference())).isEqualTo(RequestStatus.CLOSED);
        assertThat(processing.queue(0, processing.queueSize())).extracting(DeclarationToProcess::id)
                .doesNotContain(declaration.id());
    }

    @Test
    void aRefusedCancellationLeavesTheDeclarationAndItsContributionsAsTheyWere() {
        DuePeriod period = filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01"));
        var declaration = processed(period, List.of(Line.of(employee(0), "5500.00")));
        var posted = month(period, employee(0));
        SignedIn.as(accounts, FES_DECLARATION);
        RequestReceipt receipt = cancellations.request(declaration.id(), CancellationObject.OTHER, "Erreur de saisie",
                PortalI18NProvider.FRENCH);
        SignedIn.as(accounts, AGENT);

        cancellations.refuse(receipt.reference(), "Les salaires déclarés sont confirmés par votre état de paie.");

        assertThat(processing.find(declaration.id()).status()).isEqualTo(DeclarationStatus.PROCESSED);
        assertThat(month(period, employee(0))).isEqualTo(posted);
        assertThat(requestStatus(receipt.reference())).isEqualTo(RequestStatus.CLOSED);
        assertThatThrownBy(() -> cancellations.accept(receipt.reference())).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.key()).isEqualTo("declaration.cancellation.error.decided"));
    }

    @Test
    void oneCancellationAtATimeAndAnOtherObjectIsExplained() {
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01")),
                List.of(Line.of(employee(0), "3000.00")));
        SignedIn.as(accounts, FES_DECLARATION);

        assertThatThrownBy(() -> cancellations.request(declaration.id(), CancellationObject.OTHER, " ", PortalI18NProvider.FRENCH))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.key()).isEqualTo("declaration.cancellation.error.detailsRequired"));
        cancellations.request(declaration.id(), CancellationObject.WRONG_CATEGORY, null, PortalI18NProvider.FRENCH);
        assertThatThrownBy(() -> cancellations.request(declaration.id(), CancellationObject.WRONG_PERIOD, null,
                PortalI18NProvider.FRENCH)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.key()).isEqualTo("declaration.cancellation.error.pending"));
    }

    @Test
    void anotherCompanysDeclarationIsNotFound() {
        filed.setUp("maghreb.declaration");
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01")),
                List.of(Line.of(employee(0), "3000.00")));
        SignedIn.as(accounts, "maghreb.declaration");

        assertThatThrownBy(() -> cancellations.cancellable(declaration.id())).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.key()).isEqualTo("declaration.processing.error.notFound"));
        assertThatThrownBy(() -> recalls.recallable(declaration.id())).isInstanceOf(Refusal.class);
    }

    @Test
    void anAcceptedRecallAddsItsPricedContributionsToTheAffiliatesMonth() {
        DuePeriod period = filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01"));
        var declaration = processed(period, List.of(Line.of(employee(2), "5000.00")));
        var posted = month(period, employee(2));
        SignedIn.as(accounts, FES_DECLARATION);
        ContributionRates priced = rates.ratesFor(filed.companyId(FES), cancellations.mine(declaration.id()).categoryId(),
                period.firstDay()).orElseThrow();
        RequestReceipt receipt = recalls.file(declaration.id(),
                List.of(new RecallLine(employee(2), new BigDecimal("1200.00"), 26)), "Prime de fin d'année oubliée",
                PortalI18NProvider.FRENCH);
        long recallId = cancellations.requestsOf(declaration.id()).getFirst().recallId();
        SignedIn.as(accounts, AGENT);
        assertThat(processing.find(recallId).status()).isEqualTo(DeclarationStatus.FILED);

        recalls.accept(receipt.reference());

        var after = month(period, employee(2));
        assertThat(after.value1().subtract(posted.value1())).isEqualByComparingTo("1200.00");
        assertThat(after.value2().subtract(posted.value2()))
                .isEqualByComparingTo(priced.employeeAmount(ma.cimr.teleservices.shared.value.Money.of("1200.00")).amount());
        DeclarationToProcess recall = processing.find(recallId);
        assertThat(recall.status()).isEqualTo(DeclarationStatus.PROCESSED);
        assertThat(recall.kind()).isEqualTo(DeclarationKind.RECALL);
        assertThat(recall.recallsDeclarationId()).isEqualTo(declaration.id());
        assertThat(requestStatus(receipt.reference())).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void aRefusedRecallIsCancelledWithTheReasonAndAddsNothing() {
        DuePeriod period = filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01"));
        var declaration = processed(period, List.of(Line.of(employee(2), "5000.00")));
        var posted = month(period, employee(2));
        SignedIn.as(accounts, FES_DECLARATION);
        RequestReceipt receipt = recalls.file(declaration.id(),
                List.of(new RecallLine(employee(2), new BigDecimal("800.00"), 10)), "Heures supplémentaires",
                PortalI18NProvider.FRENCH);
        SignedIn.as(accounts, AGENT);

        recalls.refuse(receipt.reference(), "Ces heures sont déjà dans la déclaration.");

        long recallId = dsl.select(DECLARATION.ID).from(DECLARATION).where(DECLARATION.RECALLS_DECLARATION_ID.eq(declaration.id()))
                .fetchSingle().value1();
        DeclarationToProcess recall = processing.find(recallId);
        assertThat(recall.status()).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(recall.cancellationReason()).isEqualTo("Ces heures sont déjà dans la déclaration.");
        assertThat(month(period, employee(2))).isEqualTo(posted);
        assertThat(requestStatus(receipt.reference())).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void aRecallNamesKnownAffiliatesOnceEach() {
        var declaration = filed.file(FES_DECLARATION, "EMP", filed.freeMonth(FES, "EMP", DuePeriod.parse("2033-01")),
                List.of(Line.of(employee(0), "3000.00")));
        SignedIn.as(accounts, FES_DECLARATION);
        var line = new RecallLine(employee(0), new BigDecimal("100.00"), 5);

        assertThatThrownBy(() -> recalls.file(declaration.id(), List.of(line, line), "Oubli", PortalI18NProvider.FRENCH))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.recall.error.duplicate"));
        assertThatThrownBy(() -> recalls.file(declaration.id(),
                List.of(new RecallLine("99999999", new BigDecimal("100.00"), 5)), "Oubli", PortalI18NProvider.FRENCH))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.key()).isEqualTo("declaration.recall.error.unknownMatricule"));
        assertThatThrownBy(() -> recalls.file(declaration.id(), List.of(line), " ", PortalI18NProvider.FRENCH))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.key()).isEqualTo("declaration.recall.error.motiveRequired"));
        assertThat(cancellations.requestsOf(declaration.id())).isEmpty();
    }

    private FiledDeclarations.Filed processed(DuePeriod period, List<Line> lines) {
        var declaration = filed.file(FES_DECLARATION, "EMP", period, lines);
        SignedIn.as(accounts, AGENT);
        processing.process(declaration.id(), Map.of());
        SignedIn.out();
        return declaration;
    }

    private Record3<BigDecimal, BigDecimal, BigDecimal> month(DuePeriod period, String matricule) {
        return dsl.select(CONTRIBUTION.DECLARED_SALARY, CONTRIBUTION.EMPLOYEE_AMOUNT, CONTRIBUTION.EMPLOYER_AMOUNT)
                .from(CONTRIBUTION).join(AFFILIATE).on(AFFILIATE.ID.eq(CONTRIBUTION.AFFILIATE_ID))
                .where(AFFILIATE.MATRICULE.eq(Matricule.parse(matricule)).and(CONTRIBUTION.DUE_PERIOD.eq(period.firstDay()))
                        .and(CONTRIBUTION.COMPANY_ID.eq(filed.companyId(FES))))
                .fetchOptional().orElse(dsl.newRecord(CONTRIBUTION.DECLARED_SALARY, CONTRIBUTION.EMPLOYEE_AMOUNT,
                        CONTRIBUTION.EMPLOYER_AMOUNT).values(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    private RequestStatus requestStatus(String reference) {
        return dsl.select(SERVICE_REQUEST.STATUS).from(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference))
                .fetchSingle().value1();
    }

    /** Demo affiliates working at Fès Textiles today, apart from those the processing tests use. */
    private String employee(int index) {
        return dsl.select(AFFILIATE.MATRICULE).from(AFFILIATE)
                .join(AFFILIATION).on(AFFILIATION.AFFILIATE_ID.eq(AFFILIATE.ID))
                .where(AFFILIATION.COMPANY_ID.eq(filed.companyId(FES)).and(AFFILIATION.END_DATE.isNull())
                        .and(AFFILIATE.ID.between(100L, 149L)))
                .orderBy(AFFILIATE.ID)
                .offset(index).limit(1).fetchSingle().value1().value();
    }
}
