package ma.cimr.teleservices.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The second step of signing in (DD021), a form post like the password's: {@code POST
 * /second-factor} with a code, {@code POST /second-factor/enrol} with the first code of a new
 * authenticator. A right code replaces the password-only authentication with the full one, under
 * a new session id, as Spring Security's own login does; anything else goes back to the page with
 * {@code ?error}. Being a request rather than a Vaadin event, it is driven by tests as the password is.
 * Placed after the password filter by {@code SecurityConfig}; not a bean.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String CODE_PATH = "/second-factor";
    static final String ENROL_PATH = "/second-factor/enrol";
    static final String RECOVERY_CODES_PATH = "/second-factor/recovery-codes";

    private final SecondFactorService secondFactor;
    private final SecondFactorSignIn completion = new SecondFactorSignIn();

    SecondFactorFilter(SecondFactorService secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && (CODE_PATH.equals(path) || ENROL_PATH.equals(path)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PasswordOnlySignIn signIn)) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        String code = String.valueOf(request.getParameter("code"));
        boolean enrolling = ENROL_PATH.equals(path);
        var verdict = enrolling ? secondFactor.confirmEnrolment(signIn, code, request.getRemoteAddr())
                : secondFactor.verify(signIn, code, request.getRemoteAddr());
        switch (verdict.outcome()) {
            case SIGNED_IN -> response.sendRedirect(completion.complete(verdict, signIn, request, response));
            case RECOVERED -> {
                completion.save(signIn.afterRecoveryCode(), request, response);
                response.sendRedirect(request.getContextPath() + ENROL_PATH);
            }
            case REFUSED -> response.sendRedirect(request.getContextPath() + path + "?error");
        }
    }
}
