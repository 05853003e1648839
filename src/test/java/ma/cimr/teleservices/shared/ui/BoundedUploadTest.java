package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The upload target's own limits, attacked as a script would: a body far larger than announced,
 * a file past the count, a size announced too large. Nothing kept, nothing left on disk, and the
 * memory used stays one buffer, measured by the bytes this thread allocated.
 */
class BoundedUploadTest {

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    private final List<Path> received = new ArrayList<>();

    @Test
    void twoHundredMegabytesPostedStraightToTheTargetAreCutAtTheLimitAndKeepNothing() throws IOException {
        var upload = new BoundedUpload(TEN_MB, 5, received::size, this::keep, "too big", "too many");
        // what a script sends: a small announced size, then an endless body
        var event = event("scan.pdf", 1024, new EndlessStream(TWO_HUNDRED_MB));
        long tempFilesBefore = tempUploads();
        long allocatedBefore = allocatedByThisThread();

        upload.handleUploadRequest(event);

        long allocated = allocatedByThisThread() - allocatedBefore;
        verify(event).reject("too big");
        assertThat(received).isEmpty();
        assertThat(tempUploads()).isEqualTo(tempFilesBefore);
        assertThat(allocated).as("bytes allocated while refusing 200 MB").isLessThan(2L * 1024 * 1024);
    }

    @Test
    void aSixthFileIsRefusedWithoutReadingIt() throws IOException {
        var upload = new BoundedUpload(TEN_MB, 5, () -> 5, this::keep, "too big", "too many");
        var body = new EndlessStream(1024);
        var event = event("sixth.pdf", 1024, body);

        upload.handleUploadRequest(event);

        verify(event).reject("too many");
        assertThat(body.served).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void aFileAnnouncedAboveTheLimitIsRefusedWithoutReadingIt() throws IOException {
        var upload = new BoundedUpload(TEN_MB, 5, received::size, this::keep, "too big", "too many");
        var body = new EndlessStream(TEN_MB + 1L);
        var event = event("big.pdf", TEN_MB + 1L, body);

        upload.handleUploadRequest(event);

        verify(event).reject("too big");
        assertThat(body.served).isZero();
    }

    @Test
    void aFileOfExactlyTheLimitIsKeptWholeInATemporaryFile() throws IOException {
        var upload = new BoundedUpload(TEN_MB, 5, received::size, this::keep, "too big", "too many");
        var event = event("scan.pdf", TEN_MB, new EndlessStream(TEN_MB));

        upload.handleUploadRequest(event);

        verify(event, never()).reject(org.mockito.ArgumentMatchers.anyString());
        assertThat(received).hasSize(1);
        assertThat(Files.size(received.getFirst())).isEqualTo(TEN_MB);
        Files.delete(received.getFirst());
    }

    private void keep(String fileName, String contentType, Path file) {
        received.add(file);
    }

    private static UploadEvent event(String fileName, long announcedSize, InputStream body) {
        var event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn(fileName);
        when(event.getContentType()).thenReturn("application/pdf");
        when(event.getFileSize()).thenReturn(announcedSize);
        when(event.getInputStream()).thenReturn(body);
        return event;
    }

    private static long tempUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith(BoundedUpload.FILE_PREFIX)).count();
        }
    }

    private static long allocatedByThisThread() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadAllocatedBytes();
    }

    /** A body of the given length that costs no memory to produce: what a script streams. */
    private static final class EndlessStream extends InputStream {
        private final long length;
        long served;

        EndlessStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return served < length ? (int) (served++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - served);
            served += n;
            return n;
        }
    }
}
