package ma.cimr.teleservices.delegate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.account.PasswordConfirmation;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10: a stolen delegate session must not become permanent. Signed in as the Atlas delegate
 * without knowing the password (a hijacked session), every protected action of the console (a
 * login's new address, a reset of its access, the validator role, another administrator, a new
 * login of each téléservice, fewer E@sypaiement confirmations) is tried on each kind of login: the
 * delegate's own, another administrator's, a user's; and what would stop or bring back another
 * administrator (suspending, reactivating, closing, a departure). None succeeds; with the password, an administrator's address and
 * access still do not change (they go through the fund); wrong passwords lock the delegate as
 * wrong sign-ins do. Committed, not rolled back (the failures are counted apart, DD024): the test
 * removes its logins and unlocks the delegate afterwards.
 */
class HijackedDelegateSessionTest extends PortalBrowserlessTest {

    private static final String USER = "atlas.otage.paiement";
    private static final String USER_EMAIL = "h.otage@atlas-conserves.example";
    private static final String SUCCESSOR = "atlas.otage.admin";
    private static final String SUCCESSOR_EMAIL = "s.otage@atlas-conserves.example";
    private static final String PIRATE = "pirate@pirates.example";
    private static final String NEW_VALIDATOR = "atlas.otage.validateur";
    private static final String NEW_ADMINISTRATOR = "atlas.otage.admin2";
    private static final String SUSPENDED_SUCCESSOR = "atlas.otage.admin3";
    private static final String SUSPENDED_SUCCESSOR_EMAIL = "d.otage@atlas-conserves.example";
    /** The logins a stolen session would give itself, one per téléservice (the validator apart). */
    private static final Map<Teleservice, String> NEW_LOGINS = Map.of(Teleservice.COMPANY_ACCOUNT, "atlas.otage.compte",
            Teleservice.DECLARATION, "atlas.otage.declaration", Teleservice.PAYMENT, "atlas.otage.ordonnateur",
            Teleservice.LIQUIDATION, "atlas.otage.liquidation");

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DelegateService delegates;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestMailbox mailbox;

    @BeforeEach
    void aUserAndASecondAdministrator() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        fixture.createActive(USER, USER_EMAIL, Teleservice.PAYMENT);
        delegates.createAdministrator(new NewAdministrator(SUCCESSOR, "Salma Otage", SUCCESSOR_EMAIL),
                DemoLogins.PASSWORD, Locale.FRENCH);
        fixture.activateFromMail(SUCCESSOR_EMAIL);
        delegates.createAdministrator(new NewAdministrator(SUSPENDED_SUCCESSOR, "Driss Otage", SUSPENDED_SUCCESSOR_EMAIL),
                DemoLogins.PASSWORD, Locale.FRENCH);
        fixture.activateFromMail(SUSPENDED_SUCCESSOR_EMAIL);
        delegates.suspend(SUSPENDED_SUCCESSOR, DemoLogins.PASSWORD);
        fixture.delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void removeTheLoginsAndUnlockTheDelegate() {
        fixture.delete(USER, SUCCESSOR, NEW_VALIDATOR, NEW_ADMINISTRATOR, SUSPENDED_SUCCESSOR);
        fixture.delete(NEW_LOGINS.values().toArray(String[]::new));
        fixture.forgetPasswordFailures();
        dsl.update(COMPANY).set(COMPANY.PAYMENT_CONFIRMATIONS, (short) 2).where(COMPANY.ADHERENT_NUMBER.eq(new ma.cimr.teleservices.shared.value.AdherentNumber("100234"))).execute();
        fixture.delivery.deliverDue();
        mailbox.purge();
    }

    /** What a stolen session would do to one login, given what it types as the delegate's password. */
    private Map<String, BiConsumer<String, String>> protectedActionsOnALogin() {
        Map<String, BiConsumer<String, String>> actions = new LinkedHashMap<>();
        actions.put("new e-mail address", (login, password) -> {
            var user = delegates.user(login);
            delegates.editUser(login, new UserChanges(user.displayName(), PIRATE, user.roles().contains(Role.PAYMENT_ORDERER),
                    user.roles().contains(Role.PAYMENT_VALIDATOR), null), password, Locale.FRENCH);
        });
        actions.put("reset of the access", (login, password) -> delegates.resetAccess(login, password, Locale.FRENCH));
        actions.put("validator role", (login, password) -> {
            var user = delegates.user(login);
            if (user.teleservice() != Teleservice.PAYMENT) {
                // an administrator holds no payment role: asking for one must change nothing either
                delegates.editUser(login, new UserChanges(user.displayName(), user.email(), false, true, null), password,
                        Locale.FRENCH);
                assertThat(delegates.user(login).roles()).doesNotContain(Role.PAYMENT_VALIDATOR);
                throw new IllegalStateException("no effect: an administrator holds no payment role");
            }
            delegates.editUser(login, new UserChanges(user.displayName(), user.email(), false, true, null), password,
                    Locale.FRENCH);
        });
        return actions;
    }

    /**
     * What a stolen session would do to another administrator (a successor who could take the
     * company back), given what it types: stop them, or bring back one it suspended earlier.
     */
    private Map<String, Consumer<String>> protectedActionsOnAnotherAdministrator() {
        Map<String, Consumer<String>> actions = new LinkedHashMap<>();
        actions.put("suspend another administrator", password -> delegates.suspend(SUCCESSOR, password));
        actions.put("close another administrator", password -> delegates.close(SUCCESSOR, password));
        actions.put("departure of another administrator", password -> delegates.departure(SUCCESSOR, password));
        actions.put("reactivate another administrator", password -> delegates.reactivate(SUSPENDED_SUCCESSOR, password));
        return actions;
    }

    /** The protected actions that take no login: they act on the company. */
    private Map<String, Consumer<String>> protectedCompanyActions() {
        Map<String, Consumer<String>> actions = new LinkedHashMap<>();
        actions.put("new validator", password -> delegates.createUser(new NewCompanyUser(NEW_VALIDATOR, "Complice",
                PIRATE, Teleservice.PAYMENT, false, true, null, ConsoleFixture.QUESTIONS), password, Locale.FRENCH));
        for (var login : NEW_LOGINS.entrySet()) {
            actions.put("new " + login.getKey() + " login", password -> delegates.createUser(
                    ConsoleFixture.newUser(login.getValue(), PIRATE, login.getKey()), password, Locale.FRENCH));
        }
        actions.put("new administrator", password -> delegates.createAdministrator(
                new NewAdministrator(NEW_ADMINISTRATOR, "Complice", PIRATE), password, Locale.FRENCH));
        actions.put("one confirmation", password -> delegates.setPaymentConfirmations(1, password));
        return actions;
    }

    @Test
    void aHijackedSessionWithoutThePasswordSucceedsInNoProtectedAction() {
        var before = state();
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("own", DemoLogins.ATLAS_DELEGATE);
        logins.put("other administrator", SUCCESSOR);
        logins.put("user", USER);
        // nothing typed, then guesses: the guesses count, and lock the delegate on the way
        List<String> typed = Arrays.asList(null, "", "Portail-Demo-2025", "portail-demo-2026", "Atlas-2026", "100234");

        int tried = 0;
        int succeeded = 0;
        Map<String, Integer> answers = new TreeMap<>();
        List<String> successes = new ArrayList<>();
        for (String password : typed) {
            for (var action : protectedActionsOnALogin().entrySet()) {
                for (var login : logins.entrySet()) {
                    tried++;
                    String answer = outcome(() -> action.getValue().accept(login.getValue(), password));
                    answers.merge(answer, 1, Integer::sum);
                    if (answer.equals("succeeded")) {
                        succeeded++;
                        successes.add(action.getKey() + " on " + login.getKey() + " with " + password);
                    }
                }
            }
            for (var action : protectedActionsOnAnotherAdministrator().entrySet()) {
                tried++;
                String answer = outcome(() -> action.getValue().accept(password));
                answers.merge(answer, 1, Integer::sum);
                if (answer.equals("succeeded")) {
                    succeeded++;
                    successes.add(action.getKey() + " with " + password);
                }
            }
            for (var action : protectedCompanyActions().entrySet()) {
                tried++;
                String answer = outcome(() -> action.getValue().accept(password));
                answers.merge(answer, 1, Integer::sum);
                if (answer.equals("succeeded")) {
                    succeeded++;
                    successes.add(action.getKey() + " with " + password);
                }
            }
        }

        System.out.printf("HijackedDelegateSessionTest: a hijacked delegate session without the password, %d tried / %d "
                + "succeeded (3 actions x 3 login kinds + 4 on another administrator + 7 company actions, x %d passwords "
                + "typed); answers: %s%n", tried, succeeded, typed.size(), answers);
        assertThat(tried).isEqualTo((3 * 3 + 4 + 7) * typed.size());
        assertThat(successes).isEmpty();
        assertThat(succeeded).isZero();
        assertThat(answers).containsKeys("Refusal: " + PasswordConfirmation.REQUIRED, "Refusal: " + PasswordConfirmation.WRONG,
                "Refusal: " + PasswordConfirmation.LOCKED, "Refusal: " + DelegateService.THROUGH_THE_FUND);
        assertThat(state()).as("no address, access, role, login or setting changed").isEqualTo(before);
        fixture.delivery.deliverDue();
        assertThat(mailbox.receivedBy(PIRATE)).isEmpty();
        assertThat(fixture.signsIn(USER, ConsoleFixture.PASSWORD)).as("the user's password still works").isTrue();
    }

    @Test
    void withThePasswordAnAdministratorsAddressAndAccessStillGoThroughTheFund() {
        int tried = 0;
        int succeeded = 0;
        for (String login : List.of(DemoLogins.ATLAS_DELEGATE, SUCCESSOR, SUCCESSOR.toUpperCase(Locale.ROOT))) {
            for (var action : protectedActionsOnALogin().entrySet()) {
                if (action.getKey().equals("validator role")) {
                    continue;
                }
                tried++;
                String answer = outcome(() -> action.getValue().accept(login, DemoLogins.PASSWORD));
                assertThat(answer).as(action.getKey() + " on " + login).isEqualTo("Refusal: " + DelegateService.THROUGH_THE_FUND);
                succeeded += answer.equals("succeeded") ? 1 : 0;
            }
        }
        System.out.printf("HijackedDelegateSessionTest: with the right password, on administrators' logins, %d tried / %d "
                + "succeeded%n", tried, succeeded);
        assertThat(fixture.status(SUCCESSOR)).isEqualTo("ACTIVE");
        assertThat(fixture.signsIn(SUCCESSOR, ConsoleFixture.PASSWORD)).isTrue();

        // a user's login is the delegate's to manage, on their password
        delegates.editUser(USER, new UserChanges("Utilisateur " + USER, USER_EMAIL, false, true, null), DemoLogins.PASSWORD,
                Locale.FRENCH);
        assertThat(delegates.user(USER).roles()).containsExactly(Role.PAYMENT_VALIDATOR);
        delegates.resetAccess(USER, DemoLogins.PASSWORD, Locale.FRENCH);
        assertThat(fixture.status(USER)).isEqualTo("PENDING");
    }

    @Test
    void withThePasswordAnotherAdministratorIsSuspendedReactivatedAndClosedWhileAUserNeedsNone() {
        delegates.suspend(USER, null);
        assertThat(fixture.status(USER)).isEqualTo("SUSPENDED");
        delegates.reactivate(USER, null);
        assertThat(fixture.status(USER)).isEqualTo("ACTIVE");

        assertThatThrownBy(() -> delegates.suspend(SUCCESSOR, "devinette")).hasMessage(PasswordConfirmation.WRONG);
        delegates.suspend(SUCCESSOR, DemoLogins.PASSWORD);
        assertThat(fixture.status(SUCCESSOR)).isEqualTo("SUSPENDED");
        assertThatThrownBy(() -> delegates.reactivate(SUCCESSOR, null)).hasMessage(PasswordConfirmation.REQUIRED);
        delegates.reactivate(SUCCESSOR, DemoLogins.PASSWORD);
        assertThat(fixture.status(SUCCESSOR)).isEqualTo("ACTIVE");
        assertThatThrownBy(() -> delegates.close(SUCCESSOR, null)).hasMessage(PasswordConfirmation.REQUIRED);
        assertThatThrownBy(() -> delegates.departure(SUCCESSOR, null)).hasMessage(PasswordConfirmation.REQUIRED);
        assertThat(fixture.status(SUCCESSOR)).isEqualTo("ACTIVE");
        assertThat(delegates.departure(SUCCESSOR, DemoLogins.PASSWORD)).isEqualTo(1);
        assertThat(fixture.status(SUCCESSOR)).isEqualTo("SUSPENDED");
        delegates.close(SUCCESSOR, DemoLogins.PASSWORD);
        assertThat(fixture.status(SUCCESSOR)).isEqualTo("CLOSED");
        assertThatThrownBy(() -> delegates.reactivate(SUCCESSOR, DemoLogins.PASSWORD)).as("closed is for good")
                .hasMessage("delegate.error.closed");

        for (var login : NEW_LOGINS.entrySet()) {
            delegates.createUser(ConsoleFixture.newUser(login.getValue(), "nouveau." + login.getKey().name().toLowerCase(Locale.ROOT)
                    + "@atlas-conserves.example", login.getKey()), DemoLogins.PASSWORD, Locale.FRENCH);
            assertThat(delegates.user(login.getValue()).teleservice()).isEqualTo(login.getKey());
        }
    }

    @Test
    void anotherAdministratorsPageAsksThePasswordToSuspendAndANewUserFormRequiresIt() {
        open("delegate/users/" + SUCCESSOR);
        test($(Button.class).withClassName("suspend-user").first()).click();
        test($(Button.class).withClassName("confirm-administrator-action").first()).click();
        assertThat(fixture.status(SUCCESSOR)).as("no password, no suspension").isEqualTo("ACTIVE");
        test($(PasswordField.class).withClassName("administrator-action-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("confirm-administrator-action").first()).click();
        assertThat(fixture.status(SUCCESSOR)).isEqualTo("SUSPENDED");

        open("delegate/users/" + USER);
        test($(Button.class).withClassName("suspend-user").first()).click();
        assertThat(fixture.status(USER)).as("a user's suspension takes one click").isEqualTo("SUSPENDED");

        open("delegate");
        test($(Button.class).withClassName("new-user").first()).click();
        PasswordField confirmation = $(PasswordField.class).withClassName("new-user-confirmation").first();
        assertThat(confirmation.isVisible()).isTrue();
        assertThat(confirmation.isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void wrongPasswordsLockTheDelegateAsWrongSignInsDo() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            int guess = attempt;
            assertThatThrownBy(() -> delegates.resetAccess(USER, "devinette-" + guess, Locale.FRENCH))
                    .hasMessage(PasswordConfirmation.WRONG);
        }
        assertThat(lockedUntil()).as("four wrong passwords: not yet").isNull();
        assertThatThrownBy(() -> delegates.setPaymentConfirmations(1, "devinette-5")).hasMessage(PasswordConfirmation.WRONG);
        assertThat(lockedUntil()).as("the fifth locks the delegate").isNotNull();

        assertThatThrownBy(() -> delegates.resetAccess(USER, DemoLogins.PASSWORD, Locale.FRENCH))
                .as("even the right password, while locked").hasMessage(PasswordConfirmation.LOCKED);
        assertThat(fixture.signsIn(DemoLogins.ATLAS_DELEGATE, DemoLogins.PASSWORD)).as("nor a new sign-in").isFalse();
        assertThat(fixture.status(USER)).isEqualTo("ACTIVE");
        System.out.printf("HijackedDelegateSessionTest: 5 wrong passwords typed to confirm locked the delegate; "
                + "the right one then: refused%n");
    }

    @Test
    void anAdministratorsPageOffersNeitherANewAddressNorAResetAndPointsToTheFund() {
        for (String login : List.of(DemoLogins.ATLAS_DELEGATE, SUCCESSOR)) {
            open("delegate/users/" + login);
            assertThat($(Button.class).withClassName("reset-access").all()).as(login).isEmpty();
            assertThat($(EmailField.class).withClassName("user-email").first().isReadOnly()).as(login).isTrue();
            assertThat($(Paragraph.class).withClassName("through-the-fund").all()).as(login).hasSize(1);
            assertThat($(Anchor.class).withClassName("delegate-letters-link").first().getHref()).isEqualTo("delegate-letters");
        }

        open("delegate/users/" + USER);
        assertThat($(EmailField.class).withClassName("user-email").first().isReadOnly()).isFalse();
        assertThat($(Paragraph.class).withClassName("through-the-fund").all()).isEmpty();
        test($(Button.class).withClassName("reset-access").first()).click();
        test($(Button.class).withClassName("confirm-reset").first()).click();
        assertThat(fixture.status(USER)).as("no password, no reset").isEqualTo("ACTIVE");
        test($(PasswordField.class).withClassName("reset-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("confirm-reset").first()).click();
        assertThat(fixture.status(USER)).isEqualTo("PENDING");
    }

    @Test
    void aLoginOrdersOrValidatesPaymentsButNeverBoth() {
        assertThatThrownBy(() -> delegates.createUser(new NewCompanyUser(NEW_VALIDATOR, "Les deux", USER_EMAIL,
                Teleservice.PAYMENT, true, true, null, ConsoleFixture.QUESTIONS), DemoLogins.PASSWORD, Locale.FRENCH))
                .hasMessage("delegate.error.ordererAndValidator");
        assertThatThrownBy(() -> delegates.editUser(USER, new UserChanges("Utilisateur " + USER, USER_EMAIL, true, true, null),
                DemoLogins.PASSWORD, Locale.FRENCH)).hasMessage("delegate.error.ordererAndValidator");
        assertThat(delegates.user(USER).roles()).containsExactly(Role.PAYMENT_ORDERER);
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(NEW_VALIDATOR))).isFalse();

        open("delegate");
        test($(Button.class).withClassName("new-user").first()).click();
        @SuppressWarnings("unchecked")
        Select<Teleservice> teleservice = $(Select.class).withClassName("new-user-teleservice").first();
        teleservice.setValue(Teleservice.PAYMENT);
        test($(Checkbox.class).withClassName("new-user-orderer").first()).click();
        test($(Checkbox.class).withClassName("new-user-validator").first()).click();
        assertThat($(Checkbox.class).withClassName("new-user-orderer").first().getValue()).as("unticked").isFalse();
        assertThat($(PasswordField.class).withClassName("new-user-confirmation").first().isVisible()).isTrue();
    }

    /** Everything of the company a stolen session would want changed. */
    private List<?> state() {
        return List.of(
                dsl.select(USER_ACCOUNT.LOGIN, USER_ACCOUNT.EMAIL, USER_ACCOUNT.EMAIL_CONFIRMED_AT, USER_ACCOUNT.STATUS,
                                USER_ACCOUNT.PASSWORD_HASH)
                        .from(USER_ACCOUNT).join(COMPANY).on(COMPANY.ID.eq(USER_ACCOUNT.COMPANY_ID))
                        .where(COMPANY.ADHERENT_NUMBER.eq(new ma.cimr.teleservices.shared.value.AdherentNumber("100234"))).orderBy(USER_ACCOUNT.LOGIN).fetch().intoMaps(),
                delegates.companyUsers().stream().map(user -> user.login() + " " + user.roles()).sorted().toList(),
                delegates.generalInformation().paymentConfirmations());
    }

    private java.time.OffsetDateTime lockedUntil() {
        return dsl.select(USER_ACCOUNT.LOCKED_UNTIL).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(DemoLogins.ATLAS_DELEGATE))
                .fetchSingle().value1();
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "succeeded";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
