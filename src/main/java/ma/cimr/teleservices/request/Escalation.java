package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The complaint's recourse chain: the fund's own answer, then the independent conciliation
 * service (when the answer does not satisfy, or when there is none after the scheme's delay,
 * 30 days), then the external mediator (when conciliation's answer does not satisfy).
 */
final class Escalation {

    private Escalation() {
    }

    /** The next level the requester may turn to today, or null. */
    static @Nullable RequestLevel next(ServiceRequest request, RequestType type, LocalDate today) {
        ComplaintScheme scheme = type.complaintScheme();
        if (scheme == null) {
            return null;
        }
        return switch (request.level()) {
            case FUND -> request.status() == RequestStatus.CLOSED || !today.isBefore(conciliationOpensOn(request, scheme))
                    ? RequestLevel.CONCILIATION : null;
            case CONCILIATION -> request.status() == RequestStatus.CLOSED ? RequestLevel.MEDIATION : null;
            case MEDIATION -> null;
        };
    }

    static LocalDate conciliationOpensOn(ServiceRequest request, ComplaintScheme scheme) {
        return scheme.conciliationOpensOn(LocalDate.ofInstant(request.receivedAt(), ma.cimr.teleservices.shared.BusinessCalendar.ZONE));
    }
}
