package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SecondFactorCodes;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.recovery.PasswordResetLinks;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.RECOVERY_CODE;
import static ma.cimr.teleservices.jooq.Tables.SECOND_FACTOR;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The second factor through the real sign-in (DD021): the password form, then the code form, as
 * a browser posts them, with codes computed from the shared secret as an authenticator does.
 * Rolled back after each test, enrolments included.
 */
@PortalTest
@Transactional
class SecondFactorTest {

    private static int attempts;
    private static int accepted;

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;
    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    OneTimeLinks oneTimeLinks;
    @Autowired
    PasswordResetLinks resetLinks;

    MockMvc mvc;
    Instant start;
    private long auditBefore;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        start = clock.instant();
        // the suite shares one database: other tests (the every-route journey) sign these logins in too
        auditBefore = java.util.Objects.requireNonNullElse(dsl.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT)
                .fetchOne(0, Long.class), 0L);
    }

    @AfterEach
    void tearDown() {
        clock.set(start);
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void figures() {
        System.out.printf("second factor: %d codes tried through the real sign-in, %d accepted%n", attempts, accepted);
    }

    @Test
    void anAffiliateNeedsNoSecondFactorAndGoesStraightIn() throws Exception {
        MockHttpSession session = password(DemoLogins.AFFILIATE);
        assertThat(SecondFactorCodes.contextOf(session).getAuthentication().getPrincipal()).isInstanceOf(PortalUser.class);
        assertThat(dsl.fetchCount(SECOND_FACTOR, SECOND_FACTOR.ACCOUNT_ID.eq(accountId(DemoLogins.AFFILIATE)))).isZero();
    }

    @Test
    void aRightPasswordAloneGivesNoRoleNoUserAndNoService() throws Exception {
        MockHttpSession session = password(DemoLogins.SUPERVISOR);
        var authentication = SecondFactorCodes.contextOf(session).getAuthentication();

        assertThat(authentication).isInstanceOf(PasswordOnlySignIn.class);
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("FACTOR_PASSWORD");
        SecurityContextHolder.setContext(SecondFactorCodes.contextOf(session));
        assertThat(currentUser.find()).isEmpty();
        assertThatThrownBy(() -> accounts.lockedAccounts()).isInstanceOf(AccessDeniedException.class);
        assertThat(secondFactor.nextStep()).isEqualTo(SecondFactorStep.ENROL);
        assertThat(audit(DemoLogins.SUPERVISOR, "PASSWORD_ACCEPTED")).isEqualTo(1);
        assertThat(audit(DemoLogins.SUPERVISOR, "LOGIN_SUCCEEDED")).isZero();
    }

    @Test
    void theFirstSignInEnrolsAnAuthenticatorAndTheNextOneAsksForItsCode() throws Exception {
        MockHttpSession session = password(DemoLogins.SUPERVISOR);
        String idBefore = session.getId();
        String secret = SecondFactorCodes.enrolmentSecret(secondFactor, session);
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(SecondFactorCodes.enrolmentSecret(secondFactor, session)).as("the same until confirmed").isEqualTo(secret);

        MvcResult enrolled = code(session, "/second-factor/enrol", SecondFactorCodes.codeNow(secret, clock));

        assertThat(enrolled.getResponse().getRedirectedUrl()).isEqualTo("/second-factor/recovery-codes");
        assertThat(session.getId()).as("a new session id once signed in").isNotEqualTo(idBefore);
        var user = (PortalUser) SecondFactorCodes.contextOf(session).getAuthentication().getPrincipal();
        assertThat(user.login()).isEqualTo(DemoLogins.SUPERVISOR);
        assertThat(SecondFactorCodes.contextOf(session).getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_SUPERVISOR");
        assertThat(recoveryCodesShown(session)).hasSize(10).doesNotHaveDuplicates();
        assertThat(audit(DemoLogins.SUPERVISOR, "SECOND_FACTOR_ENROLLED")).isEqualTo(1);
        assertThat(audit(DemoLogins.SUPERVISOR, "LOGIN_SUCCEEDED")).isEqualTo(1);

        // the secret is sealed at rest: its bytes are nowhere in the row
        byte[] stored = dsl.select(SECOND_FACTOR.SECRET).from(SECOND_FACTOR)
                .where(SECOND_FACTOR.ACCOUNT_ID.eq(accountId(DemoLogins.SUPERVISOR))).fetchSingle().value1();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(Totp.fromBase32(secret), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(dsl.select(RECOVERY_CODE.CODE_HASH).from(RECOVERY_CODE)
                .where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId(DemoLogins.SUPERVISOR))).fetch(RECOVERY_CODE.CODE_HASH))
                .hasSize(10)
                .allSatisfy(hash -> assertThat(hash).startsWith("{argon2}"));

        clock.advance(Duration.ofSeconds(30));
        MockHttpSession next = password(DemoLogins.SUPERVISOR);
        SecurityContextHolder.setContext(SecondFactorCodes.contextOf(next));
        assertThat(secondFactor.nextStep()).isEqualTo(SecondFactorStep.CODE);
        SecurityContextHolder.clearContext();
        assertThat(code(next, "/second-factor", SecondFactorCodes.codeNow(secret, clock)).getResponse().getRedirectedUrl())
                .isEqualTo("/my-space");
        assertThat(SecondFactorCodes.contextOf(next).getAuthentication().getPrincipal()).isInstanceOf(PortalUser.class);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterPassesButNotTwoStepsAway() throws Exception {
        String secret = enrolled(DemoLogins.ATLAS_ORDERER);
        byte[] key = Totp.fromBase32(secret);
        long now = Totp.step(clock.instant().plusSeconds(120));
        clock.advance(Duration.ofSeconds(120));

        assertThat(code(password(DemoLogins.ATLAS_ORDERER), "/second-factor", Totp.code(key, now - 2))
                .getResponse().getRedirectedUrl()).isEqualTo("/second-factor?error");
        assertThat(code(password(DemoLogins.ATLAS_ORDERER), "/second-factor", Totp.code(key, now - 1))
                .getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        assertThat(code(password(DemoLogins.ATLAS_ORDERER), "/second-factor", Totp.code(key, now + 1))
                .getResponse().getRedirectedUrl()).isEqualTo("/my-space");
    }

    @Test
    void wrongCodesAreRefusedAuditedAndLockTheAccountLikeWrongPasswords() throws Exception {
        String secret = enrolled(DemoLogins.SUPERVISOR);
        clock.advance(Duration.ofSeconds(30));
        String right = SecondFactorCodes.codeNow(secret, clock);
        String wrong = right.equals("000000") ? "111111" : "000000";
        MockHttpSession session = password(DemoLogins.SUPERVISOR);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(code(session, "/second-factor", wrong).getResponse().getRedirectedUrl())
                    .isEqualTo("/second-factor?error");
        }

        assertThat(audit(DemoLogins.SUPERVISOR, "SECOND_FACTOR_FAILED")).isEqualTo(5);
        assertThat(dsl.select(USER_ACCOUNT.LOCKED_UNTIL).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.SUPERVISOR)).fetchSingle().value1()).isNotNull();
        assertThat(code(session, "/second-factor", right).getResponse().getRedirectedUrl())
                .as("locked: even the right code is refused").isEqualTo("/second-factor?error");
        assertThat(dsl.select(USER_ACCOUNT.FAILED_LOGINS).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.SUPERVISOR)).fetchSingle().value1())
                .as("a code tried while locked is not counted, as a password is not").isEqualTo(5);
        assertThat(SecondFactorCodes.contextOf(session).getAuthentication()).isInstanceOf(PasswordOnlySignIn.class);
        assertThat(password(DemoLogins.SUPERVISOR, "/login?error")).isNotNull();
    }

    @Test
    void aCodeIsGoodOnceEvenWithinItsWindow() throws Exception {
        String secret = enrolled(DemoLogins.SUPERVISOR);
        clock.advance(Duration.ofSeconds(30));
        String code = SecondFactorCodes.codeNow(secret, clock);
        assertThat(code(password(DemoLogins.SUPERVISOR), "/second-factor", code).getResponse().getRedirectedUrl())
                .isEqualTo("/my-space");

        MockHttpSession replay = password(DemoLogins.SUPERVISOR);
        assertThat(code(replay, "/second-factor", code).getResponse().getRedirectedUrl()).isEqualTo("/second-factor?error");
        assertThat(SecondFactorCodes.contextOf(replay).getAuthentication()).isInstanceOf(PasswordOnlySignIn.class);
        assertThat(dsl.select(AUDIT_EVENT.DETAILS).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq(DemoLogins.SUPERVISOR)
                .and(AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_FAILED"))).fetch(AUDIT_EVENT.DETAILS)).containsExactly("code already used");
    }

    @Test
    void aRecoveryCodeReplacesTheAuthenticatorOnceThenAsksToEnrolAgain() throws Exception {
        MockHttpSession first = password(DemoLogins.ADMINISTRATOR);
        String oldSecret = SecondFactorCodes.enrolmentSecret(secondFactor, first);
        code(first, "/second-factor/enrol", SecondFactorCodes.codeNow(oldSecret, clock));
        List<String> recoveryCodes = recoveryCodesShown(first);

        MockHttpSession lostPhone = password(DemoLogins.ADMINISTRATOR);
        assertThat(code(lostPhone, "/second-factor", recoveryCodes.get(3).toUpperCase()).getResponse().getRedirectedUrl())
                .isEqualTo("/second-factor/enrol");
        assertThat(SecondFactorCodes.contextOf(lostPhone).getAuthentication()).as("not signed in yet")
                .isInstanceOf(PasswordOnlySignIn.class);
        String newSecret = SecondFactorCodes.enrolmentSecret(secondFactor, lostPhone);
        assertThat(newSecret).isNotEqualTo(oldSecret);
        clock.advance(Duration.ofSeconds(30));
        assertThat(code(lostPhone, "/second-factor/enrol", SecondFactorCodes.codeNow(newSecret, clock))
                .getResponse().getRedirectedUrl()).isEqualTo("/second-factor/recovery-codes");
        assertThat(recoveryCodesShown(lostPhone)).hasSize(10).doesNotContainAnyElementsOf(recoveryCodes);

        MockHttpSession again = password(DemoLogins.ADMINISTRATOR);
        assertThat(code(again, "/second-factor", recoveryCodes.get(3)).getResponse().getRedirectedUrl())
                .as("used, and replaced by the new enrolment's").isEqualTo("/second-factor?error");
        clock.advance(Duration.ofSeconds(30));
        assertThat(code(again, "/second-factor", SecondFactorCodes.codeNow(oldSecret, clock)).getResponse().getRedirectedUrl())
                .as("the lost phone's codes no longer work").isEqualTo("/second-factor?error");
        assertThat(code(again, "/second-factor", SecondFactorCodes.codeNow(newSecret, clock)).getResponse().getRedirectedUrl())
                .isEqualTo("/my-space");
    }

    @Test
    void aRecoveryCodeIsGoodOnlyOnce() throws Exception {
        MockHttpSession first = password(DemoLogins.ADMINISTRATOR);
        String secret = SecondFactorCodes.enrolmentSecret(secondFactor, first);
        code(first, "/second-factor/enrol", SecondFactorCodes.codeNow(secret, clock));
        String recovery = recoveryCodesShown(first).getFirst();

        assertThat(code(password(DemoLogins.ADMINISTRATOR), "/second-factor", recovery).getResponse().getRedirectedUrl())
                .isEqualTo("/second-factor/enrol");
        assertThat(code(password(DemoLogins.ADMINISTRATOR), "/second-factor", recovery).getResponse().getRedirectedUrl())
                .isEqualTo("/second-factor?error");
        assertThat(dsl.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USED_AT.isNull()
                .and(RECOVERY_CODE.ACCOUNT_ID.eq(accountId(DemoLogins.ADMINISTRATOR))))).isEqualTo(9);
    }

    @Test
    void aDelegateWhoLostEverythingEnrolsAgainAfterThePasswordChosenThroughTheLettersLink() throws Exception {
        enrolled(DemoLogins.ATLAS_DELEGATE);
        String token = oneTimeLinks.issue(LinkPurpose.PASSWORD_RESET, accountId(DemoLogins.ATLAS_DELEGATE),
                Duration.ofHours(48)).token();

        resetLinks.choose(token, "Nouveau-Mot-2026!", java.util.Locale.FRENCH);

        MvcResult result = mvc.perform(post("/login").param("username", DemoLogins.ATLAS_DELEGATE)
                .param("password", "Nouveau-Mot-2026!").with(csrf())).andReturn();
        SecurityContextHolder.setContext(SecondFactorCodes.contextOf((MockHttpSession) result.getRequest().getSession()));
        assertThat(secondFactor.nextStep()).isEqualTo(SecondFactorStep.ENROL);
        assertThat(dsl.fetchCount(RECOVERY_CODE, RECOVERY_CODE.ACCOUNT_ID.eq(accountId(DemoLogins.ATLAS_DELEGATE)))).isZero();
        assertThat(audit(DemoLogins.ATLAS_DELEGATE, "SECOND_FACTOR_RESET")).isEqualTo(1);
    }

    @Test
    void aFullySignedInOrAnonymousSessionCannotPostACode() throws Exception {
        MockHttpSession affiliate = password(DemoLogins.AFFILIATE);
        assertThat(code(affiliate, "/second-factor", "123456").getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(code(new MockHttpSession(), "/second-factor/enrol", "123456").getResponse().getRedirectedUrl())
                .isEqualTo("/login");
    }

    private String enrolled(String login) throws Exception {
        MockHttpSession session = password(login);
        String secret = SecondFactorCodes.enrolmentSecret(secondFactor, session);
        code(session, "/second-factor/enrol", SecondFactorCodes.codeNow(secret, clock));
        return secret;
    }

    private MockHttpSession password(String login) throws Exception {
        return password(login, "/my-space");
    }

    private MockHttpSession password(String login, String expectedRedirect) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", login).param("password", DemoLogins.PASSWORD)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MvcResult code(MockHttpSession session, String path, String code) throws Exception {
        attempts++;
        MvcResult result = mvc.perform(post(path).session(session).param("code", code).with(csrf())).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if ("/my-space".equals(target) || "/second-factor/recovery-codes".equals(target)) {
            accepted++;
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> recoveryCodesShown(MockHttpSession session) {
        return (List<String>) session.getAttribute(SecondFactorService.NEW_RECOVERY_CODES);
    }

    private long accountId(String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login)).fetchSingle().value1();
    }

    /** What this test's own steps recorded. */
    private int audit(String actor, String action) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(actor).and(AUDIT_EVENT.ACTION.eq(action))
                .and(AUDIT_EVENT.ID.gt(auditBefore)));
    }
}
