package ma.cimr.teleservices.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do. The constants of {@link Roles} carry the same names for annotations.
 */
public enum Role {
    /** administrateur des utilisateurs: manages the company's logins */
    DELEGATE,
    /** téléservice "compte adhérent" */
    COMPANY_ACCOUNT,
    /** téléservice "télédéclaration" */
    DECLARATION,
    /** E@sypaiement: orders payments */
    PAYMENT_ORDERER,
    /** E@sypaiement: confirms payments */
    PAYMENT_VALIDATOR,
    /** téléservice "e-liquidation" */
    LIQUIDATION,
    AFFILIATE,
    RETIREE,
    /** the fund's staff */
    AGENT,
    SUPERVISOR,
    /** the independent conciliation service: works only the complaints escalated to it */
    CONCILIATOR,
    ADMINISTRATOR;

    /**
     * The roles of people who file requests from their own space (companies' users, affiliates,
     * retirees): each implies the authority {@link Roles#REQUESTER}.
     */
    static final Set<Role> REQUESTERS = EnumSet.of(DELEGATE, COMPANY_ACCOUNT, DECLARATION, PAYMENT_ORDERER,
            PAYMENT_VALIDATOR, LIQUIDATION, AFFILIATE, RETIREE);

    /** From the names stored in the database. */
    public static Set<Role> parse(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(valueOf(name)));
        return roles;
    }

    public String authority() {
        return authority(name());
    }

    static String authority(String roleName) {
        return "ROLE_" + roleName;
    }
}
