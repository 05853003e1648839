package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A signed-in session ends by itself twelve hours after it began, however busy, and at once when its
 * account's password, status or roles change (from anywhere: the database counts the changes).
 */
@PortalTest
@Transactional
class SignedInSessionsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    org.jooq.DSLContext dsl;

    MockMvc mvc;
    Instant start;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        start = clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(start);
    }

    @Test
    void aSessionInUseEndsTwelveHoursAfterItsFirstSignedInRequest() throws Exception {
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", DemoLogins.AFFILIATE)
                .param("password", DemoLogins.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        for (int hour = 0; hour < 12; hour++) {
            mvc.perform(get("/my-space").session(session));
            assertThat(session.isInvalid()).as("still open after %d hours of use", hour).isFalse();
            clock.advance(Duration.ofHours(1));
        }

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/my-space").session(session));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void everyOtherSessionOfALoginEndsWhenItsPasswordStatusOrRolesChange() throws Exception {
        assertSessionEndsAfter(DemoLogins.AFFILIATE, () -> dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, "{bcrypt}$2a$10$reset-by-staff-or-link")
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.AFFILIATE)).execute());
        assertSessionEndsAfter(DemoLogins.OTHER_AFFILIATE, () -> dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.STATUS, ma.cimr.teleservices.security.AccountStatus.SUSPENDED)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.OTHER_AFFILIATE)).execute());
        // a login with no second factor to pass (DD021): the session is fully signed in by its password
        String thirdAffiliate = "10000003";
        assertSessionEndsAfter(thirdAffiliate, () -> dsl.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(
                        dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(thirdAffiliate))))
                .execute());
    }

    @Test
    void aChangeOfLanguageOrASuccessfulSignInElsewhereLeavesTheSessionAlone() throws Exception {
        var session = signIn(DemoLogins.RETIREE);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PREFERRED_LOCALE, "ar")
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.RETIREE)).execute();
        signIn(DemoLogins.RETIREE);

        mvc.perform(get("/my-space").session(session));

        assertThat(session.isInvalid()).isFalse();
    }

    private void assertSessionEndsAfter(String login, Runnable change) throws Exception {
        var session = signIn(login);
        mvc.perform(get("/my-space").session(session));
        assertThat(session.isInvalid()).as("%s before the change", login).isFalse();

        change.run();
        mvc.perform(get("/my-space").session(session));

        assertThat(session.isInvalid()).as("%s after the change", login).isTrue();
    }

    private MockHttpSession signIn(String login) throws Exception {
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", login)
                .param("password", DemoLogins.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        mvc.perform(get("/my-space").session(session));
        return session;
    }
}
