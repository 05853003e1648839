package ma.cimr.teleservices.account.repository;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * Each account's WebAuthn user handle (DD031): a random id an authenticator keeps with the passkey
 * instead of the login, created by Spring Security at the account's first passkey. The WebAuthn
 * user name is the login. A separate repository from the passkeys' because Spring's two
 * interfaces both declare {@code delete(Bytes)} for different things.
 */
public interface PasskeyUserRepository extends PublicKeyCredentialUserEntityRepository {

    /** The account whose user handle this is, or -1. */
    long accountOf(Bytes userHandle);
}
