package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteAliasData;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.audit.AuditEvent;
import ma.cimr.teleservices.account.SecretQuestion;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import ma.cimr.teleservices.shell.ui.NotFoundView;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_SECRET_ANSWER;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER;
import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed in as the delegate of company A (Atlas), every public method of {@link DelegateService}
 * and every /delegate route is tried on the logins of company B (Maghreb): none succeeds, each
 * answers exactly as for a login that does not exist, and nothing of B changes. Other populations
 * (affiliate, company user, staff agent, nobody) are refused every method.
 */
class DelegateConsoleSecurityTest extends PortalBrowserlessTest {

    private static final String NO_SUCH_LOGIN = "personne.nulle.part";
    private static final String A_LOGIN = "atlas.securite";

    @Autowired
    DelegateService delegates;
    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestMailbox mailbox;

    private List<String> companyB;

    @BeforeEach
    void companyBsLogins() {
        companyB = dsl.select(USER_ACCOUNT.LOGIN).from(USER_ACCOUNT).join(COMPANY).on(COMPANY.ID.eq(USER_ACCOUNT.COMPANY_ID))
                .where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100567"))).orderBy(USER_ACCOUNT.LOGIN).fetch(USER_ACCOUNT.LOGIN);
        assertThat(companyB).hasSize(6).contains(DemoLogins.MAGHREB_DELEGATE, DemoLogins.MAGHREB_COMPANY_ACCOUNT);
        fixture.delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void cleanUp() {
        fixture.delete(A_LOGIN);
        dsl.update(COMPANY).set(COMPANY.PAYMENT_CONFIRMATIONS, (short) 2).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100234"))).execute();
    }

    /** Every method taking a login, as the delegate of A calls it; the answer is what it threw. */
    private Map<String, Consumer<String>> actionsOnALogin() {
        Map<String, Consumer<String>> actions = new LinkedHashMap<>();
        var questions = List.of(new SecretQuestion("Ville de naissance ?", "Tanger"),
                new SecretQuestion("Nom de votre première école ?", "Ibn Battouta"));
        actions.put("user", login -> delegates.user(login));
        actions.put("secretQuestions", login -> delegates.secretQuestions(login));
        actions.put("editUser", login -> delegates.editUser(login,
                new UserChanges("Pris en otage", "pirate@atlas.example", true, true,
                        new DeclarationSettings(true, "Pirates", DeclarationMode.FILE, List.of("CAD"))),
                DemoLogins.PASSWORD, Locale.FRENCH));
        actions.put("setSecretQuestions", login -> delegates.setSecretQuestions(login, questions));
        actions.put("suspend", login -> delegates.suspend(login, DemoLogins.PASSWORD));
        actions.put("reactivate", login -> delegates.reactivate(login, DemoLogins.PASSWORD));
        actions.put("close", login -> delegates.close(login, DemoLogins.PASSWORD));
        actions.put("departurePreview", login -> delegates.departurePreview(login));
        actions.put("departure", login -> delegates.departure(login, DemoLogins.PASSWORD));
        actions.put("resetAccess", login -> delegates.resetAccess(login, DemoLogins.PASSWORD, Locale.FRENCH));
        actions.put("sendLogin", login -> delegates.sendLogin(login, Locale.FRENCH));
        actions.put("unlock", login -> delegates.unlock(login));
        return actions;
    }

    /** The methods without a login: what they show or change must be A's only. */
    private static final Set<String> COMPANY_WIDE = Set.of("companyUsers", "createUser", "createAdministrator",
            "generalInformation", "setPaymentConfirmations", "history", "historySize", "suggestLogin");

    @Test
    void everyMethodOnCompanyBsLoginsAnswersAsForALoginThatDoesNotExist() {
        assertThat(publicMethods()).as("every public method of DelegateService is tried here")
                .isEqualTo(union(actionsOnALogin().keySet(), COMPANY_WIDE));
        signInAs(DemoLogins.ATLAS_DELEGATE);
        var before = snapshotOfB();

        int attempts = 0;
        int succeeded = 0;
        List<String> differences = new ArrayList<>();
        for (var action : actionsOnALogin().entrySet()) {
            String expected = outcome(action.getValue(), NO_SUCH_LOGIN);
            assertThat(expected).as(action.getKey() + " on a login that does not exist")
                    .isEqualTo("Refusal: delegate.error.noSuchUser");
            for (String login : companyB) {
                for (String typed : List.of(login, login.toUpperCase(Locale.ROOT), " " + login + " ")) {
                    attempts++;
                    String answer = outcome(action.getValue(), typed);
                    if (answer.equals("succeeded")) {
                        succeeded++;
                    }
                    if (!answer.equals(expected)) {
                        differences.add(action.getKey() + "(" + typed + ") → " + answer);
                    }
                }
            }
        }

        // the methods without a login act on A, whatever B has
        attempts++;
        assertThat(delegates.companyUsers()).extracting(CompanyUserAccount::login).doesNotContainAnyElementsOf(companyB)
                .contains(DemoLogins.ATLAS_DELEGATE);
        attempts++;
        assertThat(delegates.generalInformation().adherentNumber()).isEqualTo("100234");
        attempts++;
        delegates.setPaymentConfirmations(1, DemoLogins.PASSWORD);
        attempts++;
        assertThat(delegates.suggestLogin(Teleservice.DECLARATION)).as("a login suggested in A's numbering")
                .startsWith("100234.declaration");
        attempts++;
        List<AuditEvent> history = delegates.history(0, delegates.historySize());
        assertThat(history).noneMatch(event -> companyB.contains(event.actor()) || companyB.contains(event.target()));
        for (String login : companyB) {
            attempts++;
            String answer = outcome(typed -> delegates.createUser(
                    ConsoleFixture.newUser(typed, "pirate@atlas.example", Teleservice.COMPANY_ACCOUNT), DemoLogins.PASSWORD, Locale.FRENCH), login);
            assertThat(answer).as("B's login is taken for good, never handed over").isEqualTo("Refusal: delegate.error.loginTaken");
            attempts++;
            answer = outcome(typed -> delegates.createAdministrator(
                    new NewAdministrator(typed, "Pirate", "pirate@atlas.example"), DemoLogins.PASSWORD, Locale.FRENCH), login);
            assertThat(answer).isEqualTo("Refusal: delegate.error.loginTaken");
        }
        attempts++;
        delegates.createUser(ConsoleFixture.newUser(A_LOGIN, "securite@atlas-conserves.example", Teleservice.COMPANY_ACCOUNT),
                DemoLogins.PASSWORD, Locale.FRENCH);
        assertThat(dsl.select(COMPANY.ADHERENT_NUMBER).from(USER_ACCOUNT).join(COMPANY).on(COMPANY.ID.eq(USER_ACCOUNT.COMPANY_ID))
                .where(USER_ACCOUNT.LOGIN.eq(A_LOGIN)).fetchSingle().value1().value()).as("a new login is A's").isEqualTo("100234");

        int companyWide = 5 + 2 * companyB.size() + 1;
        int onLogins = actionsOnALogin().size() * companyB.size() * 3;
        System.out.printf("DelegateConsoleSecurityTest: %d attempts by A's delegate on company B (%d on B's logins, "
                + "%d company-wide), %d succeeded%n", attempts, onLogins, companyWide, succeeded);
        assertThat(attempts).isEqualTo(onLogins + companyWide).isEqualTo(12 * 6 * 3 + 18);
        assertThat(differences).as("answers that differ from a login that does not exist").isEmpty();
        assertThat(succeeded).isZero();
        assertThat(snapshotOfB()).as("nothing of company B changed").isEqualTo(before);
        fixture.delivery.deliverDue();
        assertThat(mailbox.received()).as("no mail to anybody of B").allSatisfy(mail ->
                assertThat(mail.to()).noneMatch(address -> address.contains("maghreb")));
    }

    @Test
    void everyDelegateRouteOnCompanyBsLoginsAnswersAsForALoginThatDoesNotExist() {
        Set<String> delegateRoutes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .flatMap(route -> Stream.concat(Stream.of(route.getTemplate()),
                        route.getRouteAliases().stream().map(RouteAliasData::getTemplate)))
                .filter(template -> template.equals("delegate") || template.startsWith("delegate/"))
                .collect(Collectors.toCollection(TreeSet::new));
        // the requests screens are the request feature's, isolated by RequestIsolationTest
        Set<String> requestRoutes = Set.of("delegate/requests", "delegate/requests/new", "delegate/requests/:reference",
                // the compte adhérent's, which reads only the signed-in company's (CompanyAccountViewTest)
                "delegate/account");
        Set<String> consoleRoutes = Set.of("delegate", "delegate/users/:login", "delegate/company", "delegate/history",
                "delegate/firms");
        // the signed-in person's own passkeys and « Mes données », read from CurrentUser alone
        // (PasskeyManagementTest, MyDataViewTest)
        Set<String> ownAccountRoutes = Set.of("delegate/security", "delegate/my-data",
                // the help page and the suggestion box, which read no company's data (HelpViewTest, SuggestionBoxTest)
                "delegate/help", "delegate/feedback");
        assertThat(delegateRoutes).as("every /delegate route is tried here")
                .isEqualTo(union(union(consoleRoutes, requestRoutes), ownAccountRoutes));

        signInAs(DemoLogins.ATLAS_DELEGATE);
        int attempts = 0;
        open("delegate/users/" + NO_SUCH_LOGIN);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        for (String login : companyB) {
            for (String typed : List.of(login, login.toUpperCase(Locale.ROOT))) {
                attempts++;
                open("delegate/users/" + typed);
                assertThat(getCurrentView()).as("delegate/users/" + typed).isInstanceOf(NotFoundView.class);
            }
        }
        attempts++;
        open("delegate");
        @SuppressWarnings("unchecked")
        LazyGrid<CompanyUserAccount> grid = $(LazyGrid.class).withClassName("company-users").first();
        for (int row = 0; row < grid.size(); row++) {
            assertThat(companyB).doesNotContain(grid.row(row).login());
        }
        attempts++;
        open("delegate/company");
        assertThat($(com.vaadin.flow.component.html.DescriptionList.class).first().getElement().getTextRecursively())
                .contains("100234").doesNotContain("100567");
        attempts++;
        open("delegate/history");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> history = $(Grid.class).withClassName("company-history").first();
        for (int row = 0; row < Math.min(test(history).size(), 200); row++) {
            AuditEvent event = test(history).getRow(row);
            assertThat(companyB).doesNotContain(event.actor(), event.target());
        }
        attempts++;
        open("delegate/firms");
        // B granted the same firm's login: A's page lists A's grant alone, with A's categories
        @SuppressWarnings("unchecked")
        Grid<FirmAccess> firms = $(Grid.class).withClassName("firm-grants").first();
        assertThat(test(firms).size()).isEqualTo(1);
        assertThat(test(firms).getRow(0).categoryCodes()).containsExactly("CAD", "EMP");
        System.out.printf("DelegateConsoleSecurityTest: %d /delegate route openings by A's delegate aimed at company B, "
                + "0 showed anything of B%n", attempts);
        assertThat(attempts).isEqualTo(2 * companyB.size() + 4);
    }

    @Test
    void otherPopulationsAreRefusedEveryMethod() {
        int attempts = 0;
        List<String> allowed = new ArrayList<>();
        for (String login : List.of(DemoLogins.AFFILIATE, DemoLogins.ATLAS_COMPANY_ACCOUNT, DemoLogins.ATLAS_VALIDATOR,
                DemoLogins.RETIREE, DemoLogins.AGENT, DemoLogins.ADMINISTRATOR, "")) {
            if (login.isEmpty()) {
                SignedIn.out();
            } else {
                signInAs(login);
            }
            for (Method method : DelegateService.class.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                attempts++;
                Throwable thrown = invoke(method);
                boolean refused = login.isEmpty() ? thrown instanceof AuthenticationException || thrown instanceof AccessDeniedException
                        : thrown instanceof AccessDeniedException;
                if (!refused) {
                    allowed.add((login.isEmpty() ? "anonymous" : login) + " " + method.getName() + " → " + thrown);
                }
            }
        }
        System.out.printf("DelegateConsoleSecurityTest: %d calls by non-delegates, %d allowed%n", attempts, allowed.size());
        assertThat(allowed).isEmpty();
        assertThat(attempts).isEqualTo(7 * publicMethods().size());

        for (String login : List.of(DemoLogins.AFFILIATE, DemoLogins.ATLAS_COMPANY_ACCOUNT, DemoLogins.AGENT)) {
            signInAs(login);
            for (String route : List.of("delegate", "delegate/company", "delegate/history",
                    "delegate/users/" + DemoLogins.ATLAS_COMPANY_ACCOUNT)) {
                open(route);
                assertThat(getCurrentView()).as(login + " opening " + route).isInstanceOf(AccessDeniedView.class);
            }
        }
    }

    private Throwable invoke(Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(type -> type == int.class ? 0
                : type == boolean.class ? false : type == String.class ? DemoLogins.ATLAS_COMPANY_ACCOUNT
                : type == Locale.class ? Locale.FRENCH : type == List.class ? List.of() : null).toArray();
        try {
            method.invoke(delegates, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String outcome(Consumer<String> action, String login) {
        try {
            action.accept(login);
            return "succeeded";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Set<String> publicMethods() {
        return Arrays.stream(DelegateService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }

    /** Everything of B's logins the console could change. */
    private List<Result<? extends Record>> snapshotOfB() {
        var ids = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.in(companyB));
        return List.of(
                dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.in(ids)).orderBy(USER_ACCOUNT.ID).fetch(),
                dsl.selectFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.in(ids)).orderBy(ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE).fetch(),
                dsl.selectFrom(ACCOUNT_SECRET_ANSWER).where(ACCOUNT_SECRET_ANSWER.ACCOUNT_ID.in(ids))
                        .orderBy(ACCOUNT_SECRET_ANSWER.ACCOUNT_ID, ACCOUNT_SECRET_ANSWER.POSITION).fetch(),
                dsl.selectFrom(DECLARATION_USER).where(DECLARATION_USER.ACCOUNT_ID.in(ids)).fetch(),
                dsl.selectFrom(ONE_TIME_LINK).where(ONE_TIME_LINK.ACCOUNT_ID.in(ids)).orderBy(ONE_TIME_LINK.ID).fetch(),
                dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.TARGET.in(companyB), AUDIT_EVENT.ACTOR.eq(DemoLogins.ATLAS_DELEGATE)).fetch());
    }
}
