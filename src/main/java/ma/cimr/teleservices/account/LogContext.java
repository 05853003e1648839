package ma.cimr.teleservices.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.cimr.teleservices.security.PortalUser;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Puts on every log line of a request which request it is and which account made it, so the
 * operations team can follow one person's trouble across lines and instances (issue 14): the
 * proxy's {@code X-Request-Id} when it sent a sane one, else a new one, echoed in the response;
 * the account's numeric id, never its login, e-mail or anything secret. Placed by
 * {@code SecurityConfig} after the security context is loaded, so the account is known.
 */
class LogContext extends OncePerRequestFilter {

    static final String REQUEST_ID = "requestId";
    static final String ACCOUNT_ID = "accountId";
    static final String HEADER = "X-Request-Id";

    // what a proxy sends (nginx's $request_id is 32 hex digits); anything else could forge log lines
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(REQUEST_ID, requestId);
        response.setHeader(HEADER, requestId);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            MDC.put(ACCOUNT_ID, Long.toString(user.accountId().value()));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(ACCOUNT_ID);
        }
    }
}
