package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SecondFactorCodes;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.PasswordOnlySignIn;
import ma.cimr.teleservices.account.ChosenSecondFactor;
import ma.cimr.teleservices.security.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.RECOVERY_CODE;
import static ma.cimr.teleservices.jooq.Tables.SECOND_FACTOR;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An affiliate or a retiree chooses the second factor on "Sécurité du compte" (DD021) and the
 * real sign-in, through MockMvc as a browser posts it, then asks for the code; turning it off
 * takes the password and a current code. Rolled back after each test, except what the password
 * confirmation counts in a transaction of its own, which is put back.
 */
@Transactional
class AccountSecurityViewTest extends PortalBrowserlessTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;
    @Autowired
    ChosenSecondFactor secondFactor;
    @Autowired
    PlatformTransactionManager transactions;

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
    void anAffiliateTurnsItOnAndTheirNextSignInAsksForTheCode() throws Exception {
        signInAs(DemoLogins.AFFILIATE);
        assertThat(open("affiliate/security")).isEqualTo("affiliate/security");
        assertThat(status()).isEqualTo(translated("account.secondFactor.off"));

        test($(PasswordField.class).withClassName("second-factor-password").single()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("second-factor-turn-on").single()).click();
        String secret = $(Span.class).withClassName("second-factor-secret").single().getText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat($(Paragraph.class).withClassName("second-factor-uri-text").single().getText())
                .startsWith("otpauth://totp/").contains("secret=" + secret);
        test($(TextField.class).withClassName("second-factor-code").single()).setValue(SecondFactorCodes.codeNow(secret, clock));
        test($(Button.class).withClassName("second-factor-confirm").single()).click();

        assertThat($(ListItem.class).all()).hasSize(10);
        assertThat(dsl.fetchCount(RECOVERY_CODE, RECOVERY_CODE.ACCOUNT_ID.eq(accountId(DemoLogins.AFFILIATE)))).isEqualTo(10);
        assertThat(audit(DemoLogins.AFFILIATE, "SECOND_FACTOR_ENROLLED")).isEqualTo(1);
        test($(Button.class).withClassName("recovery-codes-continue").single()).click();
        assertThat(status()).isEqualTo(translated("account.secondFactor.on"));

        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofSeconds(30));
        MockHttpSession session = password(DemoLogins.AFFILIATE);
        assertThat(SecondFactorCodes.contextOf(session).getAuthentication()).as("the password alone no longer signs in")
                .isInstanceOf(PasswordOnlySignIn.class);
        MvcResult coded = mvc.perform(post("/second-factor").session(session)
                .param("code", SecondFactorCodes.codeNow(secret, clock)).with(csrf())).andReturn();
        assertThat(coded.getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        assertThat(SecondFactorCodes.contextOf(session).getAuthentication().getPrincipal()).isInstanceOf(PortalUser.class);
    }

    @Test
    void aRetireeTurnsItOffWithTheirPasswordAndACurrentCodeAndSignsInWithThePasswordAgain() throws Exception {
        signInAs(DemoLogins.RETIREE);
        String secret = secondFactor.beginMyEnrolment(DemoLogins.PASSWORD).secret();
        secondFactor.confirmMyEnrolment(SecondFactorCodes.codeNow(secret, clock));
        clock.advance(Duration.ofSeconds(30));
        assertThat(open("retiree/security")).isEqualTo("retiree/security");
        assertThat(status()).isEqualTo(translated("account.secondFactor.on"));

        test($(PasswordField.class).withClassName("second-factor-password").single()).setValue(DemoLogins.PASSWORD);
        test($(TextField.class).withClassName("second-factor-code").single()).setValue(SecondFactorCodes.codeNow(secret, clock));
        test($(Button.class).withClassName("second-factor-turn-off").single()).click();

        assertThat(status()).isEqualTo(translated("account.secondFactor.off"));
        assertThat(dsl.fetchCount(SECOND_FACTOR, SECOND_FACTOR.ACCOUNT_ID.eq(accountId(DemoLogins.RETIREE)))).isZero();
        assertThat(dsl.fetchCount(RECOVERY_CODE, RECOVERY_CODE.ACCOUNT_ID.eq(accountId(DemoLogins.RETIREE)))).isZero();
        assertThat(audit(DemoLogins.RETIREE, "SECOND_FACTOR_DISABLED")).isEqualTo(1);

        SecurityContextHolder.clearContext();
        assertThat(SecondFactorCodes.contextOf(password(DemoLogins.RETIREE)).getAuthentication().getPrincipal())
                .isInstanceOf(PortalUser.class);
    }

    @Test
    void aWrongCodeDoesNotTurnItOffAndCountsAsAFailedSignIn() {
        signInAs(DemoLogins.AFFILIATE);
        String secret = secondFactor.beginMyEnrolment(DemoLogins.PASSWORD).secret();
        secondFactor.confirmMyEnrolment(SecondFactorCodes.codeNow(secret, clock));
        clock.advance(Duration.ofSeconds(30));
        String right = SecondFactorCodes.codeNow(secret, clock);
        open("affiliate/security");

        test($(PasswordField.class).withClassName("second-factor-password").single()).setValue(DemoLogins.PASSWORD);
        test($(TextField.class).withClassName("second-factor-code").single()).setValue(right.equals("000000") ? "111111" : "000000");
        test($(Button.class).withClassName("second-factor-turn-off").single()).click();

        assertThat(status()).isEqualTo(translated("account.secondFactor.on"));
        assertThat(dsl.fetchCount(SECOND_FACTOR, SECOND_FACTOR.ACCOUNT_ID.eq(accountId(DemoLogins.AFFILIATE))
                .and(SECOND_FACTOR.SECRET.isNotNull()))).isEqualTo(1);
        assertThat(audit(DemoLogins.AFFILIATE, "SECOND_FACTOR_FAILED")).isEqualTo(1);
        assertThat(dsl.select(USER_ACCOUNT.FAILED_LOGINS).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.AFFILIATE)).fetchSingle().value1()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordShowsNoSecretAndEnrolsNothing() {
        signInAs(DemoLogins.AFFILIATE);
        open("affiliate/security");
        try {
            test($(PasswordField.class).withClassName("second-factor-password").single()).setValue("not-my-password");
            test($(Button.class).withClassName("second-factor-turn-on").single()).click();

            assertThat($(Span.class).withClassName("second-factor-secret").all()).isEmpty();
            assertThat(status()).isEqualTo(translated("account.secondFactor.off"));
            assertThat(dsl.fetchCount(SECOND_FACTOR, SECOND_FACTOR.ACCOUNT_ID.eq(accountId(DemoLogins.AFFILIATE)))).isZero();
            assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(DemoLogins.AFFILIATE)
                    .and(AUDIT_EVENT.ACTION.eq("PASSWORD_CONFIRMATION_FAILED"))
                    .and(AUDIT_EVENT.DETAILS.eq("SECOND_FACTOR_ENABLE")))).isPositive();
        } finally {
            forgetFailuresApart(DemoLogins.AFFILIATE);
        }
    }

    @Test
    void eachSpaceListsTheEntryAndOpensItOnlyUnderItsOwnPrefix() {
        signInAs(DemoLogins.RETIREE);
        open("retiree");
        assertThat(menu()).extracting(MenuItem::path).contains("retiree/security");
        open("affiliate/security");
        assertThat($(Paragraph.class).withClassName("second-factor-status").all()).as("another space's prefix is refused").isEmpty();
        assertThat(open("retiree/security")).isEqualTo("retiree/security");
        assertThat($(Paragraph.class).withClassName("second-factor-status").all()).hasSize(1);
    }

    @Test
    void anAffiliateWhoNeverTurnedItOnSignsInWithThePasswordAlone() throws Exception {
        assertThat(SecondFactorCodes.contextOf(password(DemoLogins.OTHER_AFFILIATE)).getAuthentication().getPrincipal())
                .isInstanceOf(PortalUser.class);
        assertThat(dsl.fetchCount(SECOND_FACTOR, SECOND_FACTOR.ACCOUNT_ID.eq(accountId(DemoLogins.OTHER_AFFILIATE)))).isZero();
    }

    private String status() {
        return $(Paragraph.class).withClassName("second-factor-status").single().getText();
    }

    private String translated(String key) {
        return $(Paragraph.class).first().getTranslation(key);
    }

    private MockHttpSession password(String login) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", login).param("password", DemoLogins.PASSWORD)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** The wrong password was counted in a transaction of its own (DD024): undone the same way. */
    private void forgetFailuresApart(String login) {
        var apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.executeWithoutResult(status -> dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(USER_ACCOUNT.LOCKED_UNTIL).setNull(USER_ACCOUNT.LAST_FAILED_LOGIN_AT)
                .where(USER_ACCOUNT.LOGIN.eq(login)).execute());
    }

    private long accountId(String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login)).fetchSingle().value1();
    }

    private int audit(String actor, String action) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(actor).and(AUDIT_EVENT.ACTION.eq(action)));
    }
}
