package ma.cimr.teleservices.declaration;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Tells how a file's text is written from its first bytes only (DD026): a UTF-8 byte order mark,
 * else UTF-8 if the look-ahead decodes as UTF-8, else Windows-1252 (what Excel on a French Windows
 * saves). Binary content (a spreadsheet sent as is, random bytes) and UTF-16 are refused here,
 * before a line is read. The stream is reset after the look-ahead, past the mark if there was one.
 */
final class FileEncoding {

    static final int LOOK_AHEAD = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charset found, or why there is none (empty, not text, UTF-16). */
    record Detected(@Nullable Charset charset, @Nullable DeclarationFileError refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    private FileEncoding() {
    }

    static Detected detect(BufferedInputStream in) throws IOException {
        in.mark(LOOK_AHEAD + 1);
        byte[] head = in.readNBytes(LOOK_AHEAD);
        boolean wholeFile = in.read() < 0;
        in.reset();
        int start = 0;
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return new Detected(null, DeclarationFileError.ENCODING_UNSUPPORTED);
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            start = 3;
            in.skipNBytes(3);
        }
        if (isBlank(head, start)) {
            return new Detected(null, DeclarationFileError.EMPTY);
        }
        if (!looksLikeText(head, start)) {
            return new Detected(null, DeclarationFileError.NOT_TEXT);
        }
        if (start == 3 || decodesAsUtf8(head, start, wholeFile)) {
            return new Detected(StandardCharsets.UTF_8, null);
        }
        return new Detected(WINDOWS_1252, null);
    }

    /**
     * A decoder that puts U+FFFD where the bytes do not fit the charset, so the reader can say on
     * which line (a decoder that throws fails while filling its buffer, lines ahead of the reader).
     */
    static CharsetDecoder replacingDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("\uFFFD");
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isBlank(byte[] head, int start) {
        for (int i = start; i < head.length; i++) {
            if (head[i] != ' ' && head[i] != '\t' && head[i] != '\r' && head[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /** No NUL byte, and control characters other than tab and line ends under 1% of the bytes. */
    private static boolean looksLikeText(byte[] head, int start) {
        int controls = 0;
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if ((b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7F) {
                controls++;
            }
        }
        return controls * 100L <= (head.length - start);
    }

    /** A sequence cut by the look-ahead's end is not an error unless the file ends there. */
    private static boolean decodesAsUtf8(byte[] head, int start, boolean wholeFile) {
        CharsetDecoder decoder = strictDecoder(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.wrap(head, start, head.length - start);
        CharBuffer chars = CharBuffer.allocate(head.length);
        CoderResult result = decoder.decode(bytes, chars, wholeFile);
        if (result.isError()) {
            return false;
        }
        return !wholeFile || !bytes.hasRemaining();
    }
}
