package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.PortalUser;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's password check, except that for an account asked for a second factor
 * (DD021) a right password yields only a {@link PasswordOnlySignIn}: no roles, no
 * {@code PortalUser}. Everything else of the form login (session id change, redirect, events,
 * re-hashing, the answer to a wrong password) stays Spring's.
 */
class PasswordFirst extends DaoAuthenticationProvider {

    private final SecondFactorService secondFactor;

    PasswordFirst(UserDetailsService accounts, PasswordEncoder encoder, UserDetailsPasswordService rehashing,
                  SecondFactorService secondFactor) {
        super(accounts);
        setPasswordEncoder(encoder);
        setUserDetailsPasswordService(rehashing);
        this.secondFactor = secondFactor;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        Authentication full = super.createSuccessAuthentication(principal, authentication, user);
        if (full.getPrincipal() instanceof PortalUser portalUser && secondFactor.asksFor(portalUser)) {
            var passwordOnly = new PasswordOnlySignIn(portalUser.accountId().value(), portalUser.login(), false);
            passwordOnly.setDetails(authentication.getDetails());
            return passwordOnly;
        }
        return full;
    }
}
