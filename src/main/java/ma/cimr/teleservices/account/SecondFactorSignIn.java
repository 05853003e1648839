package ma.cimr.teleservices.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.cimr.teleservices.security.PortalUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.List;

/**
 * The end of the second step, whichever factor passed it (a code, DD021, or a passkey, DD031):
 * the password-only authentication becomes the full one under a new session id, saved in the
 * session as Spring Security's own login does, and the person goes on to their space, or first
 * to the recovery codes of a new enrolment. One place, so both factors mark a session alike.
 */
final class SecondFactorSignIn {

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    /** Signs the session in for a verdict of {@code SIGNED_IN}; returns where the person goes next. */
    String complete(SecondFactorService.Verdict verdict, PasswordOnlySignIn signIn, HttpServletRequest request,
                    HttpServletResponse response) {
        PortalUser user = java.util.Objects.requireNonNull(verdict.user());
        var full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        full.setDetails(signIn.getDetails());
        // a session id seen before the second factor must not become a signed-in one (session fixation)
        request.changeSessionId();
        save(full, request, response);
        if (verdict.recoveryCodes().isEmpty()) {
            return request.getContextPath() + SecurityConfig.AFTER_LOGIN;
        }
        request.getSession().setAttribute(SecondFactorService.NEW_RECOVERY_CODES, List.copyOf(verdict.recoveryCodes()));
        return request.getContextPath() + SecondFactorFilter.RECOVERY_CODES_PATH;
    }

    void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
