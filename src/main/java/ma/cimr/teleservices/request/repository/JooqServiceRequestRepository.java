package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.AttachmentInfo;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.EventKind;
import ma.cimr.teleservices.request.RequestEvent;
import ma.cimr.teleservices.request.RequestLevel;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequest;
import ma.cimr.teleservices.request.Team;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Sequences.SERVICE_REQUEST_NUMBER;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_ATTACHMENT;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;

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
                .set(SERVICE_REQUEST.CHANNEL, request.channel().name())
                .set(SERVICE_REQUEST.LANGUAGE, request.language())
                .set(SERVICE_REQUEST.SUBJECT, request.subject())
                .set(SERVICE_REQUEST.DESCRIPTION, request.description())
                .set(SERVICE_REQUEST.STATUS, request.status().name())
                .set(SERVICE_REQUEST.LEVEL, request.level().name())
                .set(SERVICE_REQUEST.TEAM, request.team().name())
                .set(SERVICE_REQUEST.RECEIVED_AT, utc(request.receivedAt()))
                .set(SERVICE_REQUEST.DUE_DATE, request.dueDate())
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
                .set(REQUEST_EVENT.KIND, kind.name())
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
                .set(REQUEST_EVENT.KIND, kind.name())
                .set(REQUEST_EVENT.ACTOR, actor)
                .set(REQUEST_EVENT.VISIBLE_TO_REQUESTER, kind.visibleToRequester())
                .set(REQUEST_EVENT.DUE_DATE, dueDate)
                .onConflict(REQUEST_EVENT.REQUEST_ID, REQUEST_EVENT.KIND, REQUEST_EVENT.DUE_DATE)
                .where(REQUEST_EVENT.KIND.in("DEADLINE_WARNING", "LATE"))
                .doNothing()
                .execute() == 1;
    }

    @Override
    public Optional<ServiceRequest> findByReference(String reference) {
        return select(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchOptional(JooqServiceRequestRepository::toRequest);
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
        return select(SERVICE_REQUEST.REQUESTER_ACCOUNT_ID.eq(accountId))
                .orderBy(SERVICE_REQUEST.RECEIVED_AT.desc())
                .fetch(JooqServiceRequestRepository::toRequest);
    }

    @Override
    public List<ServiceRequest> queue(Team team, Collection<RequestStatus> statuses, int offset, int limit) {
        return select(queueCondition(team, statuses))
                .orderBy(SERVICE_REQUEST.DUE_DATE, SERVICE_REQUEST.RECEIVED_AT)
                .offset(offset)
                .limit(limit)
                .fetch(JooqServiceRequestRepository::toRequest);
    }

    @Override
    public int queueSize(Team team, Collection<RequestStatus> statuses) {
        return dsl.fetchCount(SERVICE_REQUEST, queueCondition(team, statuses));
    }

    private static Condition queueCondition(Team team, Collection<RequestStatus> statuses) {
        return SERVICE_REQUEST.TEAM.eq(team.name())
                .and(statuses.isEmpty() ? noCondition()
                        : SERVICE_REQUEST.STATUS.in(statuses.stream().map(Enum::name).toList()));
    }

    @Override
    public List<ServiceRequest> openRequests() {
        return select(SERVICE_REQUEST.STATUS.ne(RequestStatus.CLOSED.name()))
                .orderBy(SERVICE_REQUEST.DUE_DATE)
                .fetch(JooqServiceRequestRepository::toRequest);
    }

    @Override
    public List<RequestEvent> timeline(long requestId, boolean withInternalEvents) {
        return dsl.selectFrom(REQUEST_EVENT)
                .where(REQUEST_EVENT.REQUEST_ID.eq(requestId))
                .and(withInternalEvents ? noCondition() : REQUEST_EVENT.VISIBLE_TO_REQUESTER.isTrue())
                .orderBy(REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.ID)
                .fetch(row -> new RequestEvent(row.getOccurredAt().toInstant(), EventKind.valueOf(row.getKind()),
                        row.getActor(), row.getMessage(), row.getDueDate()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateStatus(long requestId, RequestStatus status) {
        dsl.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATUS, status.name())
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(long requestId, long accountId) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.ASSIGNEE_ACCOUNT_ID, accountId)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.ASSIGNED.name())
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void pause(long requestId, LocalDate on) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.WAITING_FOR_REQUESTER.name())
                .set(SERVICE_REQUEST.PAUSED_ON, on)
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void resume(long requestId, RequestStatus status, LocalDate newDueDate) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.STATUS, status.name())
                .set(SERVICE_REQUEST.PAUSED_ON, (LocalDate) null)
                .set(SERVICE_REQUEST.DUE_DATE, newDueDate)
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
                .set(SERVICE_REQUEST.STATUS, RequestStatus.CLOSED.name())
                .set(SERVICE_REQUEST.ANSWERED_AT, coalesce(SERVICE_REQUEST.ANSWERED_AT, utc(at)))
                .set(SERVICE_REQUEST.CLOSED_AT, utc(at))
                .where(SERVICE_REQUEST.ID.eq(requestId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopen(long requestId, long assigneeAccountId, LocalDate dueDate) {
        dsl.update(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.STATUS, RequestStatus.ASSIGNED.name())
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
                .set(SERVICE_REQUEST.LEVEL, level.name())
                .set(SERVICE_REQUEST.TEAM, team.name())
                .set(SERVICE_REQUEST.STATUS, RequestStatus.ACKNOWLEDGED.name())
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

    @Override
    public List<HandledRequest> handledBetween(Instant from, Instant to) {
        return dsl.select(SERVICE_REQUEST.TYPE_CODE, SERVICE_REQUEST.RECEIVED_AT, SERVICE_REQUEST.DUE_DATE,
                        SERVICE_REQUEST.ANSWERED_AT)
                .from(SERVICE_REQUEST)
                // every level: an escalated complaint still counts for its commitment, by its first answer
                .where(SERVICE_REQUEST.RECEIVED_AT.ge(utc(from)), SERVICE_REQUEST.RECEIVED_AT.lt(utc(to)))
                .fetch(row -> new HandledRequest(row.value1(), row.value2().toInstant(), row.value3(),
                        row.value4() == null ? null : row.value4().toInstant()));
    }

    private SelectOnConditionStep<Record> selectBase() {
        return dsl.select(SERVICE_REQUEST.asterisk(), USER_ACCOUNT.DISPLAY_NAME)
                .from(SERVICE_REQUEST)
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(SERVICE_REQUEST.ASSIGNEE_ACCOUNT_ID));
    }

    private org.jooq.SelectConditionStep<Record> select(Condition condition) {
        return selectBase().where(condition);
    }

    private static ServiceRequest toRequest(Record row) {
        var r = row.into(SERVICE_REQUEST);
        return new ServiceRequest(r.getId(), r.getReference(), r.getTypeCode(), r.getRequesterAccountId(),
                r.getContactName(), r.getContactEmail(), r.getContactPhone(), r.getAccessSecretHash(),
                Channel.valueOf(r.getChannel()), r.getLanguage(), r.getSubject(), r.getDescription(),
                RequestStatus.valueOf(r.getStatus()), RequestLevel.valueOf(r.getLevel()), Team.valueOf(r.getTeam()),
                r.getAssigneeAccountId(), row.get(USER_ACCOUNT.DISPLAY_NAME), r.getReceivedAt().toInstant(),
                r.getDueDate(), r.getPausedOn(), r.getAnsweredAt() == null ? null : r.getAnsweredAt().toInstant(),
                r.getClosedAt() == null ? null : r.getClosedAt().toInstant(),
                r.getRating() == null ? null : r.getRating().intValue(), r.getRatingComment());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
