package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * An upload target that enforces its limits itself, on the server, whatever the browser was told:
 * the upload component's size and count limits are only checked by the client, and a script posting
 * straight to the target URL once sent 200 MB into memory (an {@code OutOfMemoryError}). Here a file
 * streams to a temporary file and is dropped the moment it passes {@code maxBytes}; past
 * {@code maxFiles} nothing is read at all. Memory use is one buffer, whatever the size sent.
 */
public final class BoundedUpload implements UploadHandler {

    private static final int BUFFER = 8192;

    /** Where an accepted file goes: called on the upload's request thread, with a file it now owns. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(String fileName, String contentType, Path file) throws IOException;
    }

    private final long maxBytes;
    private final int maxFiles;
    private final IntSupplier filesSoFar;
    private final Receiver receiver;
    private final String tooBig;
    private final String tooMany;

    /**
     * How this process's files in progress are named in the temporary directory: with its process
     * id, so that what one instance (or one build on a shared machine) left there is told from
     * another's.
     */
    public static final String FILE_PREFIX = "upload-" + ProcessHandle.current().pid() + "-";

    /**
     * @param filesSoFar how many files the form holds already (files removed by the user do not count)
     * @param tooBig     the message the upload shows for a file over {@code maxBytes}, in the user's language
     * @param tooMany    the message for a file past {@code maxFiles}
     */
    public BoundedUpload(long maxBytes, int maxFiles, IntSupplier filesSoFar, Receiver receiver,
                         String tooBig, String tooMany) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.filesSoFar = filesSoFar;
        this.receiver = receiver;
        this.tooBig = tooBig;
        this.tooMany = tooMany;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (filesSoFar.getAsInt() >= maxFiles) {
            event.reject(tooMany);
            return;
        }
        if (event.getFileSize() > maxBytes) {
            event.reject(tooBig);
            return;
        }
        Path file = Files.createTempFile(FILE_PREFIX, ".part");
        boolean kept = false;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            if (!copyAtMost(in, out, maxBytes)) {
                event.reject(tooBig);
                return;
            }
            out.close();
            receiver.received(event.getFileName(), event.getContentType(), file);
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Copies until the end of the stream; false, with the copy stopped, once more than {@code limit} bytes came. */
    static boolean copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    /** Read by Vaadin before the handler runs, for multipart requests: the same limits, plus room for the form's headers. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
