package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What may be joined to a request: at most five PDF, JPEG or PNG files of 10 MB each, whose
 * content really is what their type says (a renamed executable is refused). All are checked
 * before anything is stored, so a refused file leaves no half-filed request.
 */
public final class Attachments {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final List<String> ACCEPTED_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    private Attachments() {
    }

    public static void check(List<Attachment> attachments) {
        if (attachments.size() > MAX_FILES) {
            throw new Refusal("request.error.tooManyFiles");
        }
        for (Attachment attachment : attachments) {
            if (attachment.content().length == 0 || attachment.content().length > MAX_BYTES) {
                throw new Refusal("request.error.fileSize");
            }
            byte[] signature = SIGNATURES.get(attachment.contentType());
            if (signature == null || attachment.content().length < signature.length
                    || !Arrays.equals(Arrays.copyOf(attachment.content(), signature.length), signature)) {
                throw new Refusal("request.error.fileType");
            }
        }
    }
}
