package ma.cimr.teleservices.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import ma.cimr.teleservices.security.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in session ends after {@code portal.session.max-lifetime} (12 hours) whatever happens
 * in it. Idle sessions already end after 30 minutes ({@code vaadin.closeIdleSessions}: an open
 * tab's heartbeats no longer keep them alive), but a tab in use kept a stolen session cookie good
 * forever. Counted from the first request the session made signed in.
 */
class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

    private final Clock clock;
    private final Duration maxLifetime;

    SessionLifetime(Clock clock, Duration maxLifetime) {
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn(session)) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant since)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (Duration.between(since, now).compareTo(maxLifetime) > 0) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof PortalUser;
    }
}
