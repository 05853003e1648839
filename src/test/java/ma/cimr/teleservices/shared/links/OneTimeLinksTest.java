package ma.cimr.teleservices.shared.links;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
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
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one concept behind the five e-mailed links: only the hash is kept, a link opens once, for
 * its purpose only, until it expires or a newer one replaces it, and two clicks at once cannot
 * both act.
 */
@PortalTest
class OneTimeLinksTest {

    private static final Duration DAY = Duration.ofHours(24);

    @Autowired
    OneTimeLinks links;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestClock clock;

    private final List<Long> issued = new ArrayList<>();
    private long accountId;
    private Instant start;

    @BeforeEach
    void setUp() {
        start = clock.instant();
        accountId = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(DemoLogins.AFFILIATE))
                .fetchSingle(USER_ACCOUNT.ID);
    }

    @AfterEach
    void tearDown() {
        clock.set(start);
        dsl.deleteFrom(ONE_TIME_LINK).where(ONE_TIME_LINK.ID.in(issued)).execute();
    }

    @Test
    void theTokenIsGivenOnceAndOnlyItsHashIsKept() {
        IssuedLink link = issue(LinkPurpose.EMAIL_CHANGE, accountId);
        var row = dsl.selectFrom(ONE_TIME_LINK).where(ONE_TIME_LINK.ID.eq(link.id())).fetchSingle();
        assertThat(row.getTokenHash()).isEqualTo(Tokens.hash(link.token())).doesNotContain(link.token());
        assertThat(row.getAccountId()).isEqualTo(accountId);
        assertThat(row.getExpiresAt().toInstant()).isEqualTo(clock.instant().plus(DAY)).isEqualTo(link.expiresAt());
        assertThat(link.toString()).doesNotContain(link.token());
    }

    @Test
    void aLinkOpensOnceAndThenIsFoundNoMore() {
        IssuedLink link = issue(LinkPurpose.AFFILIATE_ENROLMENT, null);
        assertThat(links.find(LinkPurpose.AFFILIATE_ENROLMENT, link.token())).map(OneTimeLink::id).contains(link.id());
        assertThat(inTransaction(() -> links.open(LinkPurpose.AFFILIATE_ENROLMENT, link.token())))
                .map(OneTimeLink::id).contains(link.id());
        assertThat(inTransaction(() -> links.open(LinkPurpose.AFFILIATE_ENROLMENT, link.token()))).isEmpty();
        assertThat(links.find(LinkPurpose.AFFILIATE_ENROLMENT, link.token())).isEmpty();
    }

    @Test
    void anExpiredAnUnknownAndAnotherPurposesTokenAreAlikeRefused() {
        IssuedLink link = issue(LinkPurpose.ACCOUNT_ACTIVATION, accountId);
        assertThat(links.find(LinkPurpose.PASSWORD_RESET, link.token())).isEmpty();
        assertThat(inTransaction(() -> links.open(LinkPurpose.EMAIL_CHANGE, link.token()))).isEmpty();
        assertThat(links.find(LinkPurpose.ACCOUNT_ACTIVATION, Tokens.newToken())).isEmpty();
        assertThat(links.find(LinkPurpose.ACCOUNT_ACTIVATION, "")).isEmpty();
        assertThat(links.find(LinkPurpose.ACCOUNT_ACTIVATION, null)).isEmpty();

        clock.advance(DAY.minusSeconds(1));
        assertThat(links.find(LinkPurpose.ACCOUNT_ACTIVATION, link.token())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.find(LinkPurpose.ACCOUNT_ACTIVATION, link.token())).isEmpty();
        assertThat(inTransaction(() -> links.open(LinkPurpose.ACCOUNT_ACTIVATION, link.token()))).isEmpty();
    }

    @Test
    void aNewerLinkReplacesTheAccountsEarlierOnesOfThatPurposeOnly() {
        IssuedLink first = issue(LinkPurpose.PASSWORD_RESET, accountId);
        IssuedLink activation = issue(LinkPurpose.ACCOUNT_ACTIVATION, accountId);
        IssuedLink second = inTransaction(() -> links.replace(LinkPurpose.PASSWORD_RESET, accountId, DAY));
        issued.add(second.id());
        assertThat(links.find(LinkPurpose.PASSWORD_RESET, first.token())).isEmpty();
        assertThat(links.find(LinkPurpose.PASSWORD_RESET, second.token())).isPresent();
        assertThat(links.find(LinkPurpose.ACCOUNT_ACTIVATION, activation.token())).isPresent();
        assertThat(dsl.select(ONE_TIME_LINK.REVOKED_AT).from(ONE_TIME_LINK).where(ONE_TIME_LINK.ID.eq(first.id()))
                .fetchSingle().value1()).isNotNull();
    }

    @Test
    void aRefusedActionLeavesTheLinkUsable() {
        IssuedLink link = issue(LinkPurpose.COMPANY_SUBSCRIPTION, null);
        assertThatThrownBy(() -> inTransaction(() -> {
            assertThat(links.open(LinkPurpose.COMPANY_SUBSCRIPTION, link.token())).isPresent();
            throw new IllegalStateException("the process refused");
        })).hasMessage("the process refused");
        assertThat(links.find(LinkPurpose.COMPANY_SUBSCRIPTION, link.token())).isPresent();
    }

    @Test
    void aLinkActsOnAnAccountExactlyWhenItsPurposeSaysSo() {
        assertThatThrownBy(() -> issue(LinkPurpose.ACCOUNT_ACTIVATION, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issue(LinkPurpose.AFFILIATE_ENROLMENT, accountId))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The first click holds its transaction open after opening the link; the second click, in
     * another transaction, tries meanwhile. Had the link been read, then marked, without a row lock
     * in between, the second would also find it unused and act a second time.
     */
    @Test
    void ofTwoClicksAtOnceOnlyOneOpensTheLink() throws Exception {
        IssuedLink link = issue(LinkPurpose.ACCOUNT_ACTIVATION, accountId);
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<OneTimeLink>> first = clicks.submit(() -> inTransaction(() -> {
                Optional<OneTimeLink> opened = links.open(LinkPurpose.ACCOUNT_ACTIVATION, link.token());
                firstOpened.countDown();
                await(secondTried, 10);
                // time for the second click to reach the link while this transaction still holds it
                pause(500);
                return opened;
            }));
            Future<Optional<OneTimeLink>> second = clicks.submit(() -> {
                await(firstOpened, 10);
                secondTried.countDown();
                return inTransaction(() -> links.open(LinkPurpose.ACCOUNT_ACTIVATION, link.token()));
            });
            assertThat(first.get(20, TimeUnit.SECONDS)).isPresent();
            assertThat(second.get(20, TimeUnit.SECONDS)).isEmpty();
        } finally {
            clicks.shutdownNow();
        }
    }

    private IssuedLink issue(LinkPurpose purpose, Long account) {
        IssuedLink link = inTransaction(() -> links.issue(purpose, account, DAY));
        issued.add(link.id());
        return link;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
