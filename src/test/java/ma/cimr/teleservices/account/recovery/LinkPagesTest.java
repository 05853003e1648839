package ma.cimr.teleservices.account.recovery;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.shared.links.IssuedLink;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import ma.cimr.teleservices.shared.links.Tokens;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a one-time link opens answers an expired link exactly as it answers a token it never
 * issued, to the byte: nobody learns from a page that a link once existed (DD017).
 */
class LinkPagesTest extends PortalBrowserlessTest {

    private static final Duration VALIDITY = Duration.ofHours(1);

    @Autowired
    OneTimeLinks links;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestClock clock;

    private final List<Long> issued = new ArrayList<>();
    private Instant start;
    private long delegateId;

    @BeforeEach
    void setUp() {
        start = clock.instant();
        delegateId = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(DemoLogins.ATLAS_DELEGATE))
                .fetchSingle(USER_ACCOUNT.ID);
    }

    @AfterEach
    void tearDown() {
        clock.set(start);
        dsl.deleteFrom(ONE_TIME_LINK).where(ONE_TIME_LINK.ID.in(issued)).execute();
    }

    @Test
    void aLinkThatWorkedAndThenExpiredLooksLikeALinkThatNeverExisted() {
        String reset = issue(LinkPurpose.PASSWORD_RESET, delegateId);
        String email = issue(LinkPurpose.EMAIL_CHANGE, delegateId);
        String enrolment = issue(LinkPurpose.AFFILIATE_ENROLMENT, null);
        String activation = issue(LinkPurpose.ACCOUNT_ACTIVATION, delegateId);
        String subscription = issue(LinkPurpose.COMPANY_SUBSCRIPTION, null);
        // while valid, the pages that ask first show their step, not the refusal
        assertThat(refusedOn("reset-password", reset)).isFalse();
        assertThat(refusedOn("enrol/confirm", enrolment)).isFalse();

        clock.advance(VALIDITY);
        assertSameAnswer("reset-password", reset);
        assertSameAnswer("confirm-email", email);
        assertSameAnswer("enrol/confirm", enrolment);
        assertSameAnswer("activate", activation);
        assertSameAnswer("subscription/confirm", subscription);
    }

    private void assertSameAnswer(String route, String expiredToken) {
        assertThat(refusedOn(route, expiredToken)).as(route).isTrue();
        String expired = Screen.now();
        assertThat(refusedOn(route, Tokens.newToken())).isTrue();
        assertThat(Screen.now()).as(route).isEqualTo(expired);
    }

    private boolean refusedOn(String route, String token) {
        UI.getCurrent().navigate(route, QueryParameters.of("token", token));
        return !$(Paragraph.class).withClassName("link-refused").all().isEmpty();
    }

    private String issue(LinkPurpose purpose, Long accountId) {
        IssuedLink link = new TransactionTemplate(transactionManager)
                .execute(status -> links.issue(purpose, accountId, VALIDITY));
        issued.add(link.id());
        return link.token();
    }
}
