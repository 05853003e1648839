package ma.cimr.teleservices;

import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.security.PortalUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a demo account in the security context, as a successful login would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static PortalUser as(AccountService accounts, String login) {
        PortalUser user = (PortalUser) accounts.loadUserByUsername(login);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
