package ma.cimr.teleservices.membership;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An application as stored: the form, the rates of the step chosen when it was sent, where it
 * stands, the service request that measures it (adhérents n°6), and how it ended.
 */
public record MembershipApplication(String reference, MembershipStatus status, String language, MembershipForm form,
                                    BigDecimal employeeRate, BigDecimal employerRate, Instant createdAt,
                                    @Nullable Instant submittedAt, @Nullable String requestReference,
                                    @Nullable String missingDocuments, @Nullable String refusalReason,
                                    @Nullable String decidedBy, @Nullable String adherentNumber) {

    /** The request it was filed as: every application past the e-mail confirmation has one (the table's check). */
    public String filedRequest() {
        if (requestReference == null) {
            throw new IllegalStateException("application " + reference + " is not filed yet");
        }
        return requestReference;
    }
}
