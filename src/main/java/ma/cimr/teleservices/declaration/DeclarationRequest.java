package ma.cimr.teleservices.declaration;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A cancellation or a recall asked on a declaration, as the company and staff follow it: the
 * request's reference and where it stands.
 *
 * @param type     CANCELLATION or RECALL
 * @param subject  the cancellation's object (WRONG_PERIOD...) or the recall's motive
 * @param outcome  PENDING, ACCEPTED or REFUSED
 */
public record DeclarationRequest(String type, String reference, Instant filedAt, String subject, String outcome,
                                 @Nullable String reason, @Nullable Long recallId) {
}
