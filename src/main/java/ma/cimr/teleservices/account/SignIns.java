package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.SignInRepository;
import ma.cimr.teleservices.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Instant;
import java.util.List;

/**
 * The sign-ins a person can read of their own login (law 09-08, DD041). Written with every
 * successful sign-in, whatever its way (password, second factor, passkey), next to the audit
 * trail's line; read only for the signed-in login itself.
 */
@Service
public class SignIns {

    private final SignInRepository signIns;
    private final CurrentUser currentUser;

    SignIns(SignInRepository signIns, CurrentUser currentUser) {
        this.signIns = signIns;
        this.currentUser = currentUser;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SignIn> mine() {
        return signIns.ofAccount(currentUser.require().accountId().value());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int myCount() {
        return signIns.countOfAccount(currentUser.require().accountId().value());
    }

    /**
     * The browser is read from the request being served: every sign-in happens in one (the login
     * form, the second factor's code, a passkey's assertion), and the User-Agent is not part of
     * Spring Security's authentication details.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void record(long accountId, Instant at, @Nullable String sourceAddress) {
        signIns.append(accountId, at, SignInOrigin.of(sourceAddress, currentUserAgent()));
    }

    private static @Nullable String currentUserAgent() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getHeader("User-Agent") : null;
    }
}
