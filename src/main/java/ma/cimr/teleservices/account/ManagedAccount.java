package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.AccountStatus;
import org.jspecify.annotations.Nullable;

/**
 * A company login as its user administrator manages it. {@code activated}: its user has chosen a
 * password at least once (a reset takes that away until they choose a new one).
 */
public record ManagedAccount(long id, String login, String displayName, @Nullable String email,
                             boolean emailConfirmed, AccountKind kind, AccountStatus status, boolean activated) {
}
