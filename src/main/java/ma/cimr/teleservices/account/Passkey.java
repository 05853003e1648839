package ma.cimr.teleservices.account;

import java.time.Instant;

/**
 * One passkey of the signed-in person, as their « Sécurité du compte » page lists it (DD031):
 * {@code id} is the credential id in base64url, what a removal names.
 */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {
}
