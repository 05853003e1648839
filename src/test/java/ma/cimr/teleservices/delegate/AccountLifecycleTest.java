package ma.cimr.teleservices.delegate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.account.ui.LoginView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A login's life in the delegate's hands: suspended and reactivated, deleted (closed for good,
 * never reused), every login of a person who leaves suspended at once, dormant logins flagged,
 * the access reset by a new link, the login e-mailed to its user.
 */
@Transactional
class AccountLifecycleTest extends PortalBrowserlessTest {

    private static final String LOGIN = "atlas.cycle.compte";
    private static final String SAME_PERSON = "atlas.cycle.liquidation";
    private static final String OTHER_PERSON = "atlas.cycle.autre";
    private static final String EMAIL = "h.lahlou@atlas-conserves.example";
    private static final String OTHER_EMAIL = "a.sqalli@atlas-conserves.example";

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DelegateService delegates;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;
    @Autowired
    TestMailbox mailbox;

    private Instant start;

    @BeforeEach
    void signIn() {
        start = clock.instant();
        fixture.delivery.deliverDue();
        mailbox.purge();
        signInAs(DemoLogins.ATLAS_DELEGATE);
    }

    @AfterEach
    void cleanUp() {
        clock.set(start);
    }

    @Test
    void aSuspendedLoginCannotSignInUntilItIsReactivated() {
        fixture.createActive(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        assertThat(fixture.signsIn(LOGIN, ConsoleFixture.PASSWORD)).isTrue();

        open("delegate/users/" + LOGIN);
        test($(Button.class).withClassName("suspend-user").first()).click();
        assertThat(fixture.status(LOGIN)).isEqualTo("SUSPENDED");
        assertThat(fixture.signsIn(LOGIN, ConsoleFixture.PASSWORD)).isFalse();

        test($(Button.class).withClassName("reactivate-user").first()).click();
        assertThat(fixture.status(LOGIN)).isEqualTo("ACTIVE");
        assertThat(fixture.signsIn(LOGIN, ConsoleFixture.PASSWORD)).isTrue();
        assertThat(audited("ACCOUNT_SUSPENDED", LOGIN)).isTrue();
        assertThat(audited("ACCOUNT_REACTIVATED", LOGIN)).isTrue();
    }

    @Test
    void aLoginSuspendedWhileSignedInLosesItsSessionAtTheNextPage() {
        fixture.createActive(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        signInAs(LOGIN);
        assertThat(open("company")).isEqualTo("company");

        signInAs(DemoLogins.ATLAS_DELEGATE);
        delegates.suspend(LOGIN, null);
        signInAs(LOGIN);
        open("company");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out").isNull();
    }

    @Test
    void aSuspendedLoginThatWasNeverActivatedCannotBeActivatedByItsOldLink() {
        fixture.create(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        String link = fixture.lastToken(EMAIL, "activate");
        delegates.suspend(LOGIN, null);
        assertThat(fixture.accounts.activationLinkIsValid(link)).isFalse();
        delegates.reactivate(LOGIN, null);
        assertThat(fixture.status(LOGIN)).as("back to waiting for its user").isEqualTo("PENDING");
        assertThat(fixture.accounts.activationLinkIsValid(link)).as("the delegate resets the access for a new link").isFalse();
    }

    @Test
    void aDeletedLoginIsClosedForGoodAndNeverServesAnybodyElse() {
        fixture.createActive(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        open("delegate/users/" + LOGIN);
        test($(Button.class).withClassName("close-user").first()).click();
        test($(ConfirmDialog.class).withClassName("confirm-close").first()).confirm();

        assertThat(fixture.status(LOGIN)).isEqualTo("CLOSED");
        assertThat(fixture.signsIn(LOGIN, ConsoleFixture.PASSWORD)).isFalse();
        assertThat($(Button.class).withClassName("reactivate-user").all()).as("nothing left to do").isEmpty();
        assertThatThrownBy(() -> delegates.reactivate(LOGIN, null)).hasMessage("delegate.error.closed");
        assertThatThrownBy(() -> delegates.resetAccess(LOGIN, DemoLogins.PASSWORD, Locale.FRENCH))
                .hasMessage("delegate.error.notUsable");
        assertThatThrownBy(() -> fixture.create(LOGIN.toUpperCase(Locale.ROOT), OTHER_EMAIL, Teleservice.LIQUIDATION))
                .hasMessage("delegate.error.loginTaken");
        assertThat(audited("ACCOUNT_CLOSED", LOGIN)).isTrue();

        open("delegate");
        assertThat(gridLogins()).as("closed logins hidden by default").doesNotContain(LOGIN);
        test($(Checkbox.class).withClassName("show-closed").first()).click();
        assertThat(gridLogins()).contains(LOGIN);
    }

    @Test
    void theLastActiveAdministratorCanNeitherSuspendNorDeleteThemselves() {
        assertThatThrownBy(() -> delegates.suspend(DemoLogins.ATLAS_DELEGATE, null)).hasMessage("delegate.error.lastAdministrator");
        assertThatThrownBy(() -> delegates.close(DemoLogins.ATLAS_DELEGATE, null)).hasMessage("delegate.error.lastAdministrator");
        assertThatThrownBy(() -> delegates.departure(DemoLogins.ATLAS_DELEGATE, null)).hasMessage("delegate.error.lastAdministrator");
        assertThat(fixture.status(DemoLogins.ATLAS_DELEGATE)).isEqualTo("ACTIVE");
    }

    @Test
    void aDepartureSuspendsEveryLoginOfThePersonAfterShowingThem() {
        fixture.createActive(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        fixture.createActive(SAME_PERSON, EMAIL, Teleservice.LIQUIDATION);
        fixture.createActive(OTHER_PERSON, OTHER_EMAIL, Teleservice.DECLARATION);

        open("delegate/users/" + LOGIN);
        test($(Button.class).withClassName("departure").first()).click();
        var shown = $(UnorderedList.class).withClassName("departure-logins").first();
        assertThat(shown.getChildren().map(item -> ((ListItem) item).getText()))
                .containsExactly(LOGIN + " — Compte adhérent — Actif", SAME_PERSON + " — E-liquidation — Actif");
        assertThat(fixture.status(LOGIN)).as("nothing before confirming").isEqualTo("ACTIVE");

        test($(Button.class).withClassName("confirm-departure").first()).click();
        assertThat(fixture.status(LOGIN)).isEqualTo("SUSPENDED");
        assertThat(fixture.status(SAME_PERSON)).isEqualTo("SUSPENDED");
        assertThat(fixture.status(OTHER_PERSON)).isEqualTo("ACTIVE");
        assertThat(fixture.signsIn(SAME_PERSON, ConsoleFixture.PASSWORD)).isFalse();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PERSON_DEPARTED"), AUDIT_EVENT.TARGET.eq(LOGIN),
                AUDIT_EVENT.DETAILS.eq(LOGIN + ", " + SAME_PERSON))).isTrue();
    }

    @Test
    void aLoginUnusedForNinetyDaysIsFlaggedDormantAndFiltered() {
        fixture.create(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        fixture.createActive(OTHER_PERSON, OTHER_EMAIL, Teleservice.DECLARATION);
        fixture.create(SAME_PERSON, EMAIL, Teleservice.LIQUIDATION);
        delegates.suspend(SAME_PERSON, null);
        assertThat(delegates.user(LOGIN).dormant()).isFalse();

        clock.advance(DelegateService.DORMANT_AFTER.plusDays(1));
        // the other person signed in yesterday (by the moved clock)
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.LAST_LOGIN_AT, clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
                .where(USER_ACCOUNT.LOGIN.eq(OTHER_PERSON)).execute();
        assertThat(delegates.user(LOGIN).dormant()).as("never used 91 days after its creation").isTrue();
        assertThat(delegates.user(OTHER_PERSON).dormant()).isFalse();

        open("delegate");
        assertThat(gridLogins()).contains(LOGIN, OTHER_PERSON);
        test($(Checkbox.class).withClassName("dormant-only").first()).click();
        assertThat(gridLogins()).contains(LOGIN).doesNotContain(OTHER_PERSON);
        assertThat(delegates.companyUsers().stream().filter(CompanyUserAccount::dormant))
                .allSatisfy(user -> assertThat(user.status()).isIn(AccountStatus.ACTIVE, AccountStatus.PENDING));
        assertThat(delegates.user(SAME_PERSON).dormant()).as("a suspended login is not usable, so not dormant").isFalse();
    }

    @Test
    void resettingTheAccessStopsTheOldPasswordAndTheNewLinkWorks() {
        fixture.createActive(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        mailbox.purge();
        open("delegate/users/" + LOGIN);
        test($(Button.class).withClassName("reset-access").first()).click();
        test($(PasswordField.class).withClassName("reset-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("confirm-reset").first()).click();

        assertThat(fixture.signsIn(LOGIN, ConsoleFixture.PASSWORD)).as("the old password").isFalse();
        assertThat(fixture.status(LOGIN)).isEqualTo("PENDING");
        String token = fixture.lastToken(EMAIL, "activate");
        fixture.accounts.activate(token, "Nouveau mot de passe 2026 !");
        assertThat(fixture.signsIn(LOGIN, "Nouveau mot de passe 2026 !")).isTrue();
        assertThat(fixture.signsIn(LOGIN, ConsoleFixture.PASSWORD)).isFalse();
        assertThat(audited("ACCESS_RESET", LOGIN)).isTrue();
    }

    @Test
    void theLoginIsEMailedToItsUsersConfirmedAddressOnly() {
        fixture.createActive(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        mailbox.purge();
        open("delegate/users/" + LOGIN);
        test($(Button.class).withClassName("send-login").first()).click();
        fixture.delivery.deliverDue();
        assertThat(mailbox.receivedBy(EMAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains(LOGIN).doesNotContain("token="));
        assertThat(audited("LOGIN_SENT", LOGIN)).isTrue();

        fixture.create(OTHER_PERSON, OTHER_EMAIL, Teleservice.DECLARATION);
        assertThatThrownBy(() -> delegates.sendLogin(OTHER_PERSON, Locale.FRENCH))
                .as("an address never proven").hasMessage("delegate.error.emailNotConfirmed");
    }

    private boolean audited(String action, String target) {
        return dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(DemoLogins.ATLAS_DELEGATE), AUDIT_EVENT.ACTION.eq(action),
                AUDIT_EVENT.TARGET.eq(target));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> gridLogins() {
        LazyGrid<CompanyUserAccount> grid = $(LazyGrid.class).withClassName("company-users").first();
        var logins = new java.util.ArrayList<String>();
        for (int row = 0; row < grid.size(); row++) {
            logins.add(grid.row(row).login());
        }
        return logins;
    }
}
