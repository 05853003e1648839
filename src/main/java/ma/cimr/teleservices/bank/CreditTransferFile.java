package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.shared.Refusal;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.BufferedOutputStream;
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
import java.util.Iterator;

/**
 * An ISO 20022 customer credit-transfer initiation (pain.001.001.03), the message Moroccan banks take
 * for transfer files: one payment instruction from the debtor's account, then its transfers. It is
 * written with a streaming writer, one transfer at a time, so the 250 000 transfers of a pension run
 * take the memory of one; and every file is validated against the standard's schema before it
 * leaves (the schema ships in {@code iso20022/}, as ISO publishes it).
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
            XMLStreamWriter xml = XMLOutputFactory.newFactory()
                    .createXMLStreamWriter(new BufferedOutputStream(out, 64 * 1024), "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            groupHeader(xml, batch, clock);
            xml.writeStartElement("PmtInf");
            leaf(xml, "PmtInfId", batch.messageId());
            leaf(xml, "PmtMtd", "TRF");
            leaf(xml, "NbOfTxs", Integer.toString(batch.transfers()));
            leaf(xml, "CtrlSum", batch.controlSum().toPlainString());
            leaf(xml, "ReqdExctnDt", batch.executionDate().toString());
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
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write message " + batch.messageId(), e);
        }
    }

    /** Writes the message to a new file and validates it: what {@link Bank#send} expects. */
    public static Path writeValidated(TransferBatch batch, Iterator<CreditTransfer> transfers, Clock clock) {
        try {
            Path file = Files.createTempFile("pain001-", ".xml");
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    write(batch, transfers, out, clock);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    validate(in);
                }
                return file;
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the message against the pain.001.001.03 schema, streaming. An invalid file is refused
     * with the validator's first complaint: it would be rejected by the bank as a whole.
     */
    public static void validate(InputStream xml) {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(xml));
        } catch (SAXException e) {
            throw new Refusal("bank.file.invalid", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void groupHeader(XMLStreamWriter xml, TransferBatch batch, Clock clock) throws XMLStreamException {
        xml.writeStartElement("GrpHdr");
        leaf(xml, "MsgId", batch.messageId());
        leaf(xml, "CreDtTm", LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        leaf(xml, "NbOfTxs", Integer.toString(batch.transfers()));
        leaf(xml, "CtrlSum", batch.controlSum().toPlainString());
        party(xml, "InitgPty", batch.debtorName());
        xml.writeEndElement();
    }

    private static void transfer(XMLStreamWriter xml, CreditTransfer transfer) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        leaf(xml, "EndToEndId", transfer.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", CURRENCY);
        xml.writeCharacters(transfer.amount().amount().toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
        agent(xml, "CdtrAgt", transfer.creditorAccount().bankCode());
        party(xml, "Cdtr", transfer.creditorName());
        account(xml, "CdtrAcct", transfer.creditorAccount().iban());
        xml.writeStartElement("RmtInf");
        leaf(xml, "Ustrd", BankTexts.field(transfer.remittanceInformation(), 140));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String element, String name) throws XMLStreamException {
        xml.writeStartElement(element);
        leaf(xml, "Nm", BankTexts.field(name, 140));
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        leaf(xml, "IBAN", iban);
        xml.writeEndElement();
        leaf(xml, "Ccy", CURRENCY);
        xml.writeEndElement();
    }

    /** Moroccan banks are identified by their three-digit code in the interbank clearing system. */
    private static void agent(XMLStreamWriter xml, String element, String bankCode) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        xml.writeStartElement("ClrSysMmbId");
        leaf(xml, "MmbId", bankCode);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void leaf(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
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
