package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.SeededParameters;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

import static ma.cimr.teleservices.DemoLogins.ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SECOND_ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.SUPERVISOR;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The parameter tables as V5 seeds them and V14 carries them back, read by anyone, changed by the administrator alone and
 * audited. Every test rolls back.
 */
@PortalTest
@Transactional
class PensionParameterServiceTest {

    @Autowired
    PensionParameterService service;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    Approvals approvals;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    /** The rules' unit tests run on SeededParameters: it must be what the database holds. */
    @Test
    void theTablesHoldExactlyTheValuesTheRulesAreTestedWith() {
        assertThat(service.parameters()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(SeededParameters.parameters());
    }

    @Test
    void thePublishedValuesAreSeededAndNotIllustrative() {
        PensionParameters parameters = service.parameters();
        assertThat(parameters.purchaseValue(1995).value()).isEqualByComparingTo("10.40");
        assertThat(parameters.purchaseValue(2007).value()).isEqualByComparingTo("17.22");
        assertThat(parameters.purchaseValue(2008).value()).isEqualByComparingTo("17.91");
        assertThat(IntStream.of(1995, 2007, 2008).mapToObj(parameters::purchaseValue))
                .allSatisfy(v -> assertThat(v.illustrative()).as("purchase value %s", v.appliesFrom()).isFalse());
        assertThat(IntStream.rangeClosed(2002, 2010).mapToObj(parameters::liquidationValue)).allSatisfy(v -> {
            assertThat(v.value()).isEqualByComparingTo("11.64");
            assertThat(v.illustrative()).as("liquidation value %s", v.appliesFrom()).isFalse();
        });
        assertThat(IntStream.of(2019, 2020, 2021, 2024).mapToObj(year -> parameters.revaluation(year).orElseThrow()))
                .extracting(v -> v.value().toPlainString(), PensionParameters.YearValue::illustrative)
                .containsExactly(tuple("1.50", false), tuple("0.00", false), tuple("0.70", false), tuple("1.50", false));
        assertThat(parameters.ageCoefficient(55, 2026).coefficient()).isEqualByComparingTo("0.72");
        assertThat(IntStream.of(55, 60, 70).mapToObj(age -> parameters.ageCoefficient(age, 2026)))
                .allSatisfy(c -> assertThat(c.illustrative()).isFalse());
        assertThat(parameters.scalar(ScalarParameter.MOUSABBAK_SURCHARGE, 2026)).isEqualByComparingTo("38.89");
        // the survivors' shares (DD043) are not published: illustrative until the fund sets its own
        Set<ScalarParameter> survivorShares = EnumSet.of(ScalarParameter.SURVIVOR_SPOUSE_SHARE,
                ScalarParameter.SURVIVOR_ORPHAN_SHARE);
        assertThat(parameters.scalars()).filteredOn(s -> s.appliesFrom() == 1995 && !survivorShares.contains(s.parameter()))
                .hasSize(3).allSatisfy(s -> assertThat(s.illustrative()).isFalse());
        assertThat(parameters.scalars()).filteredOn(s -> survivorShares.contains(s.parameter()))
                .hasSize(2).allSatisfy(s -> assertThat(s.illustrative()).isTrue());
    }

    @Test
    void theEarliestValuesAreCarriedBackTo1980AsIllustrativeAndNoFurther() {
        PensionParameters parameters = service.parameters();
        assertThat(IntStream.rangeClosed(1980, 1994).mapToObj(parameters::purchaseValue)).allSatisfy(v -> {
            assertThat(v.value()).isEqualByComparingTo("10.40");
            assertThat(v.illustrative()).as("purchase value %s", v.appliesFrom()).isTrue();
        });
        assertThat(parameters.purchaseValue(1994).appliesFrom()).isEqualTo(1994);
        assertThat(parameters.scalars()).filteredOn(s -> s.appliesFrom() == 1980)
                .extracting(PensionParameters.Scalar::parameter, PensionParameters.Scalar::illustrative)
                .containsExactlyInAnyOrder(tuple(ScalarParameter.EMPLOYER_SURCHARGE, true),
                        tuple(ScalarParameter.POINT_PRICE_FACTOR, true));
        assertThat(parameters.pointPrice(1980)).isEqualByComparingTo("62.40");
        assertThat(parameters.pricesYear(1980)).isTrue();
        assertThat(parameters.pricesYear(1979)).isFalse();
    }

    @Test
    void whatTheFundHasNotPublishedIsMarkedIllustrative() {
        PensionParameters parameters = service.parameters();
        assertThat(parameters.purchaseValue(2001).illustrative()).isTrue();
        assertThat(parameters.purchaseValue(2026).illustrative()).isTrue();
        assertThat(parameters.liquidationValue(2011).illustrative()).isTrue();
        assertThat(parameters.revaluation(2025).orElseThrow().illustrative()).isTrue();
        assertThat(parameters.ageCoefficient(57, 2026).illustrative()).isTrue();
    }

    @Test
    void anAgentReadsButCannotChangeAnything() {
        SignedIn.as(accounts, AGENT);
        assertThat(service.parameters().purchaseValue(2026).value()).isEqualByComparingTo("17.91");
        assertThatThrownBy(() -> service.savePurchaseValue(2026, new BigDecimal("18.50")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveAgeCoefficient(1995, 57, new BigDecimal("0.85")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveScalar(ScalarParameter.POINT_PRICE_FACTOR, 1995, BigDecimal.ONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.parameters().purchaseValue(2026).value()).isEqualByComparingTo("17.91");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PENSION_PARAMETER_SAVED"))).isZero();
    }

    @Test
    void theAdministratorsEditReplacesTheIllustrativeValueAndIsAudited() {
        SignedIn.as(accounts, ADMINISTRATOR);
        service.savePurchaseValue(2026, new BigDecimal("18.50"));
        assertThat(service.parameters().purchaseValue(2026).value()).as("proposed, not yet in force")
                .isEqualByComparingTo("17.91");
        approveEveryProposalAs(SECOND_ADMINISTRATOR);

        var saved = service.parameters().purchaseValue(2026);
        assertThat(saved.value()).isEqualByComparingTo("18.50");
        assertThat(saved.illustrative()).isFalse();
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("PENSION_PARAMETER_SAVED")).fetchSingle();
        assertThat(event.getActor()).isEqualTo(SECOND_ADMINISTRATOR);
        assertThat(event.getTarget()).isEqualTo("point_purchase_value 2026");
        assertThat(event.getDetails()).isEqualTo("17.91 (illustrative) -> 18.50");
    }

    @Test
    void theAdministratorAddsAYearAndEveryTable() {
        SignedIn.as(accounts, ADMINISTRATOR);
        service.saveLiquidationValue(2027, new BigDecimal("12"));
        service.saveRevaluation(2027, new BigDecimal("1.2"));
        service.saveAgeCoefficient(1995, 57, new BigDecimal("0.85"));
        service.saveContributionRate(Product.AL_KAMIL, 1995, 2, new BigDecimal("3.75"), new BigDecimal("4.875"));
        service.saveScalar(ScalarParameter.MOUSABBAK_SURCHARGE, 2027, new BigDecimal("40"));
        approveEveryProposalAs(SECOND_ADMINISTRATOR);

        PensionParameters parameters = service.parameters();
        assertThat(parameters.liquidationValue(2030).value()).isEqualByComparingTo("12.00");
        assertThat(parameters.revaluation(2027).orElseThrow().value()).isEqualByComparingTo("1.20");
        assertThat(parameters.ageCoefficient(57, 2026).coefficient()).isEqualByComparingTo("0.85");
        assertThat(parameters.ageCoefficient(57, 2026).illustrative()).isFalse();
        // 4.875 is stored as the column holds it, 4.88
        assertThat(parameters.contributionRates(Product.AL_KAMIL, 2026).get(1).employerRate()).isEqualByComparingTo("4.88");
        assertThat(parameters.scalar(ScalarParameter.MOUSABBAK_SURCHARGE, 2026)).isEqualByComparingTo("38.89");
        assertThat(parameters.scalar(ScalarParameter.MOUSABBAK_SURCHARGE, 2027)).isEqualByComparingTo("40");

        assertThat(dsl.select(AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAILS).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("PENSION_PARAMETER_SAVED")).orderBy(AUDIT_EVENT.ID)
                .fetch(r -> r.value1() + ": " + r.value2())).containsExactly(
                "point_liquidation_value 2027: new -> 12.00",
                "pension_revaluation 2027: new -> 1.20",
                "retirement_age_coefficient 1995 age 57: 0.832 (illustrative) -> 0.850",
                "contribution_rate_step AL_KAMIL 1995 step 2: 3.75 / 4.88 -> 3.75 / 4.88",
                "pension_scalar_parameter MOUSABBAK_SURCHARGE 2027: new -> 40.0000");
    }

    @Test
    void impossibleValuesAreRefusedWithTheKeyOfTheirMessage() {
        SignedIn.as(accounts, ADMINISTRATOR);
        int pendingBefore = approvals.countPending();
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> service.savePurchaseValue(2026, BigDecimal.ZERO))
                .withMessage("points.error.parameterValue");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> service.savePurchaseValue(1900, BigDecimal.TEN))
                .withMessage("points.error.parameterYear");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> service.saveAgeCoefficient(1995, 45, BigDecimal.ONE))
                .withMessage("points.error.parameterAge");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> service.saveRevaluation(2027, new BigDecimal("100")))
                .withMessage("points.error.percentage");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> service.saveContributionRate(Product.AL_KAMIL, 1995, 0,
                BigDecimal.ONE, BigDecimal.ONE)).withMessage("points.error.parameterStep");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PENSION_PARAMETER_SAVED"))).isZero();
        assertThat(approvals.countPending()).as("nothing proposed").isEqualTo(pendingBefore);
    }

    /** Four eyes (DD025): the proposer never puts their own value in force, nor does an agent. */
    @Test
    void aChangeTakesEffectOnlyWhenAnotherAdministratorApprovesIt() {
        SignedIn.as(accounts, ADMINISTRATOR);
        service.saveRevaluation(2027, new BigDecimal("1.5"));
        assertThatThrownBy(() -> service.saveRevaluation(2027, new BigDecimal("1.6")))
                .hasMessage("approval.error.alreadyPending");
        Approval proposal = approvals.pendingOn("pension_revaluation 2027").orElseThrow();
        assertThat(proposal.change()).containsEntry("value", "1.50").containsEntry("before", "new");
        int tries = 5;
        int succeeded = 0;
        for (int i = 0; i < tries; i++) {
            try {
                approvals.approve(proposal.id());
                succeeded++;
            } catch (Refusal refused) {
                assertThat(refused.key()).isEqualTo("approval.error.ownProposal");
            }
        }
        System.out.printf("pension parameter, the proposer approving their own change: %d succeeded of %d tried%n",
                succeeded, tries);
        assertThat(succeeded).isZero();
        SignedIn.as(accounts, SUPERVISOR);
        assertThatThrownBy(() -> approvals.approve(proposal.id())).hasMessage("approval.error.notDecider");
        assertThat(service.parameters().revaluation(2027)).isEmpty();

        SignedIn.as(accounts, SECOND_ADMINISTRATOR);
        approvals.approve(proposal.id());
        assertThat(service.parameters().revaluation(2027).orElseThrow().value()).isEqualByComparingTo("1.50");
        assertThatThrownBy(() -> approvals.approve(proposal.id())).hasMessage("approval.error.decided");
    }

    @Test
    void aRejectedChangeLeavesTheParameterAsItWas() {
        SignedIn.as(accounts, ADMINISTRATOR);
        service.savePurchaseValue(2026, new BigDecimal("19.99"));
        SignedIn.as(accounts, SECOND_ADMINISTRATOR);
        Approval proposal = approvals.pendingOn("point_purchase_value 2026").orElseThrow();
        assertThatThrownBy(() -> approvals.reject(proposal.id(), " ")).hasMessage("approval.error.reasonRequired");
        approvals.reject(proposal.id(), "La caisse n'a pas publié cette valeur.");

        var unchanged = service.parameters().purchaseValue(2026);
        assertThat(unchanged.value()).isEqualByComparingTo("17.91");
        assertThat(unchanged.illustrative()).isTrue();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PENSION_PARAMETER_SAVED"))).isZero();
        assertThat(approvals.pendingOn("point_purchase_value 2026")).isEmpty();
    }

    private void approveEveryProposalAs(String login) {
        SignedIn.as(accounts, login);
        approvals.pending(0, 1000).stream().filter(approval -> approval.action().equals("PENSION_PARAMETER"))
                .forEach(approval -> approvals.approve(approval.id()));
        assertThat(approvals.pending(0, 1000)).noneMatch(approval -> approval.action().equals("PENSION_PARAMETER"));
    }
}
