package ma.cimr.teleservices.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A session whose password was right but whose second factor is still to come (DD021). It holds
 * no role and its principal is not a {@code PortalUser}: role-protected views and services refuse
 * it, {@code CurrentUser} finds nobody, and the second-factor guard sends every page to the code
 * entry or the enrolment. The code replaces it with the full authentication.
 */
public final class PasswordOnlySignIn extends AbstractAuthenticationToken {

    /** The same name Spring Security gives the password factor. */
    static final String PASSWORD_FACTOR = "FACTOR_PASSWORD";
    /** The person used a recovery code: they may enrol a new authenticator in place of the lost one. */
    static final String RECOVERY_FACTOR = "FACTOR_RECOVERY_CODE";

    private final long accountId;
    private final String login;
    private final boolean recovered;

    PasswordOnlySignIn(long accountId, String login, boolean recovered) {
        super(recovered ? List.of(new SimpleGrantedAuthority(PASSWORD_FACTOR), new SimpleGrantedAuthority(RECOVERY_FACTOR))
                : List.of(new SimpleGrantedAuthority(PASSWORD_FACTOR)));
        this.accountId = accountId;
        this.login = login;
        this.recovered = recovered;
        setAuthenticated(true);
    }

    long accountId() {
        return accountId;
    }

    String login() {
        return login;
    }

    boolean recovered() {
        return recovered;
    }

    PasswordOnlySignIn afterRecoveryCode() {
        var next = new PasswordOnlySignIn(accountId, login, true);
        next.setDetails(getDetails());
        return next;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    /** The login as typed-and-found: deliberately not a {@code PortalUser}. */
    @Override
    public Object getPrincipal() {
        return login;
    }
}
