package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.recovery.PasswordRecovery;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets the portal issues (a recovery code, a request's follow-up secret, a code sent by
 * SMS) reach their owner and nobody else: not the log, and not the outbox table once delivered.
 * Every secret issued in this test is looked for in everything the application logged meanwhile.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfTheLogsTest {

    private static final String SMS_CODE = "Votre code CIMR : 48213907";

    @Autowired
    PasswordRecovery recovery;
    @Autowired
    ServiceRequests requests;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutboxRetention retention;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    TestClock clock;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    /** The outbox is written in the transaction of what it tells about, as in the services. */
    private long inTransaction(java.util.function.LongSupplier write) {
        return new TransactionTemplate(transactions).execute(status -> write.getAsLong());
    }

    @Test
    void noSecretIssuedGoesToTheLogOrStaysInTheOutboxOnceDelivered(CapturedOutput output) {
        delivery.deliverDue();
        mailbox.purge();
        List<String> secrets = new ArrayList<>();

        recovery.start(DemoLogins.ATLAS_COMPANY_ACCOUNT, Locale.FRENCH);
        RequestReceipt receipt = requests.fileAnonymously(new NewRequest("RETIREE_INFORMATION", Channel.WEB, "fr",
                "Adresse", "Comment déclarer ma nouvelle adresse ?", "Fatna Alaoui", "visiteur@demo.example", null));
        secrets.add(receipt.accessSecret());
        long sms = inTransaction(() -> outbox.sms("+212612345678", SMS_CODE));
        delivery.deliverDue();

        Matcher code = Pattern.compile("(?m)^(\\d{8})\\s*$").matcher(
                mailbox.received().stream().filter(mail -> mail.subject().contains("code"))
                        .map(TestMailbox.ReceivedMail::body).findFirst().orElseThrow());
        assertThat(code.find()).isTrue();
        secrets.add(code.group(1));
        secrets.add("48213907");

        assertThat(secrets).allSatisfy(secret -> assertThat(output.getAll()).doesNotContain(secret));
        assertThat(dsl.select(OUTBOX_MESSAGE.BODY).from(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(sms))
                .fetchSingle().value1()).doesNotContain("48213907");
        assertThat(secrets).allSatisfy(secret -> assertThat(dsl.fetchCount(OUTBOX_MESSAGE,
                OUTBOX_MESSAGE.BODY.contains(secret).and(OUTBOX_MESSAGE.STATUS.eq(OutboxMessage.Status.SENT)))).isZero());
        System.out.printf("secrets issued: %d, found in the log: 0, in delivered outbox bodies: 0%n", secrets.size());
    }

    @Test
    void settledMessagesAreForgottenAfterTheRetentionPeriod() {
        long message = inTransaction(() -> outbox.email("quelquun@demo.example", "Sujet", "Corps"));
        delivery.deliverDue();
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(31));
            retention.purge();
            assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.ID.eq(message))).isZero();
        } finally {
            clock.set(start);
        }
    }
}
