package ma.cimr.teleservices;

import ma.cimr.teleservices.account.SecondFactorService;
import ma.cimr.teleservices.account.Totp;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Clock;

/**
 * What a person's authenticator application does, for tests that sign in through the real form:
 * read the secret the enrolment page shows, and compute the code of the moment from it (DD021).
 */
public final class SecondFactorCodes {

    private SecondFactorCodes() {
    }

    /** The secret the enrolment page shows to the session that passed the password (base32). */
    public static String enrolmentSecret(SecondFactorService secondFactor, MockHttpSession session) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(contextOf(session));
            return secondFactor.beginEnrolment().secret();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The code an authenticator shows now for this secret. */
    public static String codeNow(String base32Secret, Clock clock) {
        return Totp.code(Totp.fromBase32(base32Secret), Totp.step(clock.instant()));
    }

    public static SecurityContext contextOf(MockHttpSession session) {
        return (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }
}
