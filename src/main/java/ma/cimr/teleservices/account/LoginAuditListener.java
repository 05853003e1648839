package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every login attempt goes to the audit trail: failures name the login that was typed (it may not
 * exist), so staff can see an attack on an account; the user only ever sees one message.
 */
@Component
class LoginAuditListener {

    private static final int MAX_LOGIN_LENGTH = 64;

    private final AuditTrail auditTrail;
    private final AccountService accountService;

    LoginAuditListener(AuditTrail auditTrail, AccountService accountService) {
        this.auditTrail = auditTrail;
        this.accountService = accountService;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            accountService.recordSuccessfulLogin(user, sourceAddress(event.getAuthentication()));
        } else if (event.getAuthentication() instanceof PasswordOnlySignIn signIn) {
            // not a sign-in yet: the failures are forgotten only after the second factor, or a
            // right password would reset the count of wrong codes at each try (DD021)
            auditTrail.record(signIn.login(), "PASSWORD_ACCEPTED", null, "second factor to come",
                    sourceAddress(event.getAuthentication()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getPrincipal());
        String login = typed.length() > MAX_LOGIN_LENGTH ? typed.substring(0, MAX_LOGIN_LENGTH) : typed;
        auditTrail.record(login, "LOGIN_FAILED", null, event.getException().getClass().getSimpleName(),
                sourceAddress(event.getAuthentication()));
        if (event.getException() instanceof BadCredentialsException) {
            accountService.recordFailedLogin(login);
        }
    }

    private static @Nullable String sourceAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
