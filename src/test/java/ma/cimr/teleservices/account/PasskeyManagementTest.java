package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SecondFactorCodes;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.SoftwarePasskey;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.SecondFactorPolicy;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;


import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.PASSKEY;
import static ma.cimr.teleservices.jooq.Tables.PASSKEY_USER;
import static ma.cimr.teleservices.jooq.Tables.RECOVERY_CODE;
import static ma.cimr.teleservices.jooq.Tables.SECOND_FACTOR;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A signed-in person's passkeys on their « Sécurité du compte » page (DD031): added only after the
 * password typed again, listed, removed with the password, never the last factor of a role that
 * requires one; additions and removals audited. Not rolled back: the password check counts in a
 * transaction of its own (DD024), so the test uses logins no other test uses and puts them back.
 */
@PortalTest
class PasskeyManagementTest {

    private static final String ORIGIN = "http://localhost:8080";
    private static final String AFFILIATE = "10000006";
    private static final String VALIDATOR = "fes.validateur";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    Passkeys passkeys;
    @Autowired
    AccountService accounts;
    @Autowired
    ma.cimr.teleservices.TestClock clock;

    MockMvc mvc;
    long lastAuditBefore;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        lastAuditBefore = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT)
                .fetchSingle().value1();
    }

    @AfterEach
    void putTheLoginsBack() {
        SignedIn.out();
        for (String login : new String[] {AFFILIATE, VALIDATOR}) {
            var id = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login));
            dsl.deleteFrom(PASSKEY).where(PASSKEY.ACCOUNT_ID.in(id)).execute();
            dsl.deleteFrom(PASSKEY_USER).where(PASSKEY_USER.ACCOUNT_ID.in(id)).execute();
            dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.in(id)).execute();
            dsl.deleteFrom(SECOND_FACTOR).where(SECOND_FACTOR.ACCOUNT_ID.in(id)).execute();
            dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.FAILED_LOGINS, 0).setNull(USER_ACCOUNT.LOCKED_UNTIL)
                    .setNull(USER_ACCOUNT.LAST_FAILED_LOGIN_AT).where(USER_ACCOUNT.LOGIN.eq(login)).execute();
        }
    }

    @Test
    void anAffiliateAddsAPasskeyOnlyWithThePasswordTypedAgainAndWithinMinutes() throws Exception {
        MockHttpSession session = password(AFFILIATE);
        assertThat(SecondFactorCodes.contextOf(session).getAuthentication().getPrincipal()).isInstanceOf(PortalUser.class);

        assertThat(status(mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andReturn()))
                .as("no passkey without the password again").isEqualTo(403);

        SignedIn.as(accounts, AFFILIATE);
        assertThatThrownBy(() -> passkeys.allowNewPasskey("Téléphone", "wrong password"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo(PasswordConfirmation.WRONG));
        assertThatThrownBy(() -> passkeys.allowNewPasskey(" ", DemoLogins.PASSWORD))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("passkeys.error.label"));
        session.setAttribute(Passkeys.REGISTRATION_ALLOWED_UNTIL, clock.instant().minusSeconds(1));
        assertThat(status(mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andReturn()))
                .as("the minutes after the password have passed").isEqualTo(403);

        SignedIn.as(accounts, AFFILIATE);
        session.setAttribute(Passkeys.REGISTRATION_ALLOWED_UNTIL, passkeys.allowNewPasskey("Téléphone", DemoLogins.PASSWORD));
        MvcResult added = register(session, new SoftwarePasskey(ORIGIN), "Téléphone");

        assertThat(status(added)).isEqualTo(200);
        assertThat(audit(AFFILIATE, "PASSKEY_ADDED")).isEqualTo(1);
        assertThat(session.getAttribute(Passkeys.REGISTRATION_ALLOWED_UNTIL)).as("good for one passkey").isNull();
        SignedIn.as(accounts, AFFILIATE);
        assertThat(passkeys.mine()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("Téléphone");
            assertThat(p.created()).isNotNull();
            assertThat(p.lastUsed()).isNotNull();
        });
        SignedIn.out();
        assertThat(SecondFactorCodes.contextOf(password(AFFILIATE)).getAuthentication())
                .as("from now on the affiliate's sign-in asks for a second factor").isInstanceOf(PasswordOnlySignIn.class);
    }

    @Test
    void theLastFactorOfARequiredRoleCannotBeRemovedButOneOfTwoCanAndTheRemovalIsAudited() throws Exception {
        assertThat(register(password(VALIDATOR), new SoftwarePasskey(ORIGIN), "Bureau").getResponse().getStatus())
                .as("enrolled with a passkey at the first sign-in").isEqualTo(200);
        assertThat(SecondFactorPolicy.requiredFor(SignedIn.as(accounts, VALIDATOR))).isTrue();
        String bureau = passkeys.mine().getFirst().id();

        assertThatThrownBy(() -> passkeys.removeMine(bureau, DemoLogins.PASSWORD))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("passkeys.error.lastFactor"));
        assertThat(passkeys.mine()).hasSize(1);

        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        session.setAttribute(Passkeys.REGISTRATION_ALLOWED_UNTIL, passkeys.allowNewPasskey("Portable", DemoLogins.PASSWORD));
        assertThat(status(register(session, new SoftwarePasskey(ORIGIN), "Portable"))).isEqualTo(200);
        SignedIn.as(accounts, VALIDATOR);
        assertThat(passkeys.mine()).extracting(Passkey::label).containsExactly("Bureau", "Portable");

        assertThatThrownBy(() -> passkeys.removeMine(bureau, "wrong password"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo(PasswordConfirmation.WRONG));
        assertThat(passkeys.mine()).hasSize(2);
        passkeys.removeMine(bureau, DemoLogins.PASSWORD);

        assertThat(passkeys.mine()).extracting(Passkey::label).containsExactly("Portable");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ID.gt(lastAuditBefore).and(AUDIT_EVENT.ACTOR.eq(VALIDATOR))
                .and(AUDIT_EVENT.ACTION.eq("PASSKEY_REMOVED")).and(AUDIT_EVENT.DETAILS.eq("Bureau")))).isEqualTo(1);
        assertThat(audit(VALIDATOR, "PASSKEY_ADDED")).as("the second one, from the security page").isEqualTo(1);
    }

    private MockHttpSession password(String login) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", login).param("password", DemoLogins.PASSWORD)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MvcResult register(MockHttpSession session, SoftwarePasskey passkey, String label) throws Exception {
        MvcResult options = mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andReturn();
        assertThat(status(options)).isEqualTo(200);
        return mvc.perform(post("/passkeys/register").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(passkey.registration(options.getResponse().getContentAsString(), label))).andReturn();
    }

    private static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    private int audit(String actor, String action) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ID.gt(lastAuditBefore).and(AUDIT_EVENT.ACTOR.eq(actor))
                .and(AUDIT_EVENT.ACTION.eq(action)));
    }
}
