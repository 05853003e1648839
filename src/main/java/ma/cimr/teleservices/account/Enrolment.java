package ma.cimr.teleservices.account;

/**
 * What the enrolment page shows: the secret as base32 text to type into an authenticator, and as
 * the {@code otpauth://} address a phone opens or a QR code carries.
 */
public record Enrolment(String secret, String otpauthUri) {
}
