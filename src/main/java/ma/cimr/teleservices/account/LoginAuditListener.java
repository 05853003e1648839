package ma.cimr.teleservices.account;

import io.micrometer.core.instrument.MeterRegistry;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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

    private final MeterRegistry meters;

    LoginAuditListener(AuditTrail auditTrail, AccountService accountService, MeterRegistry meters) {
        this.auditTrail = auditTrail;
        this.accountService = accountService;
        this.meters = meters;
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
        // a tag per kind of failure, never per login: a spray shows as a curve, not as 750 000 series
        meters.counter("portal.sign.in.failures", "reason", reason(event.getException())).increment();
        if (event.getException() instanceof BadCredentialsException) {
            accountService.recordFailedLogin(login);
        }
    }

    private static String reason(AuthenticationException failure) {
        return switch (failure) {
            case BadCredentialsException ignored -> "bad_credentials";
            case LockedException ignored -> "locked";
            case DisabledException ignored -> "disabled";
            default -> "other";
        };
    }

    private static @Nullable String sourceAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
