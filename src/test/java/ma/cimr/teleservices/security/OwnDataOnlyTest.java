package ma.cimr.teleservices.security;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.affiliate.AffiliateService;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.company.CompanyService;
import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.retiree.RetireeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static ma.cimr.teleservices.DemoLogins.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whose data a service returns comes from the login, never from an argument: each user gets their
 * own, and a service of another population refuses them.
 */
@PortalTest
class OwnDataOnlyTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CompanyService companies;
    @Autowired
    DelegateService delegates;
    @Autowired
    AffiliateService affiliates;
    @Autowired
    RetireeService retirees;
    @Autowired
    AuditTrail auditTrail;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void eachCompanyUserSeesTheirOwnCompany() {
        SignedIn.as(accounts, ATLAS_DECLARATION);
        assertThat(companies.myCompany().adherentNumber()).isEqualTo("100234");
        assertThat(companies.recentDeclarations(12)).hasSize(12);

        SignedIn.as(accounts, MAGHREB_COMPANY_ACCOUNT);
        assertThat(companies.myCompany().adherentNumber()).isEqualTo("100567");
    }

    @Test
    void aDelegateListsOnlyTheirCompanysLogins() {
        SignedIn.as(accounts, ATLAS_DELEGATE);
        assertThat(delegates.companyUsers()).extracting(CompanyUserAccount::login)
                .containsExactlyInAnyOrder("100234", "atlas.compte", "atlas.declaration", "atlas.ordonnateur",
                        "atlas.validateur", "atlas.validateur2", "atlas.liquidation");

        SignedIn.as(accounts, MAGHREB_DELEGATE);
        assertThat(delegates.companyUsers()).extracting(CompanyUserAccount::login)
                .allSatisfy(login -> assertThat(login).doesNotStartWith("atlas"));
    }

    @Test
    void affiliatesAndRetireesSeeOnlyThemselves() {
        SignedIn.as(accounts, AFFILIATE);
        assertThat(affiliates.myProfile().matricule()).isEqualTo(AFFILIATE);
        assertThat(affiliates.myProfile().periods()).isNotEmpty();

        SignedIn.as(accounts, OTHER_AFFILIATE);
        assertThat(affiliates.myProfile().matricule()).isEqualTo(OTHER_AFFILIATE);

        SignedIn.as(accounts, RETIREE);
        assertThat(retirees.myPension().pensionFileNumber()).isEqualTo(RETIREE);
        assertThat(retirees.myPaymentCount()).isGreaterThanOrEqualTo(24);
        assertThat(retirees.myPayments(0, 5)).hasSize(5);
    }

    @Test
    void aServiceOfAnotherPopulationRefusesTheUser() {
        SignedIn.as(accounts, AFFILIATE);
        assertThatThrownBy(() -> companies.myCompany()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retirees.myPension()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delegates.companyUsers()).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, ATLAS_COMPANY_ACCOUNT);
        assertThatThrownBy(() -> delegates.companyUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> affiliates.myContributions()).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, AGENT);
        assertThatThrownBy(() -> companies.myCompany()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.latest(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAnonymousCallerGetsNothing() {
        assertThatThrownBy(() -> retirees.myPension()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> companies.myCompany()).isInstanceOf(Exception.class);
    }
}
