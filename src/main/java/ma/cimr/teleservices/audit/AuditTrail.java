package ma.cimr.teleservices.audit;

import ma.cimr.teleservices.security.CompanyId;
import ma.cimr.teleservices.audit.repository.AuditEventRepository;
import ma.cimr.teleservices.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The append-only audit trail. The table refuses updates and deletes by itself. */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, String action, @Nullable String target, @Nullable String details,
                       @Nullable String sourceAddress) {
        events.append(clock.instant(), actor, action, target, details, sourceAddress);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "', '" + Roles.ADMINISTRATOR + "')")
    public List<AuditEvent> latest(int offset, int limit) {
        return events.latest(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "', '" + Roles.ADMINISTRATOR + "')")
    public int count() {
        return events.count();
    }

    /**
     * What a company's user administrators did and what happened to its logins, newest first. The
     * caller passes the signed-in administrator's own company (the delegate's console does).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public List<AuditEvent> ofCompany(CompanyId companyId, int offset, int limit) {
        return events.ofCompany(companyId.value(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public int countOfCompany(CompanyId companyId) {
        return events.countOfCompany(companyId.value());
    }
}
