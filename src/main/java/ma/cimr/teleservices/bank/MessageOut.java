package ma.cimr.teleservices.bank;

import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.validation.ValidatorHandler;

/**
 * Where a pain.001 message goes as it is written: UTF-8 text into the file and, when a validator is
 * given, the same elements as SAX events into the schema's validator. Profiling the pension run
 * showed the JDK's StAX writer and the second parse for validation costing more than everything
 * else in a bank file together; the message's vocabulary is small and fixed (elements in one
 * namespace, one attribute, text escaped here), so writing it by hand is short and safe.
 */
final class MessageOut {

    private static final AttributesImpl NO_ATTRIBUTES = new AttributesImpl();

    private final Text text;
    private final @Nullable ValidatorHandler validator;

    MessageOut(OutputStream out, @Nullable ValidatorHandler validator) {
        this(out, validator, true);
    }

    /** Without {@code writing}, only the validator gets the message: its half of a file written on two threads. */
    MessageOut(OutputStream out, @Nullable ValidatorHandler validator, boolean writing) {
        this.text = new Text(writing ? new OutputStreamWriter(out, StandardCharsets.UTF_8) : null);
        this.validator = validator;
    }

    /**
     * The characters of the file in a buffer of their own, handed to the UTF-8 encoder 64 K at a
     * time: a {@code BufferedWriter} takes a lock on every one of the message's many small writes,
     * which the profile of a 250 000-transfer run put first among the writer's costs (DD046). Without
     * an encoder nothing is kept (the validator's half).
     */
    private static final class Text {
        private final @Nullable Writer encoder;
        private final char[] buffer = new char[64 * 1024];
        private int used;

        Text(@Nullable Writer encoder) {
            this.encoder = encoder;
        }

        void write(char c) throws IOException {
            if (encoder == null) {
                return;
            }
            if (used == buffer.length) {
                flushBuffer();
            }
            buffer[used++] = c;
        }

        void write(String value) throws IOException {
            write(value, 0, value.length());
        }

        void write(String value, int from, int length) throws IOException {
            if (encoder == null) {
                return;
            }
            if (used + length > buffer.length) {
                flushBuffer();
                if (length > buffer.length) {
                    encoder.write(value, from, length);
                    return;
                }
            }
            value.getChars(from, from + length, buffer, used);
            used += length;
        }

        void flush() throws IOException {
            if (encoder != null) {
                flushBuffer();
                encoder.flush();
            }
        }

        private void flushBuffer() throws IOException {
            if (encoder != null && used > 0) {
                encoder.write(buffer, 0, used);
                used = 0;
            }
        }
    }

    void startDocument() throws IOException, SAXException {
        text.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"");
        text.write(CreditTransferFile.NAMESPACE);
        text.write("\">");
        if (validator != null) {
            validator.startDocument();
            validator.startPrefixMapping("", CreditTransferFile.NAMESPACE);
            validator.startElement(CreditTransferFile.NAMESPACE, "Document", "Document", NO_ATTRIBUTES);
        }
    }

    void endDocument() throws IOException, SAXException {
        end("Document");
        text.flush();
        if (validator != null) {
            validator.endPrefixMapping("");
            validator.endDocument();
        }
    }

    void start(String element) throws IOException, SAXException {
        text.write('<');
        text.write(element);
        text.write('>');
        if (validator != null) {
            validator.startElement(CreditTransferFile.NAMESPACE, element, element, NO_ATTRIBUTES);
        }
    }

    void end(String element) throws IOException, SAXException {
        text.write("</");
        text.write(element);
        text.write('>');
        if (validator != null) {
            validator.endElement(CreditTransferFile.NAMESPACE, element, element);
        }
    }

    void leaf(String element, String value) throws IOException, SAXException {
        start(element);
        characters(value);
        end(element);
    }

    /** An amount with its currency: the one attribute of the message ({@code <InstdAmt Ccy="MAD">}). */
    void amount(String element, String currency, String value) throws IOException, SAXException {
        text.write('<');
        text.write(element);
        text.write(" Ccy=\"");
        escaped(currency);
        text.write("\">");
        if (validator != null) {
            var attributes = new AttributesImpl();
            attributes.addAttribute("", "Ccy", "Ccy", "CDATA", currency);
            validator.startElement(CreditTransferFile.NAMESPACE, element, element, attributes);
        }
        characters(value);
        end(element);
    }

    private void characters(String value) throws IOException, SAXException {
        String allowed = xmlCharacters(value);
        escaped(allowed);
        if (validator != null) {
            validator.characters(allowed.toCharArray(), 0, allowed.length());
        }
    }

    /**
     * XML 1.0 has no place for control characters (a bell pasted into a surname would make the
     * whole file unreadable to the bank): each becomes a space. The usual text comes back as it is.
     */
    static String xmlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!allowed(value.charAt(i))) {
                var cleaned = new StringBuilder(value);
                for (int j = i; j < cleaned.length(); j++) {
                    if (!allowed(cleaned.charAt(j))) {
                        cleaned.setCharAt(j, ' ');
                    }
                }
                return cleaned.toString();
            }
        }
        return value;
    }

    private static boolean allowed(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }

    /** Markup characters escaped; quotes too, so the same method serves the attribute. */
    private void escaped(String value) throws IOException {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            String entity = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                text.write(value, from, i - from);
                text.write(entity);
                from = i + 1;
            }
        }
        text.write(value, from, value.length() - from);
    }
}
