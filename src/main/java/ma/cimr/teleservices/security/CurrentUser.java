package ma.cimr.teleservices.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The authenticated user, for services. Company-, affiliate- and retiree-scoped queries take
 * their id from here: a missing link is refused, never guessed.
 */
@Component
public class CurrentUser {

    public Optional<PortalUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not authenticated"));
    }

    public CompanyId companyId() {
        CompanyId id = require().companyId();
        if (id == null) {
            throw new AccessDeniedException("not a company account");
        }
        return id;
    }

    public AffiliateId affiliateId() {
        AffiliateId id = require().affiliateId();
        if (id == null) {
            throw new AccessDeniedException("not an affiliate account");
        }
        return id;
    }

    public RetireeId retireeId() {
        RetireeId id = require().retireeId();
        if (id == null) {
            throw new AccessDeniedException("not a retiree account");
        }
        return id;
    }
}
