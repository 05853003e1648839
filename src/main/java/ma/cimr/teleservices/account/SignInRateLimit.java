package ma.cimr.teleservices.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The sign-in form's door: past its limit, a client address gets the answer of a wrong password
 * without any password being checked, so spraying passwords across the 750 000 predictable logins
 * costs the attacker time and the fund no CPU, and the answer tells nothing more. Placed before
 * Spring Security's form login by {@code SecurityConfig}; not a bean, so that it runs only there.
 */
class SignInRateLimit extends OncePerRequestFilter {

    private static final String LOGIN_FAILED = "/login?error";

    private final RateLimits limits;

    SignInRateLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (limits.tryKnock(Door.SIGN_IN, client)) {
            chain.doFilter(request, response);
            return;
        }
        // not audited one by one: a flood of refused knocks must not become a flood of rows
        response.sendRedirect(request.getContextPath() + LOGIN_FAILED);
    }
}
