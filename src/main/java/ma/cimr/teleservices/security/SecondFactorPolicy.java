package ma.cimr.teleservices.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who must prove a second factor after the password (issue 10, DD021): the accounts that move
 * money or administer others. A stolen password of the fund's staff opens every file; of a
 * delegate, a company's logins; of an E@sypaiement orderer or validator, its payments. Affiliates
 * and retirees read their own file only; for them the factor is a choice, not a rule.
 */
public final class SecondFactorPolicy {

    private static final Set<Role> REQUIRING = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.ADMINISTRATOR,
            Role.CONCILIATOR, Role.DELEGATE, Role.PAYMENT_ORDERER, Role.PAYMENT_VALIDATOR);

    private SecondFactorPolicy() {
    }

    public static boolean requiredFor(PortalUser user) {
        return user.kind() == AccountKind.STAFF || user.kind() == AccountKind.DELEGATE
                || user.roles().stream().anyMatch(REQUIRING::contains);
    }
}
