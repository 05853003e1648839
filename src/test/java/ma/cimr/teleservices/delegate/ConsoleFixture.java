package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.account.SecretQuestion;
import ma.cimr.teleservices.security.Teleservice;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the console's tests share: logins created by the Atlas delegate (rolled back with the
 * test, or deleted afterwards by a test that needs its changes committed, so the demo company
 * stays as other tests expect it), their activation by the link in the mail, and
 * a real sign-in through the login form. A test component, imported by {@code @PortalTest}: a plain
 * component would be scanned into any context started from the test classpath (the benchmark's).
 */
@TestComponent
public class ConsoleFixture {

    static final List<SecretQuestion> QUESTIONS = List.of(
            new SecretQuestion("Ville de naissance ?", "Fès"),
            new SecretQuestion("Nom de votre première école ?", "Ibn Khaldoun"));
    static final String PASSWORD = "Un mot de passe 2026 !";

    @Autowired
    DelegateService delegates;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    WebApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;

    static NewCompanyUser newUser(String login, String email, Teleservice teleservice) {
        DeclarationSettings declaration = teleservice == Teleservice.DECLARATION
                ? new DeclarationSettings(false, null, DeclarationMode.FORM, List.of("CAD")) : null;
        return new NewCompanyUser(login, "Utilisateur " + login, email, teleservice,
                teleservice == Teleservice.PAYMENT, false, declaration, QUESTIONS);
    }

    /** Created by the Atlas delegate (who must be signed in), not activated. */
    void create(String login, String email, Teleservice teleservice) {
        delegates.createUser(newUser(login, email, teleservice), DemoLogins.PASSWORD, Locale.FRENCH);
    }

    /** Created, then activated by its user through the link: its address is proven and it has {@link #PASSWORD}. */
    void createActive(String login, String email, Teleservice teleservice) {
        mailbox.purge();
        create(login, email, teleservice);
        activateFromMail(email);
    }

    /** Opens the last activation link sent to the address and chooses {@link #PASSWORD}. */
    void activateFromMail(String email) {
        accounts.activate(lastToken(email, "activate"), PASSWORD);
    }

    /** The token of the last link to that page mailed to the address (after delivering the outbox). */
    String lastToken(String email, String page) {
        delivery.deliverDue();
        var mails = mailbox.receivedBy(email);
        assertThat(mails).as("mails to " + email).isNotEmpty();
        Matcher link = Pattern.compile("/" + page + "\\?token=([A-Za-z0-9_-]+)").matcher(mails.getLast().body());
        assertThat(link.find()).as("a link to /" + page + " in: " + mails.getLast().body()).isTrue();
        return link.group(1);
    }

    /**
     * A real sign-in through the login form: true when the portal lets the person in. The test's
     * own signed-in user is kept (the request's security filters clear the thread's context).
     */
    boolean signsIn(String login, String password) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
            String target = mvc.perform(post("/login").param("username", login).param("password", password).with(csrf()))
                    .andReturn().getResponse().getRedirectedUrl();
            return "/my-space".equals(target);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    /**
     * A wrong password typed to confirm an action is counted in a transaction of its own (DD024),
     * so it outlives a rolled-back test: the Atlas delegate forgets it, for the tests after.
     */
    void forgetPasswordFailures() {
        var apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.executeWithoutResult(status -> dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(USER_ACCOUNT.LOCKED_UNTIL).setNull(USER_ACCOUNT.LAST_FAILED_LOGIN_AT)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.ATLAS_DELEGATE)).execute());
    }

    String status(String login) {
        return dsl.select(USER_ACCOUNT.STATUS).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.equalIgnoreCase(login))
                .fetchSingle().value1().name();
    }

    /** Test data only: in the portal a login is never deleted (DD013). */
    void delete(String... logins) {
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.in(logins)).execute();
        // the Atlas delegate must stay usable for every other test
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.STATUS, AccountStatus.ACTIVE)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.ATLAS_DELEGATE)).execute();
    }
}
