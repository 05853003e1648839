package ma.cimr.teleservices.account.repository;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sealed TOTP secrets and hashed recovery codes of accounts (DD021); the rules are in the service. */
public interface SecondFactorRepository {

    Optional<StoredFactor> find(long accountId);

    /** Keeps a secret shown at enrolment until a code confirms it; a confirmed secret stays in force meanwhile. */
    void savePending(long accountId, byte[] sealedSecret);

    /** The pending secret becomes the account's secret; {@code step} is the step of the code that proved it. */
    void confirmPending(long accountId, long step, Instant at);

    /**
     * Accepts a code's step once: true only if it is later than every step accepted before for
     * the account, in one statement, so the same code sent twice at once passes once.
     */
    boolean advanceStep(long accountId, long step);

    void replaceRecoveryCodes(long accountId, List<String> codeHashes);

    List<StoredRecoveryCode> unusedRecoveryCodes(long accountId);

    /** True if this call used the code (it was still unused). */
    boolean useRecoveryCode(long codeId, Instant at);

    /** The account's secret, pending secret and recovery codes are gone: it enrols again at next sign-in. */
    void forget(long accountId);

    record StoredFactor(byte @Nullable [] secret, byte @Nullable [] pendingSecret) {

        public boolean confirmed() {
            return secret != null;
        }
    }

    record StoredRecoveryCode(long id, String hash) {
    }
}
