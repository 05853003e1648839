package ma.cimr.teleservices.demo;

import ma.cimr.teleservices.subscription.SubscriptionStatus;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.min;

/** The demo data set a newcomer logs in with has the size and shape the README promises. */
@PortalTest
class DemoDataTest {

    @Autowired
    DSLContext dsl;

    @Test
    void threeCompaniesEachWithADelegateAndAUserForEveryTeleservice() {
        List<Long> subscribed = dsl.select(COMPANY.ID).from(COMPANY)
                .where(COMPANY.ADHERENT_NUMBER.in(new AdherentNumber("100234"), new AdherentNumber("100567"), new AdherentNumber("100891"))).fetch(COMPANY.ID);
        assertThat(subscribed).hasSize(3);
        for (Long companyId : subscribed) {
            assertThat(dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.COMPANY_ID.eq(companyId)
                    .and(USER_ACCOUNT.KIND.eq(AccountKind.DELEGATE)))).isEqualTo(1);
            List<Teleservice> teleservices = dsl.selectDistinct(USER_ACCOUNT.TELESERVICE).from(USER_ACCOUNT)
                    .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.TELESERVICE.isNotNull())
                    .fetch(USER_ACCOUNT.TELESERVICE);
            assertThat(teleservices).containsExactlyInAnyOrder(Teleservice.COMPANY_ACCOUNT, Teleservice.DECLARATION,
                    Teleservice.PAYMENT, Teleservice.LIQUIDATION);
            List<Role> paymentRoles = dsl.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
                    .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(ACCOUNT_ROLE.ACCOUNT_ID))
                    .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.TELESERVICE.eq(Teleservice.PAYMENT))
                    .fetch(ACCOUNT_ROLE.ROLE);
            assertThat(paymentRoles).contains(Role.PAYMENT_ORDERER, Role.PAYMENT_VALIDATOR);
            // one login orders, another validates: never both on one (DD024)
            assertThat(dsl.fetchCount(dsl.select(ACCOUNT_ROLE.ACCOUNT_ID).from(ACCOUNT_ROLE)
                    .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(ACCOUNT_ROLE.ACCOUNT_ID))
                    .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), ACCOUNT_ROLE.ROLE.in(Role.PAYMENT_ORDERER, Role.PAYMENT_VALIDATOR))
                    .groupBy(ACCOUNT_ROLE.ACCOUNT_ID).having(org.jooq.impl.DSL.count().gt(1)))).isZero();
        }
    }

    /** For the subscription to the téléservices: two companies free to subscribe, one whose form is awaited. */
    @Test
    void threeCompaniesWithoutADelegateOneOfThemSubscribing() {
        var withoutDelegate = dsl.select(COMPANY.ADHERENT_NUMBER).from(COMPANY)
                .where(COMPANY.ADHERENT_NUMBER.in(new AdherentNumber("100412"), new AdherentNumber("100645"), new AdherentNumber("100758")))
                .andNotExists(dsl.selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.COMPANY_ID.eq(COMPANY.ID)))
                .fetch(COMPANY.ADHERENT_NUMBER);
        assertThat(withoutDelegate).extracting(AdherentNumber::value).containsExactlyInAnyOrder("100412", "100645", "100758");
        assertThat(dsl.select(COMPANY_SUBSCRIPTION.STATUS).from(COMPANY_SUBSCRIPTION)
                .join(COMPANY).on(COMPANY.ID.eq(COMPANY_SUBSCRIPTION.COMPANY_ID))
                .where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100758"))).fetch(COMPANY_SUBSCRIPTION.STATUS))
                .containsExactly(SubscriptionStatus.SUBMITTED);
    }

    @Test
    void twoHundredAffiliatesWithTenYearsOfMonthlyContributionsAcrossEmployers() {
        var perAffiliate = dsl.select(CONTRIBUTION.AFFILIATE_ID, count(), countDistinct(CONTRIBUTION.COMPANY_ID),
                        min(CONTRIBUTION.DUE_PERIOD))
                .from(CONTRIBUTION)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.AFFILIATE_ID.eq(CONTRIBUTION.AFFILIATE_ID))
                .groupBy(CONTRIBUTION.AFFILIATE_ID)
                .fetch();
        assertThat(perAffiliate).hasSize(200);
        assertThat(perAffiliate).allSatisfy(row -> assertThat(row.value2()).isGreaterThanOrEqualTo(120));
        long withSeveralEmployers = perAffiliate.stream().filter(row -> row.value3() > 1).count();
        assertThat(withSeveralEmployers).isGreaterThanOrEqualTo(150);
    }

    @Test
    void fiftyRetireesWithTwoYearsOfPaymentsIncludingSurvivors() {
        var perRetiree = dsl.select(PENSION_PAYMENT.RETIREE_ID, count()).from(PENSION_PAYMENT)
                .groupBy(PENSION_PAYMENT.RETIREE_ID).fetch();
        assertThat(perRetiree).hasSize(50);
        assertThat(perRetiree).allSatisfy(row -> assertThat(row.value2()).isGreaterThanOrEqualTo(24));
        // DP0000001-DP0000050; the retiree space's file adds two survivors without a space (DP09…)
        assertThat(dsl.fetchCount(RETIREE, RETIREE.KIND.eq(RetireePension.Kind.SURVIVOR),
                RETIREE.PENSION_FILE_NUMBER.le(new ma.cimr.teleservices.shared.value.PensionFileNumber("DP0000050"))))
                .isEqualTo(10);
        assertThat(dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.KIND.eq(AccountKind.RETIREE))).isEqualTo(50);
    }

    @Test
    void staffAgentsASupervisorAndAnAdministrator() {
        var roles = dsl.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(ACCOUNT_ROLE.ACCOUNT_ID))
                .where(USER_ACCOUNT.KIND.eq(AccountKind.STAFF)).fetch(ACCOUNT_ROLE.ROLE);
        assertThat(roles).contains(Role.AGENT, Role.SUPERVISOR, Role.ADMINISTRATOR);
    }
}
