package ma.cimr.teleservices.account;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.security.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.sql.DataSource;

import static ma.cimr.teleservices.DemoLogins.OTHER_AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each successful sign-in is kept for its owner to read (DD041): the network and the browser family,
 * while the audit trail keeps the full address for staff; the log only grows.
 */
@PortalTest
class SignInLogTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SignIns signIns;
    @Autowired
    DSLContext dsl;
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
        SignedIn.out();
    }

    @Test
    void aSignInIsReadByItsOwnerWithTheNetworkAndBrowserOnly() {
        var request = new MockHttpServletRequest();
        request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        PortalUser user = (PortalUser) accounts.loadUserByUsername(OTHER_AFFILIATE);
        int before = dsl.fetchCount(SIGN_IN, SIGN_IN.ACCOUNT_ID.eq(user.accountId().value()));

        accounts.recordSuccessfulLogin(user, "196.200.131.77");

        SignedIn.as(accounts, OTHER_AFFILIATE);
        assertThat(signIns.myCount()).isEqualTo(before + 1);
        SignIn latest = signIns.mine().getFirst();
        assertThat(latest.origin()).isEqualTo(new SignInOrigin("196.200.131.0/24", SignInOrigin.Browser.FIREFOX));
        assertThat(dsl.fetchExists(SIGN_IN, SIGN_IN.NETWORK.like("%.77%"))).isFalse();
        // staff still have the whole address in the audit trail
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(OTHER_AFFILIATE),
                AUDIT_EVENT.ACTION.eq("LOGIN_SUCCEEDED"), AUDIT_EVENT.SOURCE_ADDRESS.eq("196.200.131.77"))).isTrue();
    }

    @Test
    void thePortalsRoleMayOnlyAddToThePersonalLogsAndTheOwnerIsRefusedToo() {
        for (String table : new String[]{"sign_in", "staff_access"}) {
            String column = table.equals("sign_in") ? "network" : "reason_text";
            assertThatThrownBy(() -> dsl.execute("update " + table + " set " + column + " = " + column + " where false"))
                    .hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> dsl.execute("delete from " + table + " where false"))
                    .hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> dsl.execute("truncate " + table))
                    .hasStackTraceContaining("permission denied");
        }
        JdbcTemplate asOwner = new JdbcTemplate(ownerDataSource);
        asOwner.update("insert into sign_in (account_id, signed_in_at, network, browser) values (-1, now(), null, 'OTHER')");
        assertThatThrownBy(() -> asOwner.update("delete from sign_in where account_id = -1"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.execute("truncate staff_access")).hasMessageContaining("append-only");
    }
}
