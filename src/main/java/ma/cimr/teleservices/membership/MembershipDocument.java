package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.request.Attachment;

/** One paper as the applicant sent it; its size and content are checked before anything is stored. */
public record MembershipDocument(DocumentKind kind, String fileName, String contentType, byte[] content) {

    Attachment asAttachment() {
        return new Attachment(fileName, contentType, content);
    }
}
