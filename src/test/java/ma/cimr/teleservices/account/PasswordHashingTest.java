package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.AffiliateId;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every character of an accepted password counts (DD007): bcrypt read 72 bytes, so a long Arabic
 * password and another sharing its first 36 letters opened the same account. Through the real
 * sign-in form; rolled back.
 */
@PortalTest
@Transactional
class PasswordHashingTest {

    private static final String LONG_ARABIC_PASSWORD = "كلمةالسرطويلةجدا".repeat(8);

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    AccountService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aLongArabicPasswordSignsInAndOneDifferingOnlyAfterItsSeventySecondByteDoesNot() throws Exception {
        assertThat(LONG_ARABIC_PASSWORD).hasSize(128);
        assertThat(LONG_ARABIC_PASSWORD.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        long affiliateId = dsl.select(AFFILIATE.ID).from(AFFILIATE)
                .where(AFFILIATE.ID.notIn(dsl.select(USER_ACCOUNT.AFFILIATE_ID).from(USER_ACCOUNT)
                        .where(USER_ACCOUNT.AFFILIATE_ID.isNotNull())))
                .orderBy(AFFILIATE.ID).limit(1).fetchOne(AFFILIATE.ID);
        accounts.openAffiliateAccount(AffiliateId.of(affiliateId), "long.arabic", "Long Arabic", "long.arabic@demo.example",
                LONG_ARABIC_PASSWORD);
        String sameFirst72Bytes = LONG_ARABIC_PASSWORD.substring(0, 127) + "ب";

        assertThat(signIn("long.arabic", LONG_ARABIC_PASSWORD)).isEqualTo("/my-space");
        assertThat(signIn("long.arabic", sameFirst72Bytes)).isEqualTo("/login?error");
        assertThat(hashOf("long.arabic")).startsWith("{argon2}");
    }

    @Test
    void aPasswordStillHashedWithBcryptSignsInAndIsRehashedWithArgon2() throws Exception {
        String legacy = new BCryptPasswordEncoder().encode(DemoLogins.PASSWORD);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, legacy)
                .where(USER_ACCOUNT.LOGIN.eq(DemoLogins.OTHER_AFFILIATE)).execute();

        assertThat(signIn(DemoLogins.OTHER_AFFILIATE, DemoLogins.PASSWORD)).isEqualTo("/my-space");

        assertThat(hashOf(DemoLogins.OTHER_AFFILIATE)).startsWith("{argon2}");
        assertThat(signIn(DemoLogins.OTHER_AFFILIATE, DemoLogins.PASSWORD)).isEqualTo("/my-space");
        assertThat(signIn(DemoLogins.OTHER_AFFILIATE, "not-the-password")).isEqualTo("/login?error");
    }

    private String signIn(String login, String password) throws Exception {
        return mvc.perform(post("/login").param("username", login).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String hashOf(String login) {
        return dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login))
                .fetchOne(USER_ACCOUNT.PASSWORD_HASH);
    }
}
