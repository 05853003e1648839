package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.DocumentKind;
import ma.cimr.teleservices.retiree.DocumentToReview;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.SupportingDocument;
import ma.cimr.teleservices.retiree.SuspensionReason;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.DOCUMENT_NOTICE;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.SUPPORTING_DOCUMENT;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.localDateAdd;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.or;

@Repository
class JooqDocumentRepository implements DocumentRepository {

    private final DSLContext dsl;

    JooqDocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(long retireeId, DocumentKind kind, String fileName, String contentType, byte[] content,
                    Instant uploadedAt) {
        return dsl.insertInto(SUPPORTING_DOCUMENT)
                .set(SUPPORTING_DOCUMENT.RETIREE_ID, retireeId)
                .set(SUPPORTING_DOCUMENT.KIND, kind.name())
                .set(SUPPORTING_DOCUMENT.FILE_NAME, fileName)
                .set(SUPPORTING_DOCUMENT.CONTENT_TYPE, contentType)
                .set(SUPPORTING_DOCUMENT.CONTENT, content)
                .set(SUPPORTING_DOCUMENT.UPLOADED_AT, uploadedAt.atOffset(ZoneOffset.UTC))
                .set(SUPPORTING_DOCUMENT.STATUS, SupportingDocument.Status.PENDING.name())
                .returning(SUPPORTING_DOCUMENT.ID)
                .fetchSingle().getId();
    }

    @Override
    public List<SupportingDocument> ofRetiree(long retireeId) {
        return dsl.select(SUPPORTING_DOCUMENT.ID, SUPPORTING_DOCUMENT.KIND, SUPPORTING_DOCUMENT.FILE_NAME,
                        SUPPORTING_DOCUMENT.UPLOADED_AT, SUPPORTING_DOCUMENT.STATUS, SUPPORTING_DOCUMENT.VALID_UNTIL,
                        SUPPORTING_DOCUMENT.REJECTION_REASON)
                .from(SUPPORTING_DOCUMENT)
                .where(SUPPORTING_DOCUMENT.RETIREE_ID.eq(retireeId))
                .orderBy(SUPPORTING_DOCUMENT.UPLOADED_AT.desc(), SUPPORTING_DOCUMENT.ID.desc())
                .fetch(row -> new SupportingDocument(row.value1(), DocumentKind.valueOf(row.value2()), row.value3(),
                        row.value4().toInstant(), SupportingDocument.Status.valueOf(row.value5()), row.value6(),
                        row.value7()));
    }

    @Override
    public List<DocumentToReview> pending(int offset, int limit) {
        return dsl.select(reviewFields())
                .from(SUPPORTING_DOCUMENT)
                .join(RETIREE).on(RETIREE.ID.eq(SUPPORTING_DOCUMENT.RETIREE_ID))
                .where(SUPPORTING_DOCUMENT.STATUS.eq(SupportingDocument.Status.PENDING.name()))
                .orderBy(SUPPORTING_DOCUMENT.UPLOADED_AT, SUPPORTING_DOCUMENT.ID)
                .offset(offset).limit(limit)
                .fetch(JooqDocumentRepository::toReview);
    }

    private static List<Field<?>> reviewFields() {
        return List.of(SUPPORTING_DOCUMENT.ID, RETIREE.PENSION_FILE_NUMBER, RETIREE.FIRST_NAME, RETIREE.LAST_NAME,
                SUPPORTING_DOCUMENT.KIND, SUPPORTING_DOCUMENT.FILE_NAME, SUPPORTING_DOCUMENT.CONTENT_TYPE,
                SUPPORTING_DOCUMENT.UPLOADED_AT, SUPPORTING_DOCUMENT.RETIREE_ID, SUPPORTING_DOCUMENT.STATUS);
    }

    private static DocumentToReview toReview(Record row) {
        return new DocumentToReview(row.get(SUPPORTING_DOCUMENT.ID), row.get(RETIREE.PENSION_FILE_NUMBER).value(),
                row.get(RETIREE.FIRST_NAME) + " " + row.get(RETIREE.LAST_NAME),
                DocumentKind.valueOf(row.get(SUPPORTING_DOCUMENT.KIND)), row.get(SUPPORTING_DOCUMENT.FILE_NAME),
                row.get(SUPPORTING_DOCUMENT.CONTENT_TYPE), row.get(SUPPORTING_DOCUMENT.UPLOADED_AT).toInstant(),
                row.get(SUPPORTING_DOCUMENT.RETIREE_ID));
    }

    @Override
    public int pendingCount() {
        return dsl.fetchCount(SUPPORTING_DOCUMENT, SUPPORTING_DOCUMENT.STATUS.eq(SupportingDocument.Status.PENDING.name()));
    }

    @Override
    public Optional<Owned> find(long documentId) {
        return dsl.select(reviewFields())
                .from(SUPPORTING_DOCUMENT)
                .join(RETIREE).on(RETIREE.ID.eq(SUPPORTING_DOCUMENT.RETIREE_ID))
                .where(SUPPORTING_DOCUMENT.ID.eq(documentId))
                .fetchOptional(row -> new Owned(row.get(SUPPORTING_DOCUMENT.RETIREE_ID), toReview(row),
                        SupportingDocument.Status.valueOf(row.get(SUPPORTING_DOCUMENT.STATUS))));
    }

    @Override
    public Optional<byte[]> content(long documentId) {
        return dsl.select(SUPPORTING_DOCUMENT.CONTENT).from(SUPPORTING_DOCUMENT)
                .where(SUPPORTING_DOCUMENT.ID.eq(documentId)).fetchOptional(SUPPORTING_DOCUMENT.CONTENT);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decide(long documentId, SupportingDocument.Status status, @Nullable LocalDate validUntil,
                          String reviewer, Instant at, @Nullable String rejectionReason) {
        return dsl.update(SUPPORTING_DOCUMENT)
                .set(SUPPORTING_DOCUMENT.STATUS, status.name())
                .set(SUPPORTING_DOCUMENT.VALID_UNTIL, validUntil)
                .set(SUPPORTING_DOCUMENT.REVIEWED_BY, reviewer)
                .set(SUPPORTING_DOCUMENT.REVIEWED_AT, at.atOffset(ZoneOffset.UTC))
                .set(SUPPORTING_DOCUMENT.REJECTION_REASON, rejectionReason)
                .where(SUPPORTING_DOCUMENT.ID.eq(documentId),
                        SUPPORTING_DOCUMENT.STATUS.eq(SupportingDocument.Status.PENDING.name()))
                .execute() == 1;
    }

    @Override
    public List<Watched> watched(LocalDate horizon) {
        var accepted = SUPPORTING_DOCUMENT.STATUS.eq(SupportingDocument.Status.ACCEPTED.name());
        var pending = SUPPORTING_DOCUMENT.STATUS.eq(SupportingDocument.Status.PENDING.name());
        Field<LocalDate> life = acceptedUntil(DocumentKind.PROOF_OF_LIFE, accepted);
        Field<LocalDate> remarriage = acceptedUntil(DocumentKind.NON_REMARRIAGE, accepted);
        Field<LocalDate> schooling = acceptedUntil(DocumentKind.SCHOOLING, accepted);
        Field<Boolean> lifePending = pendingOf(DocumentKind.PROOF_OF_LIFE, pending);
        Field<Boolean> remarriagePending = pendingOf(DocumentKind.NON_REMARRIAGE, pending);
        Field<Boolean> schoolingPending = pendingOf(DocumentKind.SCHOOLING, pending);
        // the first document of each kind is due a year after the pension started
        Field<LocalDate> firstDue = localDateAdd(RETIREE.PENSION_START, 1, DatePart.YEAR);
        return dsl.select(RETIREE.ID, RETIREE.KIND, RETIREE.SURVIVOR_RELATION, RETIREE.BIRTH_DATE, RETIREE.PENSION_START,
                        RETIREE.SUSPENSION_REASON, life.as("life"), remarriage.as("remarriage"), schooling.as("schooling"),
                        lifePending.as("life_pending"), remarriagePending.as("remarriage_pending"),
                        schoolingPending.as("schooling_pending"))
                .from(RETIREE)
                .leftJoin(SUPPORTING_DOCUMENT).on(SUPPORTING_DOCUMENT.RETIREE_ID.eq(RETIREE.ID))
                .groupBy(RETIREE.ID)
                .having(or(coalesce(life, firstDue).le(horizon),
                        RETIREE.KIND.eq(RetireePension.Kind.SURVIVOR).and(
                                coalesce(remarriage, firstDue).le(horizon).or(coalesce(schooling, firstDue).le(horizon)))))
                .orderBy(RETIREE.ID)
                .fetch(row -> {
                    var until = new EnumMap<DocumentKind, LocalDate>(DocumentKind.class);
                    put(until, DocumentKind.PROOF_OF_LIFE, row.get("life", LocalDate.class));
                    put(until, DocumentKind.NON_REMARRIAGE, row.get("remarriage", LocalDate.class));
                    put(until, DocumentKind.SCHOOLING, row.get("schooling", LocalDate.class));
                    var waiting = EnumSet.noneOf(DocumentKind.class);
                    if (Boolean.TRUE.equals(row.get("life_pending", Boolean.class))) {
                        waiting.add(DocumentKind.PROOF_OF_LIFE);
                    }
                    if (Boolean.TRUE.equals(row.get("remarriage_pending", Boolean.class))) {
                        waiting.add(DocumentKind.NON_REMARRIAGE);
                    }
                    if (Boolean.TRUE.equals(row.get("schooling_pending", Boolean.class))) {
                        waiting.add(DocumentKind.SCHOOLING);
                    }
                    String reason = row.get(RETIREE.SUSPENSION_REASON);
                    return new Watched(row.get(RETIREE.ID), row.get(RETIREE.KIND), row.get(RETIREE.SURVIVOR_RELATION),
                            row.get(RETIREE.BIRTH_DATE), row.get(RETIREE.PENSION_START),
                            reason == null ? null : SuspensionReason.valueOf(reason), until, waiting);
                });
    }

    private static Field<LocalDate> acceptedUntil(DocumentKind kind, org.jooq.Condition accepted) {
        return max(SUPPORTING_DOCUMENT.VALID_UNTIL).filterWhere(accepted.and(SUPPORTING_DOCUMENT.KIND.eq(kind.name())));
    }

    private static Field<Boolean> pendingOf(DocumentKind kind, org.jooq.Condition pending) {
        return boolOr(pending.and(SUPPORTING_DOCUMENT.KIND.eq(kind.name())))
                .filterWhere(SUPPORTING_DOCUMENT.ID.isNotNull());
    }

    private static void put(EnumMap<DocumentKind, LocalDate> map, DocumentKind kind, @Nullable LocalDate date) {
        if (date != null) {
            map.put(kind, date);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean noteSent(long retireeId, DocumentKind kind, LocalDate expiresOn, Stage stage, Instant at) {
        return dsl.insertInto(DOCUMENT_NOTICE)
                .set(DOCUMENT_NOTICE.RETIREE_ID, retireeId)
                .set(DOCUMENT_NOTICE.KIND, kind.name())
                .set(DOCUMENT_NOTICE.EXPIRES_ON, expiresOn)
                .set(DOCUMENT_NOTICE.STAGE, stage.name())
                .set(DOCUMENT_NOTICE.SENT_AT, at.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<Instant> sentAt(long retireeId, DocumentKind kind, LocalDate expiresOn, Stage stage) {
        return dsl.select(DOCUMENT_NOTICE.SENT_AT).from(DOCUMENT_NOTICE)
                .where(DOCUMENT_NOTICE.RETIREE_ID.eq(retireeId), DOCUMENT_NOTICE.KIND.eq(kind.name()),
                        DOCUMENT_NOTICE.EXPIRES_ON.eq(expiresOn), DOCUMENT_NOTICE.STAGE.eq(stage.name()))
                .fetchOptional(DOCUMENT_NOTICE.SENT_AT).map(OffsetDateTime::toInstant);
    }
}
