package ma.cimr.teleservices.shell.ui;

import ma.cimr.teleservices.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ma.cimr.teleservices.DemoLogins.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each space's side navigation, built from the views' own menu declarations and access rules
 * (DD019): the entries of that space only, those the user's roles open, in the order and with the
 * words they always had.
 */
class SpaceMenusTest extends PortalBrowserlessTest {

    @Test
    void anAgentSeesTheQueuesAndDesksButNotTheSupervisorsPages() {
        assertMenu(AGENT, "backoffice",
                "backoffice/requests", "nav.backoffice.requests",
                "backoffice/declarations", "nav.backoffice.declarations",
                "backoffice/subscriptions", "nav.backoffice.subscriptions",
                "backoffice/memberships", "membership.backoffice.nav",
                "backoffice/contract-requests", "membership.contract.backoffice.nav",
                "backoffice/approvals", "nav.backoffice.approvals",
                "backoffice/delegate-letters", "nav.backoffice.delegateLetters",
                "backoffice/company-payments", "companyaccount.payments.nav",
                "backoffice/pension-claims", "liquidation.nav.backoffice",
                "backoffice/retiree-documents", "nav.backoffice.retireeDocuments",
                "backoffice/retiree-changes", "nav.backoffice.retireeChanges",
                "backoffice/pension-runs", "pensionrun.nav",
                "backoffice/dashboard", "nav.backoffice.dashboard",
                "backoffice", "nav.backoffice.charter",
                "backoffice/holidays", "nav.backoffice.holidays",
                "backoffice/pension-parameters", "nav.backoffice.pensionParameters",
                "backoffice/security", "nav.security",
                "backoffice/buy-back-payments", "buyback.payments.nav",
                "backoffice/help", "help.nav",
                "backoffice/suggestions", "suggestion.backoffice.nav",
                "backoffice/pension-revisions", "nav.backoffice.pensionRevisions");
    }

    @Test
    void aSupervisorSeesEveryBackOfficeEntry() {
        assertMenu(SUPERVISOR, "backoffice",
                "backoffice/requests", "nav.backoffice.requests",
                "backoffice/declarations", "nav.backoffice.declarations",
                "backoffice/subscriptions", "nav.backoffice.subscriptions",
                "backoffice/memberships", "membership.backoffice.nav",
                "backoffice/contract-requests", "membership.contract.backoffice.nav",
                "backoffice/approvals", "nav.backoffice.approvals",
                "backoffice/delegate-letters", "nav.backoffice.delegateLetters",
                "backoffice/company-payments", "companyaccount.payments.nav",
                "backoffice/pension-claims", "liquidation.nav.backoffice",
                "backoffice/retiree-documents", "nav.backoffice.retireeDocuments",
                "backoffice/retiree-changes", "nav.backoffice.retireeChanges",
                "backoffice/pension-runs", "pensionrun.nav",
                "backoffice/dashboard", "nav.backoffice.dashboard",
                "backoffice", "nav.backoffice.charter",
                "backoffice/holidays", "nav.backoffice.holidays",
                "backoffice/pension-parameters", "nav.backoffice.pensionParameters",
                "backoffice/locked-accounts", "nav.backoffice.lockedAccounts",
                "backoffice/audit", "nav.backoffice.audit",
                "backoffice/outbox", "nav.backoffice.failedMessages",
                "backoffice/bank", "nav.backoffice.bank",
                "backoffice/security", "nav.security",
                "backoffice/buy-back-payments", "buyback.payments.nav",
                "backoffice/help", "help.nav",
                "backoffice/suggestions", "suggestion.backoffice.nav",
                "backoffice/pension-revisions", "nav.backoffice.pensionRevisions");
    }

    @Test
    void anAdministratorSeesTheReferenceDataAndTheTrailButNoQueue() {
        assertMenu(ADMINISTRATOR, "backoffice",
                "backoffice/approvals", "nav.backoffice.approvals",
                "backoffice/pension-runs", "pensionrun.nav",
                "backoffice/dashboard", "nav.backoffice.dashboard",
                "backoffice", "nav.backoffice.charter",
                "backoffice/holidays", "nav.backoffice.holidays",
                "backoffice/pension-parameters", "nav.backoffice.pensionParameters",
                "backoffice/late-payment-rates", "companyaccount.rates.nav",
                "backoffice/locked-accounts", "nav.backoffice.lockedAccounts",
                "backoffice/audit", "nav.backoffice.audit",
                "backoffice/outbox", "nav.backoffice.failedMessages",
                "backoffice/bank", "nav.backoffice.bank",
                "backoffice/security", "nav.security",
                "backoffice/help", "help.nav",
                "backoffice/suggestions", "suggestion.backoffice.nav",
                "backoffice/surveys", "survey.backoffice.nav");
    }

    @Test
    void anAffiliateSeesTheirCareerAndTheirRequestsInTheirOwnSpace() {
        assertMenu(AFFILIATE, "affiliate",
                "affiliate", "nav.affiliate.career",
                "affiliate/statement", "nav.affiliate.statement",
                "affiliate/simulator", "nav.affiliate.simulator",
                "affiliate/contributions", "nav.affiliate.contributions",
                "affiliate/requests", "nav.requests",
                "affiliate/security", "nav.security",
                "affiliate/buy-backs", "buyback.nav",
                "affiliate/my-data", "nav.mydata",
                "affiliate/help", "help.nav",
                "affiliate/feedback", "suggestion.nav");
    }

    @Test
    void theRequestsEntryOfEveryOtherRequesterLeadsToTheirOwnSpace() {
        assertMenu(RETIREE, "retiree",
                "retiree", "nav.retiree.payments",
                "retiree/payments", "nav.retiree.history",
                "retiree/documents", "nav.retiree.documents",
                "retiree/certificates", "nav.retiree.certificates",
                "retiree/revisions", "nav.retiree.revisions",
                "retiree/changes", "nav.retiree.changes",
                "retiree/requests", "nav.requests",
                "retiree/security", "nav.security",
                "retiree/my-data", "nav.mydata",
                "retiree/help", "help.nav",
                "retiree/feedback", "suggestion.nav",
                "retiree/liquidation", "nav.retiree.liquidation");
        assertMenu(ATLAS_COMPANY_ACCOUNT, "company",
                "company", "nav.company.home",
                "company/account", "companyaccount.nav.account",
                "company/contract", "membership.contract.nav",
                "company/requests", "nav.requests",
                "company/security", "nav.security",
                "company/my-data", "nav.mydata",
                "company/help", "help.nav",
                "company/feedback", "suggestion.nav");
        assertMenu(ATLAS_DELEGATE, "delegate",
                "delegate", "nav.delegate.users",
                "delegate/company", "nav.delegate.company",
                "delegate/history", "nav.delegate.history",
                "delegate/account", "companyaccount.nav.account",
                "delegate/firms", "nav.delegate.firms",
                "delegate/requests", "nav.requests",
                "delegate/security", "nav.security",
                "delegate/my-data", "nav.mydata",
                "delegate/help", "help.nav",
                "delegate/feedback", "suggestion.nav");
    }

    /** Pairs of path and label key, in menu order. */
    private void assertMenu(String login, String space, String... pathsAndKeys) {
        signInAs(login);
        assertThat(open(space)).isEqualTo(space);
        List<MenuItem> items = menu();
        assertThat(items).extracting(MenuItem::path)
                .containsExactly(every(pathsAndKeys, 0).toArray(String[]::new));
        assertThat(items).extracting(MenuItem::label)
                .containsExactly(every(pathsAndKeys, 1).stream().map(key -> com.vaadin.flow.component.UI.getCurrent().getTranslation(key))
                        .toArray(String[]::new));
    }

    private static List<String> every(String[] pairs, int start) {
        List<String> picked = new java.util.ArrayList<>();
        for (int i = start; i < pairs.length; i += 2) {
            picked.add(pairs[i]);
        }
        return picked;
    }
}
