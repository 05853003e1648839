package ma.cimr.teleservices.declaration;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a file at the size limit as it streams in, rather than trusting a declared length: the
 * reader learns it went too far from the {@link TooLarge} thrown on the first byte past it.
 */
final class BoundedInput extends FilterInputStream {

    /** The file went past the limit; what was read so far is of no use. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("file too large", null);
        }
    }

    private final long limit;
    private long count;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long bytes) throws TooLarge {
        count += bytes;
        if (count > limit) {
            throw new TooLarge();
        }
    }
}
