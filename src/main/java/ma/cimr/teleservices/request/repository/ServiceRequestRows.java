package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.ServiceRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;

import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

/**
 * One request as a row, the same for the read model and the writes' locking load, so that a
 * screen and a transition never see two versions of the mapping.
 */
final class ServiceRequestRows {

    private ServiceRequestRows() {
    }

    /** The request with its assignee's name (a left join: {@code FOR UPDATE OF service_request} locks the request only). */
    static SelectConditionStep<Record> select(DSLContext dsl, Condition condition) {
        return dsl.select(SERVICE_REQUEST.asterisk(), USER_ACCOUNT.DISPLAY_NAME)
                .from(SERVICE_REQUEST)
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(SERVICE_REQUEST.ASSIGNEE_ACCOUNT_ID))
                .where(condition);
    }

    static ServiceRequest toRequest(Record row) {
        var r = row.into(SERVICE_REQUEST);
        return new ServiceRequest(r.getId(), r.getReference(), r.getTypeCode(), r.getRequesterAccountId(),
                r.getContactName(), r.getContactEmail(), r.getContactPhone(), r.getAccessSecretHash(),
                r.getChannel(), r.getLanguage(), r.getSubject(), r.getDescription(),
                r.getStatus(), r.getLevel(), r.getTeam(),
                r.getAssigneeAccountId(), row.get(USER_ACCOUNT.DISPLAY_NAME), r.getReceivedAt().toInstant(),
                r.getDueDate(), r.getCommittedDueDate(), r.getAcknowledgementDueDate(),
                r.getAcknowledgedAt().toInstant(), r.getPausedOn(), r.getAnsweredAt() == null ? null : r.getAnsweredAt().toInstant(),
                r.getClosedAt() == null ? null : r.getClosedAt().toInstant(),
                r.getRating() == null ? null : r.getRating().intValue(), r.getRatingComment());
    }
}
