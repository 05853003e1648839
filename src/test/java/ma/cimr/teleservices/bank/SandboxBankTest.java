package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.bank.BankAnswer.Outcome;
import ma.cimr.teleservices.bank.repository.BankRepository;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static ma.cimr.teleservices.bank.CreditTransferFileTest.FUND;
import static ma.cimr.teleservices.bank.CreditTransferFileTest.transfer;
import static ma.cimr.teleservices.jooq.Tables.BANK_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox keeps what it is sent and answers as told; each answer reaches its feature exactly
 * once, even when the bank repeats itself, and one answer its feature cannot take holds up only itself.
 */
@PortalTest
class SandboxBankTest {

    @Autowired
    SandboxBank sandbox;
    @Autowired
    BankRepository repository;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    DSLContext dsl;

    @Test
    void aSentMessageIsKeptAsSentAndReadBackTransferByTransfer() throws Exception {
        String messageId = sent(3);

        assertThat(sandbox.latest(0, 50)).anySatisfy(message -> {
            assertThat(message.messageId()).isEqualTo(messageId);
            assertThat(message.transfers()).isEqualTo(3);
            assertThat(message.controlSum()).isEqualByComparingTo("300.00");
        });
        assertThat(sandbox.transfers(messageId, 10)).extracting(SandboxBank.ShownTransfer::endToEndId)
                .containsExactly(messageId + "-0", messageId + "-1", messageId + "-2");
        try (var content = sandbox.content(messageId)) {
            CreditTransferFile.validate(content);
        }
    }

    @Test
    void confirmingAllTwiceAnswersEachTransferOnceAndEachAnswerReachesItsFeatureOnce() {
        String messageId = sent(3);
        var handler = new RecordingHandler(null);
        BankAnswers answers = answersWith(handler);

        assertThat(sandbox.confirmAll(messageId)).isEqualTo(3);
        assertThat(sandbox.confirmAll(messageId)).as("already confirmed").isZero();
        assertThat(sandbox.answer(messageId, messageId + "-1", Outcome.CONFIRMED, null)).as("the same answer again").isFalse();

        answers.deliverPending();
        answers.deliverPending();

        assertThat(handler.received).filteredOn(answer -> answer.messageId().equals(messageId))
                .extracting(BankAnswer::endToEndId).containsExactlyInAnyOrder(messageId + "-0", messageId + "-1", messageId + "-2");
        assertThat(handler.received).filteredOn(answer -> answer.messageId().equals(messageId))
                .allSatisfy(answer -> assertThat(answer.valueDate()).isEqualTo(LocalDate.now(clock)));
        assertThat(dsl.fetchCount(BANK_ANSWER, BANK_ANSWER.MESSAGE_ID.eq(messageId).and(BANK_ANSWER.DELIVERED_AT.isNull())))
                .isZero();
    }

    @Test
    void aReturnedTransferComesBackWithTheBanksReason() {
        String messageId = sent(2);
        var handler = new RecordingHandler(null);
        sandbox.confirmAll(messageId);
        sandbox.answer(messageId, messageId + "-1", Outcome.RETURNED, "Compte clos");

        answersWith(handler).deliverPending();

        assertThat(handler.received).filteredOn(answer -> answer.messageId().equals(messageId))
                .filteredOn(answer -> answer.outcome() == Outcome.RETURNED)
                .singleElement().satisfies(answer -> {
                    assertThat(answer.endToEndId()).isEqualTo(messageId + "-1");
                    assertThat(answer.reason()).isEqualTo("Compte clos");
                });
    }

    @Test
    void anAnswerItsFeatureCannotTakeStaysUndeliveredWhileTheOthersGoThrough() {
        String messageId = sent(3);
        var handler = new RecordingHandler(messageId + "-1");
        sandbox.confirmAll(messageId);

        answersWith(handler).deliverPending();

        assertThat(handler.received).extracting(BankAnswer::endToEndId).contains(messageId + "-0", messageId + "-2")
                .doesNotContain(messageId + "-1");
        assertThat(dsl.select(BANK_ANSWER.END_TO_END_ID).from(BANK_ANSWER)
                .where(BANK_ANSWER.MESSAGE_ID.eq(messageId).and(BANK_ANSWER.DELIVERED_AT.isNull())).fetch(BANK_ANSWER.END_TO_END_ID))
                .containsExactly(messageId + "-1");
        // settle it, so other tests' deliveries are not offered it again
        dsl.update(BANK_ANSWER).set(BANK_ANSWER.DELIVERED_AT, java.time.OffsetDateTime.now(clock))
                .where(BANK_ANSWER.MESSAGE_ID.eq(messageId)).execute();
    }

    @Test
    void anAnswerToATransferTheMessageDoesNotHoldIsRefused() {
        String messageId = sent(1);
        assertThatThrownBy(() -> sandbox.answer(messageId, "NOT-THERE", Outcome.REJECTED, "?"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("bank.sandbox.unknownTransfer"));
        assertThatThrownBy(() -> sandbox.answer("NO-SUCH-MESSAGE", "X", Outcome.REJECTED, "?"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("bank.sandbox.unknownMessage"));
    }

    private BankAnswers answersWith(BankAnswerHandler handler) {
        return new BankAnswers(repository, List.of(handler), transactions, clock);
    }

    /** A COMPANY_PAYMENT message of {@code count} transfers of 100 dirhams, sent in a transaction of its own. */
    private String sent(int count) {
        String messageId = "T-" + UUID.randomUUID().toString().substring(0, 18);
        List<CreditTransfer> transfers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            transfers.add(transfer(messageId + "-" + i, "100.00", "Bénéficiaire " + i, "0077800000000000000" + String.format("%03d", i)));
        }
        var batch = new TransferBatch(messageId, "Atlas Conserves", FUND, LocalDate.now(clock), count,
                BigDecimal.valueOf(100L * count));
        Path file = CreditTransferFile.writeValidated(batch, transfers.iterator(), clock);
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status ->
                    sandbox.send(BankPurpose.COMPANY_PAYMENT, "007", batch, file));
            return messageId;
        } finally {
            file.toFile().delete();
        }
    }

    /** Takes every COMPANY_PAYMENT answer, and refuses the one transfer it is told to. */
    private static final class RecordingHandler implements BankAnswerHandler {

        final List<BankAnswer> received = new ArrayList<>();
        private final String refused;

        RecordingHandler(String refused) {
            this.refused = refused;
        }

        @Override
        public BankPurpose purpose() {
            return BankPurpose.COMPANY_PAYMENT;
        }

        @Override
        public void onAnswer(BankAnswer answer) {
            if (answer.endToEndId().equals(refused)) {
                throw new IllegalStateException("cannot take " + refused);
            }
            received.add(answer);
        }
    }
}
