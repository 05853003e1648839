package ma.cimr.teleservices.declaration;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.Reader;

/**
 * The file's lines, one at a time, each at most so many characters: {@code BufferedReader.readLine}
 * would hold a 20 MB file without a line break whole in memory. A longer line is read to its end
 * and dropped, and said to be too long.
 */
final class LineInput {

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[16 * 1024];
    private final StringBuilder line = new StringBuilder(256);
    private boolean tooLong;
    private int position;
    private int end;

    LineInput(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** The next line without its line break (empty if {@link #tooLong()}), or null at the end of the file. */
    @Nullable String next() throws IOException {
        line.setLength(0);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                end = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finished() : null;
                }
            }
            any = true;
            char c = buffer[position++];
            if (c == '\n') {
                return finished();
            }
            if (tooLong) {
                continue;
            }
            line.append(c);
            if (line.length() > maxLength) {
                tooLong = true;
                line.setLength(0);
            }
        }
    }

    /** Whether the line {@link #next()} returned was longer than the limit, and dropped. */
    boolean tooLong() {
        return tooLong;
    }

    private String finished() {
        if (tooLong) {
            return "";
        }
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }
}
