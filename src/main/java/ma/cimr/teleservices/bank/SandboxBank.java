package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.bank.BankAnswer.Outcome;
import ma.cimr.teleservices.bank.repository.BankRepository;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bank of development, demos and tests: it keeps every message it is sent, moves no money, and
 * answers when told (by staff on {@code backoffice/bank}, by a test), or by itself after
 * {@code portal.bank.sandbox.answer-delay}, confirming every transfer. Refused under the production
 * profile: there, a real bank's adapter stands behind {@link Bank} (DD032).
 */
public class SandboxBank implements Bank {

    /** How many transfers of one message the staff page lists. */
    public static final int SHOWN_TRANSFERS = 500;

    private final BankRepository messages;
    private final BankAnswers answers;
    private final IncomingCredits credits;
    private final Clock clock;
    private final Duration answerDelay;

    SandboxBank(BankRepository messages, BankAnswers answers, IncomingCredits credits, Clock clock,
                Duration answerDelay) {
        this.messages = messages;
        this.answers = answers;
        this.credits = credits;
        this.clock = clock;
        this.answerDelay = answerDelay;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SentMessage send(BankPurpose purpose, String bankCode, TransferBatch batch, Path validatedFile) {
        try (InputStream content = Files.newInputStream(validatedFile)) {
            return messages.insertMessage(purpose, bankCode, batch, content, Files.size(validatedFile), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bank's answer to one transfer. The value date is the execution date asked for, or today if
     * that has passed (a bank does not value in the past). Returns false if it had already answered so.
     */
    public boolean answer(String messageId, String endToEndId, Outcome outcome, @Nullable String reason) {
        SentMessage message = messages.message(messageId).orElseThrow(() -> new Refusal("bank.sandbox.unknownMessage"));
        if (transfers(messageId, Integer.MAX_VALUE).stream().noneMatch(t -> t.endToEndId().equals(endToEndId))) {
            throw new Refusal("bank.sandbox.unknownTransfer", endToEndId);
        }
        return answers.receive(new BankAnswer(messageId, endToEndId, outcome, reason, valueDate(message),
                clock.instant()));
    }

    /**
     * Money received on the fund's account, as staff tell the sandbox (a buy-back's transfer, DD040):
     * the reference the payer wrote, the amount, the value date (today at the latest) and the payer's
     * name. The sandbox numbers the entry, as a bank does; returns the notice stored.
     */
    public IncomingCredit receiveCredit(String reference, BigDecimal amount, LocalDate valueDate,
                                        @Nullable String payerName) {
        String typed = reference == null ? "" : reference.strip();
        if (typed.isEmpty() || typed.length() > 140) {
            throw new Refusal("bank.sandbox.credit.reference");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new Refusal("bank.sandbox.credit.amount");
        }
        if (valueDate == null || valueDate.isAfter(LocalDate.now(clock))) {
            throw new Refusal("bank.sandbox.credit.valueDate");
        }
        String payer = payerName == null || payerName.isBlank() ? null : BankTexts.field(payerName, 140);
        var credit = new IncomingCredit(messages.nextSandboxEntryId(), typed, amount.setScale(2), valueDate, payer,
                clock.instant());
        credits.receive(credit);
        return credit;
    }

    /** The bank's today: the latest value date it gives. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Confirms every transfer of the message not already confirmed or rejected; returns how many. */
    public int confirmAll(String messageId) {
        SentMessage message = messages.message(messageId).orElseThrow(() -> new Refusal("bank.sandbox.unknownMessage"));
        Map<String, Outcome> answered = new HashMap<>();
        for (BankAnswer answer : messages.answers(messageId)) {
            answered.putIfAbsent(answer.endToEndId(), answer.outcome());
        }
        int confirmed = 0;
        for (ShownTransfer transfer : transfers(messageId, Integer.MAX_VALUE)) {
            if (!answered.containsKey(transfer.endToEndId())
                    && answers.receive(new BankAnswer(messageId, transfer.endToEndId(), Outcome.CONFIRMED, null,
                    valueDate(message), clock.instant()))) {
                confirmed++;
            }
        }
        return confirmed;
    }

    /** The automatic answers: every message left unanswered for the delay is confirmed whole. */
    public int answerDue() {
        if (answerDelay.isZero() || answerDelay.isNegative()) {
            return 0;
        }
        int confirmed = 0;
        for (String messageId : messages.unanswered(clock.instant().minus(answerDelay), 20)) {
            confirmed += confirmAll(messageId);
        }
        return confirmed;
    }

    public List<SentMessage> latest(int offset, int limit) {
        return messages.latest(offset, limit);
    }

    public int count() {
        return messages.count();
    }

    public List<BankAnswer> answers(String messageId) {
        return messages.answers(messageId);
    }

    /** The message exactly as it was sent, for staff to read. */
    public InputStream content(String messageId) {
        return messages.content(messageId);
    }

    /** The transfers a message holds, read back from the file itself: what the bank would read. */
    public List<ShownTransfer> transfers(String messageId, int limit) {
        List<ShownTransfer> transfers = new ArrayList<>();
        try (InputStream content = messages.content(messageId)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(content);
            String endToEndId = null;
            String creditor = null;
            String iban = null;
            BigDecimal amount = null;
            String inside = "";
            while (xml.hasNext() && transfers.size() < limit) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    switch (name) {
                        case "CdtTrfTxInf" -> inside = "transfer";
                        case "Cdtr" -> inside = "transfer".equals(inside) ? "creditor" : inside;
                        case "CdtrAcct" -> inside = "transfer".equals(inside) ? "creditorAccount" : inside;
                        case "EndToEndId" -> endToEndId = xml.getElementText();
                        case "InstdAmt" -> amount = new BigDecimal(xml.getElementText());
                        case "Nm" -> {
                            if ("creditor".equals(inside)) {
                                creditor = xml.getElementText();
                            }
                        }
                        case "IBAN" -> {
                            if ("creditorAccount".equals(inside)) {
                                iban = xml.getElementText();
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Cdtr", "CdtrAcct" -> inside = "transfer";
                        case "CdtTrfTxInf" -> {
                            if (endToEndId == null || creditor == null || iban == null || amount == null) {
                                throw new IllegalStateException("Message " + messageId + " has a transfer without its"
                                        + " end-to-end id, creditor, IBAN or amount");
                            }
                            transfers.add(new ShownTransfer(endToEndId, creditor, iban, amount));
                            inside = "";
                        }
                        default -> { }
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Message " + messageId + " cannot be read back", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return transfers;
    }

    private LocalDate valueDate(SentMessage message) {
        LocalDate today = LocalDate.now(clock);
        return message.executionDate().isAfter(today) ? message.executionDate() : today;
    }

    /** One transfer as the staff page shows it. */
    public record ShownTransfer(String endToEndId, String creditorName, String creditorIban, BigDecimal amount) {
    }
}
