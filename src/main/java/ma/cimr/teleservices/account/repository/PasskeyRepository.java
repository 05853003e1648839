package ma.cimr.teleservices.account.repository;

import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import java.time.Instant;
import java.util.List;

/**
 * The passkeys of accounts (DD031). Spring Security's relying-party code verifies registrations
 * and assertions and reads and writes through the interface it declares; the portal's own
 * screens list and remove an account's passkeys through the methods below. No rule is decided here.
 */
public interface PasskeyRepository extends UserCredentialRepository {

    /** An account's passkeys, oldest first. */
    List<StoredPasskey> findByAccount(long accountId);

    /** True if the passkey was the account's and is gone. */
    boolean delete(long accountId, byte[] credentialId);

    record StoredPasskey(byte[] credentialId, String label, Instant created, Instant lastUsed) {
    }
}
