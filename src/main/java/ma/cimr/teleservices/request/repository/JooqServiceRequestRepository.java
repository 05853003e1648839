package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.EventKind;
import ma.cimr.teleservices.request.RequestLevel;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequest;
import ma.cimr.teleservices.request.Team;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Sequences.SERVICE_REQUEST_NUMBER;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_ATTACHMENT;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.jooq.impl.DSL.coalesce;

/** The request aggregate's writes, and its load under a row lock for the transitions (DD020). */
@Repository
class JooqServiceRequestRepository implements ServiceRequestRepository {

    private final DSLContext dsl;

    JooqServiceRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String nextReference(int year) {
        Long number = dsl.select(SERVICE_REQUEST_NUMBER.nextval()).fetchSingle().value1();
        return "R%d-%06d".formatted(year, number);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(ServiceRequest request) {
        return dsl.insertInto(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.REFERENCE, request.reference())
                .set(SERVICE_REQUEST.TYPE_CODE, request.typeCode())
                .set(SERVICE_REQUEST.REQUESTER_ACCOUNT_ID, request.requesterAccountId())
                .set(SERVICE_REQUEST.CONTACT_NAME, request.contactName())
                .set(SERVICE_REQUEST.CONTACT_EMAIL, request.contactEmail())
                .set(SERVICE_REQUEST.CONTACT_PHONE, request.contactPhone())
                .set(SERVICE_REQUEST.ACCESS_SECRET_HASH, request.accessSecretHash())
                .set(SERVICE_REQUEST.CHANNEL, request.channel())
                .set(SERVICE_REQUEST.LANGUAGE, request.language())
                .set(SERVICE_REQUEST.SUBJECT, request.subject())
                .set(SERVICE_REQUEST.DESCRIPTION, request.description())
                .set(SERVICE_REQUEST.STATUS, request.status())
                .set(SERVICE_REQUEST.LEVEL, request.level())
                .set(SERVICE_REQUEST.TEAM, request.team())
                .set(SERVICE_REQUEST.RECEIVED_AT, utc(request.receivedAt()))
                .set(SERVICE_REQUEST.DUE_DATE, request.dueDate())
                .set(SERVICE_REQUEST.COMMITTED_DUE_DATE, request.committedDueDate())
                .set(SERVICE_REQUEST.ACKNOWLEDGEMENT_DUE_DATE, request.acknowledgementDueDate())
                .set(SERVICE_REQUEST.ACKNOWLEDGED_AT, utc(request.acknowledgedAt()))
                .returning(SERVICE_REQUEST.ID)
                .fetchSingle()
                .getId();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addEvent(long requestId, Instant at, EventKind kind, String actor, @Nullable String message,
                         @Nullable LocalDate dueDate) {
        dsl.insertInto(REQUEST_EVENT)
                .set(REQUEST_EVENT.REQUEST_ID, requestId)
                .set(REQUEST_EVENT.OCCURRED_AT, utc(at))
                .set(REQUEST_EVENT.KIND, kind)
                .set(REQUEST_EVENT.ACTOR, actor)
                .set(REQUEST_EVENT.VISIBLE_TO_REQUESTER, kind.visibleToRequester())
                .set(REQUEST_EVENT.MESSAGE, message)
                .set(REQUEST_EVENT.DUE_DATE, dueDate)
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean addEventOnce(long requestId, Instant at, EventKind kind, String actor, LocalDate dueDate) {
        return dsl.insertInto(REQUEST_EVENT)
                .set(REQUEST_EVENT.REQUEST_ID, requestId)
                .set(REQUEST_EVENT.OCCURRED_AT, utc(at))
                .set(REQUEST_EVENT.KIND, kind)
                .set(REQUEST_EVENT.ACTOR, actor)
                .set(REQUEST_EVENT.VISIBLE_TO_REQUESTER, kind.visibleToRequester())
                .set(REQUEST_EVENT.DUE_DATE, dueDate)
                .onConflict(REQUEST_EVENT.REQUEST_ID, REQUEST_EVENT.KIND, REQUEST_EVENT.DUE_DATE)
                .where(REQUEST_EVENT.KIND.in(org.jooq.impl.DSL.inline(EventKind.DEADLINE_WARNING, REQUEST_EVENT.KIND),
                        org.jooq.impl.DSL.inline(EventKind.LATE, REQUEST_EVENT.KIND)))
                .doNothing()
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ServiceRequest> lockByReference(String reference) {
        return ServiceRequestRows.select(dsl, SERVICE_REQUEST.REFERENCE.eq(reference))
                .forUpdate().of(SERVICE_REQUEST)
                .fetchOptional(ServiceRequestRows::toRequest);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addAttachment(long requestId, Attachment attachment, Instant at, String uploadedBy) {
        dsl.insertInto(REQUEST_ATTACHMENT)
                .set(REQUEST_ATTACHMENT.REQUEST_ID, requestId)
                .set(REQUEST_ATTACHMENT.FILE_NAME, attachment.fileName())
                .set(REQUEST_ATTACHMENT.CONTENT_TYPE, attachment.contentType())
                .set(REQUEST_ATTACHMENT.SIZE_BYTES, attachment.content().length)
                .set(REQUEST_ATTACHMENT.CONTENT, attachment.content())
                .set(REQUEST_ATTACHMENT.UPLOADED_AT, utc(at))
                .set(REQUEST_ATTACHMENT.UPLOADED_BY, uploadedBy)
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(long requestId, long accountId) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.ASSIGNEE_ACCOUNT_ID, accountId)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.ASSIGNED)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void pause(long requestId, LocalDate on) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.WAITING_FOR_REQUESTER)
                .set(SERVICE_REQUEST.PAUSED_ON, on)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void resume(long requestId, RequestStatus status, LocalDate newDueDate, LocalDate newCommittedDueDate) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.STATUS, status)
                .set(SERVICE_REQUEST.PAUSED_ON, (LocalDate) null)
                .set(SERVICE_REQUEST.DUE_DATE, newDueDate)
                .set(SERVICE_REQUEST.COMMITTED_DUE_DATE, newCommittedDueDate)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveDueDate(long requestId, LocalDate newDueDate) {
        dsl.update(SERVICE_REQUEST).set(SERVICE_REQUEST.DUE_DATE, newDueDate)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void answerAndClose(long requestId, Instant at) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.CLOSED)
                .set(SERVICE_REQUEST.ANSWERED_AT, coalesce(SERVICE_REQUEST.ANSWERED_AT, utc(at)))
                .set(SERVICE_REQUEST.CLOSED_AT, utc(at))
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopen(long requestId, long assigneeAccountId, LocalDate dueDate) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.ASSIGNED)
                .set(SERVICE_REQUEST.ASSIGNEE_ACCOUNT_ID, assigneeAccountId)
                .set(SERVICE_REQUEST.DUE_DATE, dueDate)
                .set(SERVICE_REQUEST.CLOSED_AT, (OffsetDateTime) null)
                .set(SERVICE_REQUEST.RATING, (Short) null)
                .set(SERVICE_REQUEST.RATING_COMMENT, (String) null)
                .set(SERVICE_REQUEST.WARNED_AT, (OffsetDateTime) null)
                .set(SERVICE_REQUEST.LATE_SINCE, (LocalDate) null)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void escalate(long requestId, RequestLevel level, Team team, LocalDate dueDate) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.LEVEL, level)
                .set(SERVICE_REQUEST.TEAM, team)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.ACKNOWLEDGED)
                .set(SERVICE_REQUEST.ASSIGNEE_ACCOUNT_ID, (Long) null)
                .set(SERVICE_REQUEST.DUE_DATE, dueDate)
                .set(SERVICE_REQUEST.CLOSED_AT, (OffsetDateTime) null)
                .set(SERVICE_REQUEST.WARNED_AT, (OffsetDateTime) null)
                .set(SERVICE_REQUEST.LATE_SINCE, (LocalDate) null)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void rate(long requestId, int rating, @Nullable String comment) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.RATING, (short) rating)
                .set(SERVICE_REQUEST.RATING_COMMENT, comment)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markWarned(long requestId, Instant at) {
        dsl.update(SERVICE_REQUEST).set(SERVICE_REQUEST.WARNED_AT, utc(at))
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markLate(long requestId, LocalDate since) {
        dsl.update(SERVICE_REQUEST).set(SERVICE_REQUEST.LATE_SINCE, since)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
