package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.TestMailbox.ReceivedMail;
import ma.cimr.teleservices.jooq.tables.records.OutboxMessageRecord;
import ma.cimr.teleservices.notification.repository.OutboxRepository;
import ma.cimr.teleservices.account.AccountService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SUPERVISOR;
import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mail and SMS leave only through the outbox: written in the caller's transaction, sent after it
 * commits, retried with growing delays, given up after the maximum number of attempts.
 */
@PortalTest
class OutboxTest {

    private static final String TO = "affilie.10000001@example.ma";
    private static final String SUBJECT = "Votre relevé de points — كشف النقط";
    /** No line break at the very end: SMTP's end-of-data line would swallow it. */
    private static final String BODY = """
            Bonjour Mme Benaïssa,

            Votre relevé de points est prêt : 1 234,56 points acquis à fin décembre.
            مرحبا، كشف النقط الخاص بكم جاهز.
            Cordialement, l'équipe CIMR""";

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutboxRepository repository;
    @Autowired
    EmailGateway emailGateway;
    @Autowired
    RecordingSmsGateway smsGateway;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate inTransaction;

    @BeforeEach
    void emptyOutboxAndMailbox() {
        inTransaction = new TransactionTemplate(transactionManager);
        dsl.deleteFrom(OUTBOX_MESSAGE).execute();
        mailbox.purge();
        smsGateway.clear();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void anEmailWrittenInACommittedTransactionArrivesIntactAfterDelivery() {
        long id = inTransaction.execute(status -> outbox.email(TO, SUBJECT, BODY));
        assertThat(mailbox.received()).as("nothing leaves before the delivery runs").isEmpty();

        assertThat(delivery.deliverDue()).isEqualTo(1);

        ReceivedMail mail = mailbox.receivedBy(TO).getFirst();
        assertThat(mailbox.received()).hasSize(1);
        assertThat(mail.subject()).isEqualTo(SUBJECT);
        assertThat(mail.body().replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(mail.from()).isEqualTo("ne-pas-repondre@cimr.ma");
        assertThat(mail.contentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");

        OutboxMessageRecord row = row(id);
        assertThat(row.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSentAt()).isNotNull();
        assertThat(delivery.deliverDue()).as("a sent message is not sent again").isZero();
        assertThat(mailbox.received()).hasSize(1);
    }

    @Test
    void aMessageWrittenInARolledBackTransactionIsNeverSent() {
        inTransaction.executeWithoutResult(status -> {
            outbox.email(TO, SUBJECT, BODY);
            outbox.sms("06 12 34 56 78", "Votre demande est enregistrée.");
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            outbox.email(TO, SUBJECT, BODY);
            throw new IllegalStateException("the business change fails after writing its message");
        })).hasMessageContaining("business change fails");

        assertThat(delivery.deliverDue()).isZero();
        assertThat(mailbox.received()).isEmpty();
        assertThat(smsGateway.sent()).isEmpty();
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE)).isZero();
    }

    @Test
    void theOutboxWritesOnlyInsideTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.email(TO, SUBJECT, BODY)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> outbox.sms("0612345678", "Bonjour")).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE)).isZero();
    }

    @Test
    void anSmsIsSentInE164ThroughTheRecordingGateway() {
        long id = inTransaction.execute(status -> outbox.sms("06 12 34 56 78", "Votre code : 482913 — رمزكم"));

        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(smsGateway.sent()).containsExactly(
                new RecordingSmsGateway.Sms("+212612345678", "Votre code : 482913 — رمزكم"));
        assertThat(mailbox.received()).isEmpty();
        OutboxMessageRecord row = row(id);
        assertThat(row.getChannel()).isEqualTo(OutboxMessage.Channel.SMS);
        assertThat(row.getRecipient()).isEqualTo("+212612345678");
        assertThat(row.getSubject()).isNull();
        assertThat(row.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void anSmtpFailureIsRetriedWithGrowingDelaysThenGivenUpAndShownToStaff() throws IOException {
        long id = inTransaction.execute(status -> outbox.email(TO, SUBJECT, BODY));
        TestClock clock = dueTimeOf(id);
        OutboxDelivery unreachable = new OutboxDelivery(repository, smtpOn(closedPort()), smsGateway,
                new OutboxProperties(20, 3, Duration.ofSeconds(30), Duration.ofHours(1)), clock, transactionManager);

        assertThat(unreachable.deliverDue()).isZero();
        OutboxMessageRecord first = row(id);
        assertThat(first.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getNextAttemptAt().toInstant()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(first.getLastError()).isNotBlank().hasSizeLessThanOrEqualTo(OutboxDelivery.MAX_ERROR_LENGTH);
        assertThat(first.getSentAt()).isNull();

        clock.advance(Duration.ofSeconds(29));
        assertThat(unreachable.deliverDue()).isZero();
        assertThat(row(id).getAttempts()).as("not retried before its time").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        unreachable.deliverDue();
        OutboxMessageRecord second = row(id);
        assertThat(second.getAttempts()).isEqualTo(2);
        assertThat(second.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(second.getNextAttemptAt().toInstant()).as("the delay doubles").isEqualTo(clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        unreachable.deliverDue();
        OutboxMessageRecord third = row(id);
        assertThat(third.getAttempts()).isEqualTo(3);
        assertThat(third.getStatus()).as("given up after max-attempts").isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(third.getSentAt()).isNull();

        clock.advance(Duration.ofDays(1));
        assertThat(unreachable.deliverDue()).isZero();
        assertThat(delivery.deliverDue()).as("a failed message is never retried, even by a working delivery").isZero();
        assertThat(row(id).getAttempts()).isEqualTo(3);
        assertThat(mailbox.received()).isEmpty();

        SignedIn.as(accounts, SUPERVISOR);
        assertThat(outbox.failed(0, 10)).extracting(OutboxMessage::id, OutboxMessage::status, OutboxMessage::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, OutboxMessage.Status.FAILED, 3));
        assertThat(outbox.countFailed()).isEqualTo(1);
        SignedIn.as(accounts, AGENT);
        assertThatThrownBy(() -> outbox.failed(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMessageThatFailedOnceIsSentByTheNextAttemptOnce() throws IOException {
        OutboxProperties properties = new OutboxProperties(20, 8, Duration.ofSeconds(30), Duration.ofHours(1));
        long id = inTransaction.execute(status -> outbox.email(TO, SUBJECT, BODY));
        TestClock clock = dueTimeOf(id);
        new OutboxDelivery(repository, smtpOn(closedPort()), smsGateway, properties, clock, transactionManager).deliverDue();
        assertThat(row(id).getAttempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        OutboxDelivery recovered = new OutboxDelivery(repository, emailGateway, smsGateway, properties, clock,
                transactionManager);
        assertThat(recovered.deliverDue()).isEqualTo(1);

        assertThat(mailbox.receivedBy(TO)).hasSize(1);
        OutboxMessageRecord row = row(id);
        assertThat(row.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(row.getAttempts()).isEqualTo(2);
        assertThat(row.getSentAt().toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void invalidAddressesPhonesAndTextsAreRefusedAndWriteNothing() {
        inTransaction.executeWithoutResult(status -> {
            for (String address : new String[]{null, "", "   ", "affilie", "affilie@", "@cimr.ma", "affilie@cimr",
                    "affi lie@cimr.ma", "a@b@cimr.ma", "affilie@cimr.ma\r\nBcc: x@example.com"}) {
                assertThatThrownBy(() -> outbox.email(address, SUBJECT, BODY)).as("address %s", address)
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> outbox.email("pas-une-adresse", SUBJECT, BODY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Not an e-mail address: \"pas-une-adresse\"");
            assertThatThrownBy(() -> outbox.email(TO, " ", BODY)).hasMessage("The e-mail subject is blank");
            assertThatThrownBy(() -> outbox.email(TO, "Objet\nBcc: x@example.com", BODY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
            assertThatThrownBy(() -> outbox.email(TO, SUBJECT, "\n ")).hasMessage("The e-mail body is blank");
            for (String phone : new String[]{null, "", "12345", "612345678", "06 12 34 56", "06 12 34 56 78 9",
                    "+212 6 12 34 56", "+0612345678", "tel: 0612345678", "06 12 34 56 7a"}) {
                assertThatThrownBy(() -> outbox.sms(phone, "Bonjour")).as("phone %s", phone)
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> outbox.sms("0612345678", " ")).hasMessage("The SMS text is blank");

            // a refused message leaves the caller's transaction usable: this one commits
            outbox.sms("0612345678", "Bonjour");
        });
        assertThat(dsl.fetch(OUTBOX_MESSAGE)).singleElement()
                .satisfies(row -> assertThat(row.getRecipient()).isEqualTo("+212612345678"));
    }

    private OutboxMessageRecord row(long id) {
        return dsl.selectFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(id)).fetchSingle();
    }

    /** A clock standing at the moment the message became due (the millisecond after, at most). */
    private TestClock dueTimeOf(long id) {
        return new TestClock(row(id).getNextAttemptAt().toInstant().plusMillis(1));
    }

    /** A port of 127.0.0.1 that nothing listens on: connections are refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static EmailGateway smtpOn(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return new SpringMailEmailGateway(sender, "ne-pas-repondre@cimr.ma");
    }
}
