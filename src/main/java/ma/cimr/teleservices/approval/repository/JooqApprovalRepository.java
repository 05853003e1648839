package ma.cimr.teleservices.approval.repository;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Decision;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static ma.cimr.teleservices.jooq.Tables.STAFF_APPROVAL;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.jsonbArray;
import static org.jooq.impl.DSL.val;

@Repository
class JooqApprovalRepository implements ApprovalRepository {

    /** The change's names and values in their order, read as two arrays: no JSON parsing in Java. */
    private static final Field<String[]> NAMES = field(
            "array(select e ->> 0 from jsonb_array_elements({0}) with ordinality as c(e, n) order by n)",
            String[].class, STAFF_APPROVAL.CHANGE);
    private static final Field<String[]> VALUES = field(
            "array(select e ->> 1 from jsonb_array_elements({0}) with ordinality as c(e, n) order by n)",
            String[].class, STAFF_APPROVAL.CHANGE);

    private final DSLContext dsl;

    JooqApprovalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> addPending(String action, String subject, Map<String, String> change, String proposedBy,
                                     Instant at) {
        var pairs = change.entrySet().stream()
                .map(entry -> jsonbArray(val(entry.getKey()), val(entry.getValue())))
                .toList();
        return dsl.insertInto(STAFF_APPROVAL)
                .set(STAFF_APPROVAL.ACTION, action)
                .set(STAFF_APPROVAL.SUBJECT, subject)
                .set(STAFF_APPROVAL.CHANGE, jsonbArray(pairs.toArray(Field[]::new)))
                .set(STAFF_APPROVAL.PROPOSED_BY, proposedBy)
                .set(STAFF_APPROVAL.PROPOSED_AT, utc(at))
                .onConflictDoNothing()
                .returning(STAFF_APPROVAL.ID)
                .fetchOptional()
                .map(row -> row.getId());
    }

    @Override
    public Optional<Approval> find(long id) {
        return select().where(STAFF_APPROVAL.ID.eq(id)).fetchOptional(JooqApprovalRepository::approval);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Approval> lockPending(long id) {
        return select().where(STAFF_APPROVAL.ID.eq(id), STAFF_APPROVAL.DECISION.isNull())
                .forUpdate().fetchOptional(JooqApprovalRepository::approval);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Approval> lockPendingOn(String subject) {
        return select().where(STAFF_APPROVAL.SUBJECT.eq(subject), STAFF_APPROVAL.DECISION.isNull())
                .forUpdate().fetchOptional(JooqApprovalRepository::approval);
    }

    @Override
    public Map<String, Approval> pendingOn(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return select().where(STAFF_APPROVAL.SUBJECT.in(subjects), STAFF_APPROVAL.DECISION.isNull())
                .fetch(JooqApprovalRepository::approval).stream()
                .collect(Collectors.toMap(Approval::subject, Function.identity()));
    }

    @Override
    public List<Approval> pending(int offset, int limit) {
        return select().where(STAFF_APPROVAL.DECISION.isNull())
                .orderBy(STAFF_APPROVAL.PROPOSED_AT, STAFF_APPROVAL.ID)
                .offset(offset).limit(limit)
                .fetch(JooqApprovalRepository::approval);
    }

    @Override
    public int countPending() {
        return dsl.fetchCount(STAFF_APPROVAL, STAFF_APPROVAL.DECISION.isNull());
    }

    @Override
    public Optional<Approval> latestOn(String subject) {
        return select().where(STAFF_APPROVAL.SUBJECT.eq(subject))
                .orderBy(STAFF_APPROVAL.PROPOSED_AT.desc(), STAFF_APPROVAL.ID.desc())
                .limit(1)
                .fetchOptional(JooqApprovalRepository::approval);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(long id, Decision decision, String by, Instant at, @Nullable String reason) {
        dsl.update(STAFF_APPROVAL)
                .set(STAFF_APPROVAL.DECISION, decision.name())
                .set(STAFF_APPROVAL.DECIDED_BY, by)
                .set(STAFF_APPROVAL.DECIDED_AT, utc(at))
                .set(STAFF_APPROVAL.REASON, reason)
                .where(STAFF_APPROVAL.ID.eq(id), STAFF_APPROVAL.DECISION.isNull())
                .execute();
    }

    private SelectJoinStep<Record> select() {
        return dsl.select(STAFF_APPROVAL.asterisk(), NAMES.as("change_names"), VALUES.as("change_values"))
                .from(STAFF_APPROVAL);
    }

    private static Approval approval(Record row) {
        String[] names = row.get("change_names", String[].class);
        String[] values = row.get("change_values", String[].class);
        Map<String, String> change = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            change.put(names[i], values[i]);
        }
        String decision = row.get(STAFF_APPROVAL.DECISION);
        return new Approval(row.get(STAFF_APPROVAL.ID), row.get(STAFF_APPROVAL.ACTION), row.get(STAFF_APPROVAL.SUBJECT),
                change, row.get(STAFF_APPROVAL.PROPOSED_BY), row.get(STAFF_APPROVAL.PROPOSED_AT).toInstant(),
                decision == null ? null : Decision.valueOf(decision), row.get(STAFF_APPROVAL.DECIDED_BY),
                instant(row.get(STAFF_APPROVAL.DECIDED_AT)), row.get(STAFF_APPROVAL.REASON));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
