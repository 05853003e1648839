package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarationChannel;
import ma.cimr.teleservices.declaration.DeclarationKind;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.declaration.DeclarationRequest;
import ma.cimr.teleservices.shared.value.Matricule;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_CANCELLATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_LINE;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;

@Repository
class JooqAmendmentRepository implements AmendmentRepository {

    private final DSLContext dsl;

    JooqAmendmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long requestId(String reference) {
        return dsl.select(SERVICE_REQUEST.ID).from(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference))
                .fetchSingle(SERVICE_REQUEST.ID);
    }

    @Override
    public boolean hasOpenCancellation(long declarationId) {
        return dsl.fetchExists(DECLARATION_CANCELLATION, DECLARATION_CANCELLATION.DECLARATION_ID.eq(declarationId)
                .and(DECLARATION_CANCELLATION.DECISION.isNull()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertCancellation(long requestId, long declarationId, String object, @Nullable String details,
                                   long accountId, Instant now) {
        dsl.insertInto(DECLARATION_CANCELLATION)
                .set(DECLARATION_CANCELLATION.REQUEST_ID, requestId)
                .set(DECLARATION_CANCELLATION.DECLARATION_ID, declarationId)
                .set(DECLARATION_CANCELLATION.OBJECT, object)
                .set(DECLARATION_CANCELLATION.DETAILS, details)
                .set(DECLARATION_CANCELLATION.REQUESTED_BY, accountId)
                .set(DECLARATION_CANCELLATION.REQUESTED_AT, at(now))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Cancellation> lockCancellation(String reference) {
        return dsl.select(DECLARATION_CANCELLATION.fields()).select(SERVICE_REQUEST.REFERENCE)
                .from(DECLARATION_CANCELLATION)
                .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION_CANCELLATION.REQUEST_ID))
                .where(SERVICE_REQUEST.REFERENCE.eq(reference))
                .forUpdate().of(DECLARATION_CANCELLATION)
                .fetchOptional(JooqAmendmentRepository::toCancellation);
    }

    @Override
    public Optional<Cancellation> openCancellation(long declarationId) {
        return dsl.select(DECLARATION_CANCELLATION.fields()).select(SERVICE_REQUEST.REFERENCE)
                .from(DECLARATION_CANCELLATION)
                .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION_CANCELLATION.REQUEST_ID))
                .where(DECLARATION_CANCELLATION.DECLARATION_ID.eq(declarationId).and(DECLARATION_CANCELLATION.DECISION.isNull()))
                .fetchOptional(JooqAmendmentRepository::toCancellation);
    }

    private static Cancellation toCancellation(Record row) {
        return new Cancellation(row.get(DECLARATION_CANCELLATION.REQUEST_ID), row.get(SERVICE_REQUEST.REFERENCE),
                row.get(DECLARATION_CANCELLATION.DECLARATION_ID), row.get(DECLARATION_CANCELLATION.OBJECT),
                row.get(DECLARATION_CANCELLATION.DETAILS), row.get(DECLARATION_CANCELLATION.DECISION));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void decideCancellation(long requestId, String decision, long staffAccountId, Instant now, @Nullable String reason) {
        dsl.update(DECLARATION_CANCELLATION)
                .set(DECLARATION_CANCELLATION.DECISION, decision)
                .set(DECLARATION_CANCELLATION.DECIDED_BY, staffAccountId)
                .set(DECLARATION_CANCELLATION.DECIDED_AT, at(now))
                .set(DECLARATION_CANCELLATION.REASON, reason)
                .where(DECLARATION_CANCELLATION.REQUEST_ID.eq(requestId))
                .execute();
    }

    @Override
    public List<DeclarationRequest> requestsOf(long declarationId) {
        List<DeclarationRequest> requests = new ArrayList<>(dsl
                .select(SERVICE_REQUEST.REFERENCE, SERVICE_REQUEST.RECEIVED_AT, DECLARATION_CANCELLATION.OBJECT,
                        DECLARATION_CANCELLATION.DECISION, DECLARATION_CANCELLATION.REASON)
                .from(DECLARATION_CANCELLATION)
                .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION_CANCELLATION.REQUEST_ID))
                .where(DECLARATION_CANCELLATION.DECLARATION_ID.eq(declarationId))
                .fetch(row -> new DeclarationRequest("CANCELLATION", row.value1(), row.value2().toInstant(), row.value3(),
                        row.value4() == null ? "PENDING" : row.value4(), row.value5(), null)));
        requests.addAll(dsl
                .select(SERVICE_REQUEST.REFERENCE, SERVICE_REQUEST.RECEIVED_AT, DECLARATION.RECALL_MOTIVE, DECLARATION.STATUS,
                        DECLARATION.CANCELLATION_REASON, DECLARATION.ID)
                .from(DECLARATION)
                .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION.REQUEST_ID))
                .where(DECLARATION.RECALLS_DECLARATION_ID.eq(declarationId))
                .fetch(row -> new DeclarationRequest("RECALL", row.value1(), row.value2().toInstant(), row.value3(),
                        switch (row.value4()) {
                            case PROCESSED -> "ACCEPTED";
                            case CANCELLED -> "REFUSED";
                            default -> "PENDING";
                        }, row.value5(), row.value6())));
        requests.sort(Comparator.comparing(DeclarationRequest::filedAt).reversed());
        return requests;
    }

    @Override
    public Optional<Long> declarationOfRequest(String reference) {
        Optional<Long> own = dsl.select(DECLARATION.ID).from(DECLARATION)
                .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION.REQUEST_ID))
                .where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchOptional(DECLARATION.ID);
        return own.isPresent() ? own : dsl.select(DECLARATION_CANCELLATION.DECLARATION_ID).from(DECLARATION_CANCELLATION)
                .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION_CANCELLATION.REQUEST_ID))
                .where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchOptional(DECLARATION_CANCELLATION.DECLARATION_ID);
    }

    @Override
    public Map<String, Long> affiliateIds(Collection<String> matricules) {
        List<Matricule> keys = matricules.stream().filter(Matricule::isOne).map(Matricule::parse).toList();
        return dsl.select(AFFILIATE.MATRICULE, AFFILIATE.ID).from(AFFILIATE).where(AFFILIATE.MATRICULE.in(keys))
                .fetch().stream().collect(Collectors.toMap(row -> row.value1().value(), row -> row.value2()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertRecall(long originalId, long requestId, long accountId, Instant now, String motive,
                             List<PricedLine> lines) {
        BigDecimal salary = lines.stream().map(PricedLine::salary).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal employee = lines.stream().map(PricedLine::employeeAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal employer = lines.stream().map(PricedLine::employerAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long id = dsl.insertInto(DECLARATION,
                        DECLARATION.COMPANY_ID, DECLARATION.CATEGORY_ID, DECLARATION.DUE_PERIOD, DECLARATION.PERIODICITY,
                        DECLARATION.KIND, DECLARATION.CHANNEL, DECLARATION.STATUS, DECLARATION.CREATED_BY,
                        DECLARATION.CREATED_AT, DECLARATION.FILED_BY, DECLARATION.FILED_AT, DECLARATION.REQUEST_ID,
                        DECLARATION.RECALLS_DECLARATION_ID, DECLARATION.RECALL_MOTIVE, DECLARATION.LINE_COUNT,
                        DECLARATION.TOTAL_SALARY, DECLARATION.TOTAL_EMPLOYEE, DECLARATION.TOTAL_EMPLOYER)
                .select(dsl.select(DECLARATION.COMPANY_ID, DECLARATION.CATEGORY_ID, DECLARATION.DUE_PERIOD,
                                DECLARATION.PERIODICITY, org.jooq.impl.DSL.val(DeclarationKind.RECALL, DECLARATION.KIND),
                                org.jooq.impl.DSL.val(DeclarationChannel.FORM, DECLARATION.CHANNEL),
                                org.jooq.impl.DSL.val(DeclarationStatus.FILED, DECLARATION.STATUS), org.jooq.impl.DSL.val(accountId), org.jooq.impl.DSL.val(at(now)),
                                org.jooq.impl.DSL.val(accountId), org.jooq.impl.DSL.val(at(now)), org.jooq.impl.DSL.val(requestId),
                                DECLARATION.ID, org.jooq.impl.DSL.val(motive), org.jooq.impl.DSL.val(lines.size()),
                                org.jooq.impl.DSL.val(salary), org.jooq.impl.DSL.val(employee), org.jooq.impl.DSL.val(employer))
                        .from(DECLARATION).where(DECLARATION.ID.eq(originalId)))
                .returningResult(DECLARATION.ID).fetchSingle().value1();
        var insert = dsl.insertInto(DECLARATION_LINE, DECLARATION_LINE.DECLARATION_ID, DECLARATION_LINE.LINE_NUMBER,
                DECLARATION_LINE.AFFILIATE_ID, DECLARATION_LINE.SALARY, DECLARATION_LINE.DAYS_WORKED,
                DECLARATION_LINE.EMPLOYEE_AMOUNT, DECLARATION_LINE.EMPLOYER_AMOUNT);
        int number = 0;
        for (PricedLine line : lines) {
            insert = insert.values(id, ++number, line.affiliateId(), line.salary(), (short) line.days(), line.employeeAmount(),
                    line.employerAmount());
        }
        insert.execute();
        return id;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
