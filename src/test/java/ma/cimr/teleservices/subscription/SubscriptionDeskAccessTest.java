package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.html.H1;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.account.ui.LoginView;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static ma.cimr.teleservices.DemoLogins.ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DELEGATE;
import static ma.cimr.teleservices.DemoLogins.SUPERVISOR;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the fund's agents and supervisors work subscriptions; the demo's submitted one is there for them. */
class SubscriptionDeskAccessTest extends PortalBrowserlessTest {

    @Autowired
    SubscriptionDesk desk;
    @Autowired
    CompanySubscriptions subscriptions;
    @Autowired
    DSLContext dsl;

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        open("backoffice/subscriptions");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThatThrownBy(() -> desk.list(null, 0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {AFFILIATE, ATLAS_DELEGATE, ADMINISTRATOR})
    void otherUsersAreRefused(String login) {
        signInAs(login);
        open("backoffice/subscriptions");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        open("backoffice/subscriptions/" + demoReference());
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThatThrownBy(() -> desk.list(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.validate(demoReference())).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {AGENT, SUPERVISOR})
    void agentsAndSupervisorsFindTheSubmittedSubscriptions(String login) {
        signInAs(login);
        assertThat(open("backoffice/subscriptions")).isEqualTo("backoffice/subscriptions");
        assertThat($(H1.class).first().getText()).isEqualTo("Abonnements aux téléservices");
        assertThat(menu()).anyMatch(item -> "Abonnements".equals(item.label()));
        assertThat(desk.list(SubscriptionStatus.SUBMITTED, 0, 100)).extracting(Subscription::reference)
                .contains(demoReference());
        assertThat(desk.count(SubscriptionStatus.SUBMITTED)).isPositive();
        open("backoffice/subscriptions/" + demoReference());
        assertThat($(H1.class).first().getText()).isEqualTo("Abonnement " + demoReference());
        assertThatThrownBy(() -> desk.detail("AB1999-000000")).hasMessage("delegateSubscription.error.notFound");
    }

    @Test
    void theDemoSubscriptionOpensWithTheKeyTheReadmeGives() {
        assertThat(subscriptions.status(demoReference(), "demo-100758")).get()
                .satisfies(subscription -> {
                    assertThat(subscription.adherentNumber()).isEqualTo("100758");
                    assertThat(subscription.status()).isEqualTo(SubscriptionStatus.SUBMITTED);
                });
    }

    private String demoReference() {
        return dsl.select(COMPANY_SUBSCRIPTION.REFERENCE).from(COMPANY_SUBSCRIPTION)
                .join(COMPANY).on(COMPANY.ID.eq(COMPANY_SUBSCRIPTION.COMPANY_ID))
                .where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100758"))).fetchSingle(COMPANY_SUBSCRIPTION.REFERENCE);
    }
}
