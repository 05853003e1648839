package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An attestation the fund issued: a pension certificate on demand, or a year's tax certificate.
 * Its code is what anyone types (or scans) to check it; it is good until a date, unless revoked
 * (a pension certificate is revoked when the pension it certifies is suspended).
 */
public record Certificate(String code, Kind kind, @Nullable Integer taxYear, Instant issuedAt, LocalDate validUntil,
                          @Nullable Instant revokedAt) {

    public enum Kind { PENSION, TAX }

    public enum State { VALID, EXPIRED, REVOKED }

    public State stateOn(LocalDate day) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return day.isAfter(validUntil) ? State.EXPIRED : State.VALID;
    }

    /** As printed and typed: three groups of four. */
    public String groupedCode() {
        return VerificationCodes.grouped(code);
    }
}
