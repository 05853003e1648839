package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/**
 * An ISO 20022 customer credit-transfer initiation (pain.001.001.03), the message Moroccan banks take
 * for transfer files: one payment instruction from the debtor's account, then its transfers. It is
 * written as a stream, one transfer at a time, so the 250 000 transfers of a pension run take the
 * memory of one; and every file is validated against the standard's schema before it leaves (the
 * schema ships in {@code iso20022/}, as ISO publishes it).
 */
public final class CreditTransferFile {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final String CURRENCY = "MAD";
    private static final Schema SCHEMA = loadSchema();

    private CreditTransferFile() {
    }

    /**
     * Writes the message: the header's count and sum, then the transfers as the iterator gives them.
     * Refuses to finish a file whose transfers do not add up to the header (a bug upstream: the bank
     * would reject the whole file).
     */
    public static void write(TransferBatch batch, Iterator<CreditTransfer> transfers, OutputStream out, Clock clock) {
        try {
            writeTo(new MessageOut(out, null), batch, transfers, clock);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Could not write message " + batch.messageId(), e);
        }
    }

    /**
     * Writes the message to a new file, validated as it is written: what {@link Bank#send} expects.
     * Each element goes to the file and, as the same events, to the schema's validator, so a file of
     * 250 000 transfers is checked without being read back and parsed a second time. A large file is
     * validated on a second thread while this one writes it (DD046: validation is most of a bank
     * file's cost): the transfers go to it in blocks, and the file is returned only once it has
     * validated the whole message.
     */
    public static Path writeValidated(TransferBatch batch, Iterator<CreditTransfer> transfers, Clock clock) {
        try {
            Path file = Files.createTempFile("pain001-", ".xml");
            try (OutputStream out = Files.newOutputStream(file)) {
                if (batch.transfers() < PARALLEL_FROM) {
                    writeTo(new MessageOut(out, validatorHandler()), batch, transfers, clock);
                } else {
                    writeAndValidateInParallel(batch, transfers, out, clock);
                }
                return file;
            } catch (SAXException e) {
                Files.deleteIfExists(file);
                throw new Refusal("bank.file.invalid", Objects.requireNonNullElse(e.getMessage(), e.toString()));
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Below this many transfers a second thread costs more than it saves. */
    private static final int PARALLEL_FROM = 2_000;
    private static final int BLOCK = 512;
    private static final List<CreditTransfer> END = List.of();

    /**
     * The text on this thread, the schema's events on another, from the same transfers: both run
     * {@link #writeTo}, so the validator sees exactly the elements the file gets. The queue is
     * bounded (memory stays that of a few blocks); a validator that failed drains it to the end so
     * the writer never waits on it, and its first complaint is thrown here.
     */
    private static void writeAndValidateInParallel(TransferBatch batch, Iterator<CreditTransfer> transfers,
                                                   OutputStream out, Clock clock) throws IOException, SAXException {
        BlockingQueue<List<CreditTransfer>> blocks = new ArrayBlockingQueue<>(64);
        Clock fixed = Clock.fixed(clock.instant(), clock.getZone());
        CompletableFuture<@Nullable Throwable> validated = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("pain001-validator-" + batch.messageId()).start(() -> {
            Iterator<CreditTransfer> received = new BlockIterator(blocks);
            try {
                writeTo(new MessageOut(OutputStream.nullOutputStream(), validatorHandler(), false), batch, received,
                        fixed);
                validated.complete(null);
            } catch (Throwable e) { // whatever stops the validator is the caller's to throw
                validated.complete(e);
            } finally {
                while (received.hasNext()) {
                    received.next(); // drained: the writer never waits on a validator that gave up
                }
            }
        });
        boolean ended = false;
        try {
            Iterator<CreditTransfer> forwarded = new Iterator<>() {
                private List<CreditTransfer> block = new ArrayList<>(BLOCK);

                @Override
                public boolean hasNext() {
                    if (transfers.hasNext()) {
                        return true;
                    }
                    hand(block);
                    block = new ArrayList<>(0);
                    return false;
                }

                @Override
                public CreditTransfer next() {
                    CreditTransfer transfer = transfers.next();
                    block.add(transfer);
                    if (block.size() == BLOCK) {
                        hand(block);
                        block = new ArrayList<>(BLOCK);
                    }
                    return transfer;
                }

                private void hand(List<CreditTransfer> full) {
                    if (!full.isEmpty()) {
                        put(blocks, full);
                    }
                }
            };
            writeTo(new MessageOut(out, null), batch, forwarded, fixed);
            put(blocks, END);
            ended = true;
        } finally {
            if (!ended) {
                blocks.clear();
                put(blocks, END);
            }
        }
        Throwable failure = validated.join();
        if (failure instanceof SAXException invalid) {
            throw invalid;
        } else if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        } else if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw new IllegalStateException("Could not validate message " + batch.messageId(), failure);
        }
    }

    private static void put(BlockingQueue<List<CreditTransfer>> blocks, List<CreditTransfer> block) {
        try {
            blocks.put(block);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a bank file", e);
        }
    }

    /** The transfers as the writer hands them over, block by block, up to the end marker. */
    private static final class BlockIterator implements Iterator<CreditTransfer> {

        private final BlockingQueue<List<CreditTransfer>> blocks;
        private Iterator<CreditTransfer> current = Collections.emptyIterator();
        private boolean ended;

        BlockIterator(BlockingQueue<List<CreditTransfer>> blocks) {
            this.blocks = blocks;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !ended) {
                try {
                    List<CreditTransfer> block = blocks.take();
                    if (block == END) {
                        ended = true;
                    } else {
                        current = block.iterator();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while validating a bank file", e);
                }
            }
            return current.hasNext();
        }

        @Override
        public CreditTransfer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

    private static void writeTo(MessageOut xml, TransferBatch batch, Iterator<CreditTransfer> transfers, Clock clock)
            throws IOException, SAXException {
        xml.startDocument();
        xml.start("CstmrCdtTrfInitn");
        groupHeader(xml, batch, clock);
        xml.start("PmtInf");
        xml.leaf("PmtInfId", batch.messageId());
        xml.leaf("PmtMtd", "TRF");
        xml.leaf("NbOfTxs", Integer.toString(batch.transfers()));
        xml.leaf("CtrlSum", batch.controlSum().toPlainString());
        xml.leaf("ReqdExctnDt", batch.executionDate().toString());
        party(xml, "Dbtr", batch.debtorName());
        account(xml, "DbtrAcct", batch.debtorAccount().iban());
        agent(xml, "DbtrAgt", batch.debtorAccount().bankCode());
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        while (transfers.hasNext()) {
            CreditTransfer transfer = transfers.next();
            transfer(xml, transfer);
            count++;
            sum = sum.add(transfer.amount().amount());
        }
        if (count != batch.transfers() || sum.compareTo(batch.controlSum()) != 0) {
            throw new IllegalStateException("Message " + batch.messageId() + " announces " + batch.transfers()
                    + " transfers for " + batch.controlSum() + " but holds " + count + " for " + sum);
        }
        xml.end("PmtInf");
        xml.end("CstmrCdtTrfInitn");
        xml.endDocument();
    }

    /**
     * Checks the message against the pain.001.001.03 schema, streaming. An invalid file is refused
     * with the validator's first complaint: it would be rejected by the bank as a whole.
     */
    public static void validate(InputStream xml) {
        Validator validator = SCHEMA.newValidator();
        try {
            try {
                validator.setFeature(IDENTITY_CONSTRAINTS, false);
            } catch (SAXException e) {
                // another validator than the JDK's: see validatorHandler()
            }
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(xml));
        } catch (SAXException e) {
            throw new Refusal("bank.file.invalid", Objects.requireNonNullElse(e.getMessage(), e.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void groupHeader(MessageOut xml, TransferBatch batch, Clock clock) throws IOException, SAXException {
        xml.start("GrpHdr");
        xml.leaf("MsgId", batch.messageId());
        xml.leaf("CreDtTm", LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        xml.leaf("NbOfTxs", Integer.toString(batch.transfers()));
        xml.leaf("CtrlSum", batch.controlSum().toPlainString());
        party(xml, "InitgPty", batch.debtorName());
        xml.end("GrpHdr");
    }

    private static void transfer(MessageOut xml, CreditTransfer transfer) throws IOException, SAXException {
        xml.start("CdtTrfTxInf");
        xml.start("PmtId");
        xml.leaf("EndToEndId", transfer.endToEndId());
        xml.end("PmtId");
        xml.start("Amt");
        xml.amount("InstdAmt", CURRENCY, transfer.amount().amount().toPlainString());
        xml.end("Amt");
        agent(xml, "CdtrAgt", transfer.creditorAccount().bankCode());
        party(xml, "Cdtr", transfer.creditorName());
        account(xml, "CdtrAcct", transfer.creditorAccount().iban());
        xml.start("RmtInf");
        xml.leaf("Ustrd", BankTexts.field(transfer.remittanceInformation(), 140));
        xml.end("RmtInf");
        xml.end("CdtTrfTxInf");
    }

    private static void party(MessageOut xml, String element, String name) throws IOException, SAXException {
        xml.start(element);
        xml.leaf("Nm", BankTexts.field(name, 140));
        xml.end(element);
    }

    private static void account(MessageOut xml, String element, String iban) throws IOException, SAXException {
        xml.start(element);
        xml.start("Id");
        xml.leaf("IBAN", iban);
        xml.end("Id");
        xml.leaf("Ccy", CURRENCY);
        xml.end(element);
    }

    /** Moroccan banks are identified by their three-digit code in the interbank clearing system. */
    private static void agent(MessageOut xml, String element, String bankCode) throws IOException, SAXException {
        xml.start(element);
        xml.start("FinInstnId");
        xml.start("ClrSysMmbId");
        xml.leaf("MmbId", bankCode);
        xml.end("ClrSysMmbId");
        xml.end("FinInstnId");
        xml.end(element);
    }

    /**
     * The schema declares no identity constraints (no xs:key, xs:unique), yet Xerces keeps their
     * bookkeeping on every element unless told not to: the profile of a run put it first among the
     * validator's costs (DD046). Turning it off changes nothing a file is checked for.
     */
    private static final String IDENTITY_CONSTRAINTS = "http://apache.org/xml/features/validation/identity-constraint-checking";

    private static ValidatorHandler validatorHandler() {
        ValidatorHandler handler = SCHEMA.newValidatorHandler();
        try {
            handler.setFeature(IDENTITY_CONSTRAINTS, false);
        } catch (SAXException e) {
            // another validator than the JDK's: it checks constraints the schema does not have, more slowly
        }
        handler.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // a warning is not a reason for the bank to refuse the file
            }

            @Override
            public void error(SAXParseException exception) throws SAXException {
                throw exception;
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                throw exception;
            }
        });
        return handler;
    }

    private static Schema loadSchema() {
        URL xsd = CreditTransferFile.class.getResource("/iso20022/pain.001.001.03.xsd");
        if (xsd == null) {
            throw new IllegalStateException("The pain.001.001.03 schema is missing from the classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The pain.001.001.03 schema does not load", e);
        }
    }

}
