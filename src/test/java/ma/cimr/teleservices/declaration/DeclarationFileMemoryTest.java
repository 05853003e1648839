package ma.cimr.teleservices.declaration;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100 000-line file (about 8 MB, generated as a stream, never a String) is read with a heap that
 * stays flat: what is retained after 100 000 lines is what was retained after 10 000, give or
 * take the duplicate index (12 bytes an affiliate). Keeping the lines, or the file, would add tens
 * of megabytes. The read rate is printed, not asserted: the machine is shared.
 */
class DeclarationFileMemoryTest {

    private static final int LINES = 100_000;
    private static final long FLAT = 12L * 1024 * 1024; // the lines kept would be about 36 MB

    @Test
    void aHundredThousandLinesAreReadWithAFlatHeap() throws IOException {
        long[] retained = new long[2];
        var file = new GeneratedFile(LINES);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        DeclarationFileResult result = new DeclarationFileReader(Fixtures.NOVEMBER).read(file, line -> {
            if (line.lineNumber() == 10_001) {
                retained[0] = retainedHeap();
            } else if (line.lineNumber() == LINES + 1) {
                retained[1] = retainedHeap();
            }
        });
        long nanos = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

        assertThat(result.problems()).isEmpty();
        assertThat(result.soundLines()).isEqualTo(LINES);
        assertThat(file.bytes).as("the file is the size the issue speaks of").isBetween(7_000_000L, 10_000_000L);
        assertThat(retained[1] - retained[0]).as("heap retained between line 10 000 and line 100 000").isLessThan(FLAT);
        System.out.printf("declaration file: %d lines, %.1f MB read in %d ms (%,d lines/s, gc included), "
                        + "%d bytes allocated per line, retained heap +%d KB from line 10 000 to 100 000%n",
                LINES, file.bytes / 1e6, nanos / 1_000_000, (long) (LINES / (nanos / 1e9)), allocated / LINES,
                (retained[1] - retained[0]) / 1024);
    }

    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The lines of a company of {@code count} affiliates, made as they are read. */
    private static final class GeneratedFile extends InputStream {

        private final int count;
        private int next;
        private byte[] line = "matricule;cin;nom;salaire;jours;date_entree;date_sortie;categorie\r\n"
                .getBytes(StandardCharsets.UTF_8);
        private int position;
        long bytes;

        GeneratedFile(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == line.length) {
                if (next == count) {
                    return -1;
                }
                next++;
                line = String.format("%07d;AB%06d;Employé numéro %d de la société;%d,%02d;%d;%s;;%s\r\n",
                        1_000_000 + next, next, next, 3_000 + next % 20_000, next % 100, next % 27,
                        next % 50 == 0 ? "15/11/2026" : "", next % 3 == 0 ? "CAD" : "EMP")
                        .getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int copied = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, copied);
            position += copied;
            bytes += copied;
            return copied;
        }
    }
}
