package ma.cimr.teleservices.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import ma.cimr.teleservices.account.repository.AccountRepository;
import ma.cimr.teleservices.security.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a signed-in session ends besides signing out: idle sessions after 30 minutes
 * ({@code vaadin.closeIdleSessions}: an open tab's heartbeats no longer keep them alive), and here,
 * at its next request,
 * <ul>
 *     <li>{@code portal.session.max-lifetime} (12 hours) after its first signed-in request, however
 *     busy: a tab in use kept a stolen session cookie good forever;</li>
 *     <li>as soon as its account's password, status or roles changed (the credentials version the
 *     database bumps, V23): a password reset or a role taken away used to leave every other session
 *     of that login signed in, with its old rights.</li>
 * </ul>
 */
class SignedInSessions extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";
    static final String CREDENTIALS_VERSION = SignedInSessions.class.getName() + ".credentialsVersion";

    private final AccountRepository accounts;
    private final Clock clock;
    private final Duration maxLifetime;

    SignedInSessions(AccountRepository accounts, Clock clock, Duration maxLifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PortalUser user = session == null ? null : signedIn(session);
        if (user != null) {
            Instant now = clock.instant();
            long version = accounts.credentialsVersion(user.accountId().value()).orElse(-1L);
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant since)) {
                session.setAttribute(SIGNED_IN_AT, now);
                session.setAttribute(CREDENTIALS_VERSION, version);
            } else if (Duration.between(since, now).compareTo(maxLifetime) > 0
                    || !Long.valueOf(version).equals(session.getAttribute(CREDENTIALS_VERSION))) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static @Nullable PortalUser signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof PortalUser user ? user : null;
    }
}
