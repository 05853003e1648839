package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.security.LockoutPolicy;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Brute force: past four wrong passwords an account locks for a delay that grows, and the login
 * form answers exactly as for a wrong password, so nobody learns that the account exists or is locked.
 */
@PortalTest
@Transactional
class LockoutTest {

    private static final String LOGIN = DemoLogins.OTHER_AFFILIATE;

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    ma.cimr.teleservices.delegate.DelegateService delegates;

    MockMvc mvc;
    Instant start;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        start = clock.instant();
    }

    @AfterEach
    void tearDown() {
        clock.set(start);
        SignedIn.out();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(LOGIN, "wrong-password-" + attempt);
        }
        assertThat(lockedUntil()).isNull();
        MvcResult fifth = login(LOGIN, "wrong-password-5");
        assertThat(lockedUntil()).isAfter(clock.instant());

        MvcResult rightButLocked = login(LOGIN, DemoLogins.PASSWORD);
        assertThat(rightButLocked.getResponse().getRedirectedUrl()).isEqualTo(fifth.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(2));
        assertThat(login(LOGIN, DemoLogins.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        assertThat(dsl.select(USER_ACCOUNT.FAILED_LOGINS).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN))
                .fetchSingle().value1()).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheLock() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(LOGIN, "wrong");
        }
        Duration first = Duration.between(clock.instant(), lockedUntil());
        clock.advance(first.plusSeconds(1));
        login(LOGIN, "wrong");
        Duration second = Duration.between(clock.instant(), lockedUntil());
        assertThat(first).isEqualTo(Duration.ofMinutes(1));
        assertThat(second).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void wrongPasswordsAreForgottenAfterAQuietHour() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(LOGIN, "wrong-password-" + attempt);
        }
        clock.advance(LockoutPolicy.FAILURE_MEMORY.plusMinutes(1));

        login(LOGIN, "wrong-password-5");

        assertThat(lockedUntil()).as("four old failures and a new one do not lock").isNull();
        assertThat(dsl.select(USER_ACCOUNT.FAILED_LOGINS).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN))
                .fetchSingle().value1()).isEqualTo(1);
    }

    @Test
    void aStrangerCannotKeepTheOwnerOutForMoreThanAQuarterOfAnHourAndTheOwnerIsTold() throws Exception {
        String ownerAddress = dsl.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN))
                .fetchSingle().value1().value();
        int noticesBefore = lockNoticesTo(ownerAddress);
        for (int attempt = 1; attempt <= 30; attempt++) {
            login(LOGIN, "guess-" + attempt);
        }

        assertThat(Duration.between(clock.instant(), lockedUntil())).isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(lockNoticesTo(ownerAddress)).as("one notice when the lock starts, not one per try")
                .isEqualTo(noticesBefore + 1);
        clock.advance(Duration.ofMinutes(16));
        assertThat(login(LOGIN, DemoLogins.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/my-space");
    }

    @Test
    void anUnknownLoginIsAnsweredTheSameAndLocksNothing() throws Exception {
        MvcResult unknown = null;
        for (int attempt = 1; attempt <= 6; attempt++) {
            unknown = login("nobody.at.all", "wrong");
        }
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.LOCKED_UNTIL.isNotNull())).isZero();
    }

    @Test
    void aSupervisorSeesLockedAccountsAndUnlocksThem() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(LOGIN, "wrong");
        }
        SignedIn.as(accounts, DemoLogins.SUPERVISOR);
        var locked = accounts.lockedAccounts();
        assertThat(locked).extracting(LockedAccount::login).contains(LOGIN);
        accounts.unlock(locked.stream().filter(a -> a.login().equals(LOGIN)).findFirst().orElseThrow().accountId(), LOGIN);
        SignedIn.out();

        assertThat(login(LOGIN, DemoLogins.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/my-space");
    }

    @Test
    void aDelegateUnlocksTheirOwnUsersOnly() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(DemoLogins.ATLAS_DECLARATION, "wrong");
        }
        SignedIn.as(accounts, DemoLogins.MAGHREB_DELEGATE);
        // refused as a login that does not exist (DelegateConsoleSecurityTest tries every action)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> delegates.unlock(DemoLogins.ATLAS_DECLARATION))
                .isInstanceOf(Refusal.class).hasMessage("delegate.error.noSuchUser");
        SignedIn.as(accounts, DemoLogins.ATLAS_DELEGATE);
        assertThat(delegates.companyUsers()).anySatisfy(user -> {
            assertThat(user.login()).isEqualTo(DemoLogins.ATLAS_DECLARATION);
            assertThat(user.lockedUntil()).isAfter(clock.instant());
        });
        delegates.unlock(DemoLogins.ATLAS_DECLARATION);
        SignedIn.out();

        assertThat(login(DemoLogins.ATLAS_DECLARATION, DemoLogins.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/my-space");
    }

    private int lockNoticesTo(String address) {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.RECIPIENT.eq(address)
                .and(OUTBOX_MESSAGE.SUBJECT.eq("Votre accès aux téléservices CIMR est bloqué pour quelques minutes")));
    }

    private java.time.Instant lockedUntil() {
        var value = dsl.select(USER_ACCOUNT.LOCKED_UNTIL).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN))
                .fetchSingle().value1();
        return value == null ? null : value.toInstant();
    }

    private MvcResult login(String login, String password) throws Exception {
        return mvc.perform(post("/login").param("username", login).param("password", password).with(csrf())).andReturn();
    }
}
