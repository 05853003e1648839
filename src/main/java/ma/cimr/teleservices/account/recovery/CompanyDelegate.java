package ma.cimr.teleservices.account.recovery;

import org.jspecify.annotations.Nullable;

/**
 * A member company as the Agence Virtuelle finds it from a letter: its user administrator, if it
 * has one, and whether the administrator's address was proven. Nothing secret in it.
 */
public record CompanyDelegate(long companyId, String adherentNumber, String legalName,
                              @Nullable Long delegateAccountId, @Nullable String delegateLogin,
                              @Nullable String delegateName, @Nullable String delegateEmail,
                              boolean emailConfirmed, @Nullable String preferredLocale) {

    public boolean hasDelegate() {
        return delegateAccountId != null;
    }
}
