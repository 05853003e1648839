package ma.cimr.teleservices.audit.repository;

import ma.cimr.teleservices.audit.AuditEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

public interface AuditEventRepository {

    void append(Instant at, String actor, String action, @Nullable String target, @Nullable String details,
                @Nullable String sourceAddress);

    /** Newest first. */
    List<AuditEvent> latest(int offset, int limit);

    int count();

    /** Newest first: events whose actor or target is one of the company's logins. */
    List<AuditEvent> ofCompany(long companyId, int offset, int limit);

    int countOfCompany(long companyId);
}
