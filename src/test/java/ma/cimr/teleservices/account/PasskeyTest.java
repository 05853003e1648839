package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SecondFactorCodes;
import ma.cimr.teleservices.SoftwarePasskey;
import ma.cimr.teleservices.security.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;


import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.PASSKEY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Passkeys through the real sign-in (DD031): the password form, then Spring Security's options
 * endpoints and ours, with a passkey in software answering as an authenticator does, so the real
 * relying party checks real signatures. Rolled back after each test.
 */
@PortalTest
@Transactional
class PasskeyTest {

    private static final String ORIGIN = "http://localhost:8080";
    private static int assertionsTried;
    private static int assertionsAccepted;
    private static int wrongAccountAccepted;

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void figures() {
        System.out.printf("passkeys: %d assertions tried after the password, %d accepted, %d of another account's accepted%n",
                assertionsTried, assertionsAccepted, wrongAccountAccepted);
    }

    @Test
    void aDelegateEnrolsAPasskeyAtFirstSignInAndThenSignsInWithPasswordAndPasskey() throws Exception {
        var passkey = new SoftwarePasskey(ORIGIN);
        MockHttpSession first = password(DemoLogins.ATLAS_DELEGATE);
        MvcResult enrolled = register(first, passkey, "Ordinateur du bureau");

        assertThat(enrolled.getResponse().getStatus()).isEqualTo(200);
        assertThat(enrolled.getResponse().getContentAsString()).contains("/second-factor/recovery-codes");
        assertThat(principal(first)).isInstanceOf(PortalUser.class);
        assertThat(first.getAttribute(SecondFactorService.NEW_RECOVERY_CODES)).asList().hasSize(10);
        assertThat(audit(DemoLogins.ATLAS_DELEGATE, "SECOND_FACTOR_ENROLLED")).isEqualTo(1);
        assertThat(dsl.fetchCount(PASSKEY, PASSKEY.ACCOUNT_ID.eq(accountId(DemoLogins.ATLAS_DELEGATE)))).isEqualTo(1);

        MockHttpSession second = password(DemoLogins.ATLAS_DELEGATE);
        assertThat(principal(second)).as("the password alone is not a session").isNotInstanceOf(PortalUser.class);
        String idBefore = second.getId();
        MvcResult signedIn = assertion(second, passkey);

        assertThat(signedIn.getResponse().getStatus()).isEqualTo(200);
        assertThat(signedIn.getResponse().getContentAsString()).contains("/my-space");
        assertThat(((PortalUser) principal(second)).login()).isEqualTo(DemoLogins.ATLAS_DELEGATE);
        assertThat(second.getId()).as("a new session id once signed in").isNotEqualTo(idBefore);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(DemoLogins.ATLAS_DELEGATE)
                .and(AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_PASSED")).and(AUDIT_EVENT.DETAILS.eq("PASSKEY")))).isEqualTo(1);
        assertThat(audit(DemoLogins.ATLAS_DELEGATE, "LOGIN_SUCCEEDED")).isEqualTo(2);
    }

    @Test
    void anotherAccountsPasskeyIsRefusedAndCountedAsAWrongCode() throws Exception {
        var atlasKey = new SoftwarePasskey(ORIGIN);
        var maghrebKey = new SoftwarePasskey(ORIGIN);
        register(password(DemoLogins.ATLAS_DELEGATE), atlasKey, "Atlas");
        register(password(DemoLogins.MAGHREB_DELEGATE), maghrebKey, "Maghreb");
        int failuresBefore = failedLogins(DemoLogins.MAGHREB_DELEGATE);

        MockHttpSession maghreb = password(DemoLogins.MAGHREB_DELEGATE);
        MvcResult refused = assertion(maghreb, atlasKey);
        if (refused.getResponse().getStatus() == 200) {
            wrongAccountAccepted++;
        }

        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentAsString()).contains("/second-factor?error");
        assertThat(principal(maghreb)).isInstanceOf(PasswordOnlySignIn.class);
        assertThat(failedLogins(DemoLogins.MAGHREB_DELEGATE)).isEqualTo(failuresBefore + 1);
        assertThat(audit(DemoLogins.MAGHREB_DELEGATE, "SECOND_FACTOR_FAILED")).isEqualTo(1);
        assertThat(audit(DemoLogins.MAGHREB_DELEGATE, "LOGIN_SUCCEEDED")).as("only at enrolment").isEqualTo(1);

        MvcResult own = assertion(maghreb, maghrebKey);
        assertThat(own.getResponse().getStatus()).as("its own passkey still works").isEqualTo(200);
    }

    @Test
    void aPasswordOnlySessionCannotAddAPasskeyToAnAccountThatHasAFactor() throws Exception {
        register(password(DemoLogins.ATLAS_DELEGATE), new SoftwarePasskey(ORIGIN), "Atlas");

        MockHttpSession attacker = password(DemoLogins.ATLAS_DELEGATE);
        var options = mvc.perform(post("/webauthn/register/options").session(attacker).with(csrf())).andReturn();
        var register = mvc.perform(post("/passkeys/register").session(attacker).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();

        assertThat(options.getResponse().getStatus()).isEqualTo(403);
        assertThat(register.getResponse().getStatus()).isEqualTo(403);
        assertThat(dsl.fetchCount(PASSKEY, PASSKEY.ACCOUNT_ID.eq(accountId(DemoLogins.ATLAS_DELEGATE)))).isEqualTo(1);
    }

    @Test
    void aPasskeyAssertionWithoutAChallengeOrWithoutThePasswordFirstIsRefused() throws Exception {
        var passkey = new SoftwarePasskey(ORIGIN);
        register(password(DemoLogins.ATLAS_DELEGATE), passkey, "Atlas");

        var anonymousOptions = mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andReturn();
        assertThat(anonymousOptions.getResponse().getStatus()).as("no password-less sign-in").isEqualTo(403);
        var anonymousAssertion = mvc.perform(post("/second-factor/passkey").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();
        assertThat(anonymousAssertion.getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/login/webauthn").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus()).as("Spring's password-less endpoint is not there").isNotEqualTo(200);

        MockHttpSession session = password(DemoLogins.ATLAS_DELEGATE);
        var noChallenge = mvc.perform(post("/second-factor/passkey").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();
        assertThat(noChallenge.getResponse().getStatus()).isEqualTo(401);
        assertThat(principal(session)).isInstanceOf(PasswordOnlySignIn.class);
    }

    private MockHttpSession password(String login) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", login).param("password", DemoLogins.PASSWORD)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MvcResult register(MockHttpSession session, SoftwarePasskey passkey, String label) throws Exception {
        MvcResult options = mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andReturn();
        assertThat(options.getResponse().getStatus()).isEqualTo(200);
        return mvc.perform(post("/passkeys/register").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(passkey.registration(options.getResponse().getContentAsString(), label))).andReturn();
    }

    private MvcResult assertion(MockHttpSession session, SoftwarePasskey passkey) throws Exception {
        MvcResult options = mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf())).andReturn();
        assertThat(options.getResponse().getStatus()).isEqualTo(200);
        assertionsTried++;
        MvcResult result = mvc.perform(post("/second-factor/passkey").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(passkey.assertion(options.getResponse().getContentAsString())))
                .andReturn();
        if (result.getResponse().getStatus() == 200) {
            assertionsAccepted++;
        }
        return result;
    }

    private static Object principal(MockHttpSession session) {
        return SecondFactorCodes.contextOf(session).getAuthentication() instanceof PasswordOnlySignIn signIn ? signIn
                : SecondFactorCodes.contextOf(session).getAuthentication().getPrincipal();
    }

    private long accountId(String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login)).fetchSingle().value1();
    }

    private int failedLogins(String login) {
        return dsl.select(USER_ACCOUNT.FAILED_LOGINS).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login)).fetchSingle().value1();
    }

    private int audit(String actor, String action) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(actor).and(AUDIT_EVENT.ACTION.eq(action)));
    }
}
