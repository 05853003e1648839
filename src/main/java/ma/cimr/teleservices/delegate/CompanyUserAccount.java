package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * A login of the delegate's company, as the delegate reviews it. Never carries a password. No
 * téléservice: one of the company's user administrators. {@code dormant}: usable but not used for
 * {@link DelegateService#DORMANT_AFTER} (never used that long after its creation counts too).
 */
public record CompanyUserAccount(String login, String displayName, @Nullable String email, boolean emailConfirmed,
                                 @Nullable Teleservice teleservice, Set<Role> roles, AccountStatus status,
                                 Instant createdAt, @Nullable Instant lastLoginAt, @Nullable Instant lockedUntil,
                                 @Nullable DeclarationSettings declaration, boolean dormant) {

    public boolean administrator() {
        return teleservice == null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
