package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Password spraying from one address: past the sign-in door's limit the address gets the answer
 * of a wrong password and no password is checked any more (not even the right one), while the
 * owner of the login, from their own address, signs in as usual.
 */
@PortalTest
@Transactional
class SignInRateLimitTest {

    private static final String ATTACKER = "198.51.100.23";
    private static final String OWNER = "203.0.113.40";

    @Autowired
    WebApplicationContext context;
    @Autowired
    RateLimits limits;
    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anAddressSprayingPasswordsIsCutOffAtTheLimitAndTheOwnerIsNot() throws Exception {
        int limit = limits.limitOf(Door.SIGN_IN).count();
        int checkedBefore = failuresAudited();
        int refused = 0;
        for (int attempt = 1; attempt <= limit; attempt++) {
            // a different login each time, as a spray does: no account gets locked
            refused += "/login?error".equals(signIn(ATTACKER, "sprayed." + attempt, "Printemps2026!")) ? 1 : 0;
        }
        assertThat(refused).isEqualTo(limit);
        assertThat(failuresAudited()).as("every attempt within the limit is checked").isEqualTo(checkedBefore + limit);

        int succeeded = 0;
        for (int attempt = 1; attempt <= 50; attempt++) {
            succeeded += "/my-space".equals(signIn(ATTACKER, DemoLogins.AFFILIATE, DemoLogins.PASSWORD)) ? 1 : 0;
        }

        assertThat(succeeded).as("past the limit even the right password is not checked").isZero();
        assertThat(failuresAudited()).as("no password checked past the limit").isEqualTo(checkedBefore + limit);
        assertThat(signIn(OWNER, DemoLogins.AFFILIATE, DemoLogins.PASSWORD)).isEqualTo("/my-space");
        System.out.printf("sign-in spray: %d attempts, %d checked, %d past the limit succeeded; owner signed in%n",
                limit + 50, limit, succeeded);
    }

    private String signIn(String address, String login, String password) throws Exception {
        return mvc.perform(post("/login").param("username", login).param("password", password).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private int failuresAudited() {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LOGIN_FAILED"));
    }
}
