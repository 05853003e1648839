package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The login form's answers, through the real security filter chain. Rolled back after each test,
 * audit rows included.
 */
@PortalTest
@Transactional
class LoginTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theRightPasswordLeadsToTheUsersOwnSpaceAndIsAudited() throws Exception {
        int before = auditCount(DemoLogins.RETIREE, "LOGIN_SUCCEEDED");
        MvcResult result = login(DemoLogins.RETIREE, DemoLogins.PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        assertThat(auditCount(DemoLogins.RETIREE, "LOGIN_SUCCEEDED")).isEqualTo(before + 1);
        assertThat(dsl.select(USER_ACCOUNT.LAST_LOGIN_AT).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.RETIREE)).fetchOne(USER_ACCOUNT.LAST_LOGIN_AT)).isNotNull();
    }

    @Test
    void theLoginIsNotCaseSensitive() throws Exception {
        assertThat(login("ATLAS.COMPTE", DemoLogins.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/my-space");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswerAndAreBothAudited() throws Exception {
        int affiliateFailures = auditCount(DemoLogins.AFFILIATE, "LOGIN_FAILED");
        int unknownFailures = auditCount("nobody.here", "LOGIN_FAILED");
        MvcResult wrongPassword = login(DemoLogins.AFFILIATE, "not-the-password");
        MvcResult unknownLogin = login("nobody.here", "not-the-password");

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownLogin.getResponse().getRedirectedUrl()).isEqualTo(wrongPassword.getResponse().getRedirectedUrl());
        assertThat(unknownLogin.getResponse().getStatus()).isEqualTo(wrongPassword.getResponse().getStatus());
        assertThat(auditCount(DemoLogins.AFFILIATE, "LOGIN_FAILED")).isEqualTo(affiliateFailures + 1);
        assertThat(auditCount("nobody.here", "LOGIN_FAILED")).isEqualTo(unknownFailures + 1);
    }

    @Test
    void aSuspendedAccountCannotLogInAndLearnsNothingMore() throws Exception {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.STATUS, AccountStatus.SUSPENDED)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.ATLAS_LIQUIDATION)).execute();

        int failures = auditCount(DemoLogins.ATLAS_LIQUIDATION, "LOGIN_FAILED");

        MvcResult suspended = login(DemoLogins.ATLAS_LIQUIDATION, DemoLogins.PASSWORD);

        assertThat(suspended.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(auditCount(DemoLogins.ATLAS_LIQUIDATION, "LOGIN_FAILED")).isEqualTo(failures + 1);
    }

    @Test
    void anUnknownLoginAWrongPasswordAndALockedAccountGetTheVerySameAnswer() throws Exception {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.LOCKED_UNTIL, java.time.OffsetDateTime.now().plusHours(1))
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.ATLAS_ORDERER)).execute();

        MvcResult unknown = login("nobody.at.all", "not-the-password");
        MvcResult wrongPassword = login(DemoLogins.ATLAS_VALIDATOR, "not-the-password");
        MvcResult lockedWithTheRightPassword = login(DemoLogins.ATLAS_ORDERER, DemoLogins.PASSWORD);

        for (MvcResult other : java.util.List.of(wrongPassword, lockedWithTheRightPassword)) {
            assertThat(other.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus());
            assertThat(other.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
            assertThat(other.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
            assertThat(other.getResponse().getHeaderNames()).isEqualTo(unknown.getResponse().getHeaderNames());
        }
    }

    private MvcResult login(String login, String password) throws Exception {
        return mvc.perform(post("/login").param("username", login).param("password", password).with(csrf()))
                .andReturn();
    }

    private int auditCount(String actor, String action) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(actor).and(AUDIT_EVENT.ACTION.eq(action)));
    }
}
