package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.AttachmentInfo;
import ma.cimr.teleservices.request.RequestEvent;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequest;
import ma.cimr.teleservices.request.Team;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.REQUEST_ATTACHMENT;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.jooq.impl.DSL.noCondition;

/** The screens' reads of requests: no lock, no write (DD020). */
@Repository
class JooqRequestReadModel implements RequestReadModel {

    private final DSLContext dsl;

    JooqRequestReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ServiceRequest> findByReference(String reference) {
        return ServiceRequestRows.select(dsl, SERVICE_REQUEST.REFERENCE.eq(reference)).fetchOptional(ServiceRequestRows::toRequest);
    }

    @Override
    public List<AttachmentInfo> attachments(long requestId) {
        return dsl.select(REQUEST_ATTACHMENT.ID, REQUEST_ATTACHMENT.FILE_NAME, REQUEST_ATTACHMENT.CONTENT_TYPE,
                        REQUEST_ATTACHMENT.SIZE_BYTES, REQUEST_ATTACHMENT.UPLOADED_AT, REQUEST_ATTACHMENT.UPLOADED_BY)
                .from(REQUEST_ATTACHMENT)
                .where(REQUEST_ATTACHMENT.REQUEST_ID.eq(requestId))
                .orderBy(REQUEST_ATTACHMENT.ID)
                .fetch(row -> new AttachmentInfo(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5().toInstant(), row.value6()));
    }

    @Override
    public Optional<Attachment> attachment(long requestId, long attachmentId) {
        return dsl.select(REQUEST_ATTACHMENT.FILE_NAME, REQUEST_ATTACHMENT.CONTENT_TYPE, REQUEST_ATTACHMENT.CONTENT)
                .from(REQUEST_ATTACHMENT)
                .where(REQUEST_ATTACHMENT.REQUEST_ID.eq(requestId), REQUEST_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(row -> new Attachment(row.value1(), row.value2(), row.value3()));
    }

    @Override
    public List<ServiceRequest> findByRequester(long accountId) {
        return ServiceRequestRows.select(dsl, SERVICE_REQUEST.REQUESTER_ACCOUNT_ID.eq(accountId))
                .orderBy(SERVICE_REQUEST.RECEIVED_AT.desc())
                .fetch(ServiceRequestRows::toRequest);
    }

    @Override
    public List<ServiceRequest> queue(Team team, Collection<RequestStatus> statuses, int offset, int limit) {
        return ServiceRequestRows.select(dsl, queueCondition(team, statuses))
                .orderBy(SERVICE_REQUEST.DUE_DATE, SERVICE_REQUEST.RECEIVED_AT)
                .offset(offset)
                .limit(limit)
                .fetch(ServiceRequestRows::toRequest);
    }

    @Override
    public int queueSize(Team team, Collection<RequestStatus> statuses) {
        return dsl.fetchCount(SERVICE_REQUEST, queueCondition(team, statuses));
    }

    @Override
    public List<ServiceRequest> openRequests() {
        return ServiceRequestRows.select(dsl, SERVICE_REQUEST.STATUS.ne(RequestStatus.CLOSED))
                .orderBy(SERVICE_REQUEST.DUE_DATE)
                .fetch(ServiceRequestRows::toRequest);
    }

    @Override
    public Map<String, Integer> lateOpenByType(LocalDate today) {
        return dsl.select(SERVICE_REQUEST.TYPE_CODE, DSL.count())
                .from(SERVICE_REQUEST)
                .where(SERVICE_REQUEST.STATUS.ne(RequestStatus.CLOSED), SERVICE_REQUEST.DUE_DATE.lt(today))
                .groupBy(SERVICE_REQUEST.TYPE_CODE)
                .fetchMap(SERVICE_REQUEST.TYPE_CODE, DSL.count());
    }

    @Override
    public List<RequestEvent> timeline(long requestId, boolean withInternalEvents) {
        return dsl.selectFrom(REQUEST_EVENT)
                .where(REQUEST_EVENT.REQUEST_ID.eq(requestId))
                .and(withInternalEvents ? noCondition() : REQUEST_EVENT.VISIBLE_TO_REQUESTER.isTrue())
                .orderBy(REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.ID)
                .fetch(row -> new RequestEvent(row.getOccurredAt().toInstant(), row.getKind(),
                        row.getActor(), row.getMessage(), row.getDueDate()));
    }

    @Override
    public List<HandledRequest> handledBetween(Instant from, Instant to) {
        return dsl.select(SERVICE_REQUEST.TYPE_CODE, SERVICE_REQUEST.RECEIVED_AT, SERVICE_REQUEST.COMMITTED_DUE_DATE,
                        SERVICE_REQUEST.ACKNOWLEDGEMENT_DUE_DATE, SERVICE_REQUEST.ACKNOWLEDGED_AT,
                        SERVICE_REQUEST.ANSWERED_AT)
                .from(SERVICE_REQUEST)
                // every level: an escalated complaint still counts for its commitment, by its first answer
                .where(SERVICE_REQUEST.RECEIVED_AT.ge(utc(from)), SERVICE_REQUEST.RECEIVED_AT.lt(utc(to)))
                .fetch(row -> new HandledRequest(row.value1(), row.value2().toInstant(), row.value3(),
                        row.value4(), row.value5().toInstant(), row.value6() == null ? null : row.value6().toInstant()));
    }

    private static Condition queueCondition(Team team, Collection<RequestStatus> statuses) {
        return SERVICE_REQUEST.TEAM.eq(team)
                .and(statuses.isEmpty() ? noCondition()
                        : SERVICE_REQUEST.STATUS.in(statuses));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
