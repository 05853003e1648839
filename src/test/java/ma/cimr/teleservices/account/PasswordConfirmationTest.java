package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.time.Instant;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Re-authentication (DD024) is a sign-in in all but name: a wrong password is counted with the
 * wrong sign-ins and locks the same way, a locked account is refused the right one, every attempt
 * is audited and knocks at its rate-limit door. Not rolled back: the failures are counted in a
 * transaction of their own, so the test puts the Fès delegate (whom no other test uses) back.
 */
@PortalTest
class PasswordConfirmationTest {

    private static final String LOGIN = "100891";

    @Autowired
    PasswordConfirmation confirmation;
    @Autowired
    AccountService accounts;
    @Autowired
    RateLimits rateLimits;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;
    @Autowired
    WebApplicationContext context;

    private Instant start;
    private long lastAuditBefore;

    @BeforeEach
    void signIn() {
        start = clock.instant();
        lastAuditBefore = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT)
                .fetchSingle().value1();
        SignedIn.as(accounts, LOGIN);
    }

    @AfterEach
    void putTheDelegateBack() {
        RequestContextHolder.resetRequestAttributes();
        SignedIn.out();
        clock.set(start);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.FAILED_LOGINS, 0).setNull(USER_ACCOUNT.LOCKED_UNTIL)
                .setNull(USER_ACCOUNT.LAST_FAILED_LOGIN_AT).where(USER_ACCOUNT.LOGIN.eq(LOGIN)).execute();
    }

    @Test
    void theRightPasswordIsConfirmedAuditedAndForgetsTheMistakesBeforeIt() {
        assertThatThrownBy(() -> confirmation.confirm("pas le bon", "TEST wrong")).hasMessage(PasswordConfirmation.WRONG);
        assertThat(failures()).as("counted like a wrong sign-in").isEqualTo(1);

        confirmation.confirm(DemoLogins.PASSWORD, "TEST right");

        assertThat(failures()).isZero();
        assertThat(audited("PASSWORD_CONFIRMATION_FAILED", "TEST wrong")).isEqualTo(1);
        assertThat(audited("PASSWORD_CONFIRMATION_SUCCEEDED", "TEST right")).isEqualTo(1);
    }

    @Test
    void nothingTypedIsRefusedWithoutCountingAnything() {
        assertThatThrownBy(() -> confirmation.confirm(null, "TEST")).hasMessage(PasswordConfirmation.REQUIRED);
        assertThatThrownBy(() -> confirmation.confirm("", "TEST")).hasMessage(PasswordConfirmation.REQUIRED);
        assertThat(failures()).isZero();
        assertThat(audited("PASSWORD_CONFIRMATION_FAILED", "TEST")).isZero();
    }

    @Test
    void wrongConfirmationsAndWrongSignInsAddUpAndLockTheAccountAgainstTheRightPassword() throws Exception {
        long noticesBefore = lockNotices();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(signsIn("guess-" + attempt)).isFalse();
        }
        SignedIn.as(accounts, LOGIN);
        assertThatThrownBy(() -> confirmation.confirm("guess-4", "TEST")).hasMessage(PasswordConfirmation.WRONG);
        assertThat(lockedUntil()).as("four failures: not yet").isNull();
        assertThatThrownBy(() -> confirmation.confirm("guess-5", "TEST")).hasMessage(PasswordConfirmation.WRONG);
        assertThat(lockedUntil()).as("the fifth locks, as at sign-in").isAfter(clock.instant());
        assertThat(lockNotices()).as("the owner is told").isEqualTo(noticesBefore + 1);

        assertThatThrownBy(() -> confirmation.confirm(DemoLogins.PASSWORD, "TEST")).hasMessage(PasswordConfirmation.LOCKED);
        assertThat(signsIn(DemoLogins.PASSWORD)).as("nor can the owner sign in again for now").isFalse();

        clock.advance(Duration.ofMinutes(2));
        SignedIn.as(accounts, LOGIN);
        confirmation.confirm(DemoLogins.PASSWORD, "TEST");
        assertThat(failures()).isZero();
    }

    @Test
    void eachConfirmationKnocksAtItsDoorEvenWithTheRightPassword() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("10.24.0.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        int limit = rateLimits.limitOf(RateLimits.Door.PASSWORD_CONFIRMATION).count();
        for (int attempt = 1; attempt <= limit; attempt++) {
            confirmation.confirm(DemoLogins.PASSWORD, "TEST");
        }
        assertThatThrownBy(() -> confirmation.confirm(DemoLogins.PASSWORD, "TEST"))
                .isInstanceOf(Refusal.class).hasMessage("rateLimit.exceeded");
        assertThat(audited("PASSWORD_CONFIRMATION_SUCCEEDED", "TEST")).as("a refused knock checks nothing").isEqualTo(limit);
    }

    @Test
    void nobodySignedInHasNoPasswordToConfirm() {
        SignedIn.out();
        assertThatThrownBy(() -> confirmation.confirm(DemoLogins.PASSWORD, "TEST"))
                .isInstanceOfAny(AuthenticationException.class, AccessDeniedException.class);
    }

    private boolean signsIn(String password) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        return "/my-space".equals(mvc.perform(post("/login").param("username", LOGIN).param("password", password)
                .with(csrf())).andReturn().getResponse().getRedirectedUrl());
    }

    private int failures() {
        return dsl.select(USER_ACCOUNT.FAILED_LOGINS).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN)).fetchSingle().value1();
    }

    private Instant lockedUntil() {
        var until = dsl.select(USER_ACCOUNT.LOCKED_UNTIL).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN)).fetchSingle().value1();
        return until == null ? null : until.toInstant();
    }

    /** This test's audit rows: the clock stands still, so they are told apart by their ids. */
    private int audited(String action, String details) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(LOGIN), AUDIT_EVENT.ACTION.eq(action),
                AUDIT_EVENT.DETAILS.eq(details), AUDIT_EVENT.ID.gt(lastAuditBefore));
    }

    private long lockNotices() {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.BODY.contains(LOGIN),
                OUTBOX_MESSAGE.SUBJECT.eq("Votre accès aux téléservices CIMR est bloqué pour quelques minutes"));
    }
}
