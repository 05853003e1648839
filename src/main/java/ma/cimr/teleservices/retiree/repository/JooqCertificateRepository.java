package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.Certificate;
import ma.cimr.teleservices.retiree.PensionPayment;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.CERTIFICATE;
import static ma.cimr.teleservices.jooq.Tables.PENSION_PAYMENT;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.TAX_CERTIFICATE_BATCH;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

@Repository
class JooqCertificateRepository implements CertificateRepository {

    /** Twelve characters of the verification codes' alphabet, drawn by PostgreSQL for a batch of many. */
    private static final String RANDOM_CODE = "(select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', "
            + "1 + floor(random() * 31)::int, 1), '') from generate_series(1, 12 + 0 * {0}))";

    private final DSLContext dsl;

    JooqCertificateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long retireeId, String code, Certificate.Kind kind, @Nullable Integer taxYear, Instant issuedAt,
                    LocalDate validUntil) {
        dsl.insertInto(CERTIFICATE)
                .set(CERTIFICATE.CODE, code)
                .set(CERTIFICATE.RETIREE_ID, retireeId)
                .set(CERTIFICATE.KIND, kind.name())
                .set(CERTIFICATE.TAX_YEAR, taxYear)
                .set(CERTIFICATE.ISSUED_AT, issuedAt.atOffset(ZoneOffset.UTC))
                .set(CERTIFICATE.VALID_UNTIL, validUntil)
                .execute();
    }

    @Override
    public List<Certificate> ofRetiree(long retireeId) {
        return dsl.selectFrom(CERTIFICATE)
                .where(CERTIFICATE.RETIREE_ID.eq(retireeId))
                .orderBy(CERTIFICATE.ISSUED_AT.desc(), CERTIFICATE.ID.desc())
                .fetch(JooqCertificateRepository::toCertificate);
    }

    private static Certificate toCertificate(Record row) {
        OffsetDateTime revoked = row.get(CERTIFICATE.REVOKED_AT);
        return new Certificate(row.get(CERTIFICATE.CODE), Certificate.Kind.valueOf(row.get(CERTIFICATE.KIND)),
                row.get(CERTIFICATE.TAX_YEAR), row.get(CERTIFICATE.ISSUED_AT).toInstant(),
                row.get(CERTIFICATE.VALID_UNTIL), revoked == null ? null : revoked.toInstant());
    }

    @Override
    public Optional<Held> findByCode(String code) {
        return dsl.select(CERTIFICATE.fields())
                .select(RETIREE.FIRST_NAME, RETIREE.LAST_NAME, RETIREE.PENSION_FILE_NUMBER)
                .from(CERTIFICATE)
                .join(RETIREE).on(RETIREE.ID.eq(CERTIFICATE.RETIREE_ID))
                .where(CERTIFICATE.CODE.eq(code))
                .fetchOptional(row -> new Held(row.get(CERTIFICATE.RETIREE_ID),
                        row.get(RETIREE.FIRST_NAME) + " " + row.get(RETIREE.LAST_NAME),
                        row.get(RETIREE.PENSION_FILE_NUMBER).value(), toCertificate(row)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int revokePensionCertificates(long retireeId, Instant at) {
        return dsl.update(CERTIFICATE)
                .set(CERTIFICATE.REVOKED_AT, at.atOffset(ZoneOffset.UTC))
                .where(CERTIFICATE.RETIREE_ID.eq(retireeId), CERTIFICATE.KIND.eq(Certificate.Kind.PENSION.name()),
                        CERTIFICATE.REVOKED_AT.isNull(), CERTIFICATE.VALID_UNTIL.ge(at.atOffset(ZoneOffset.UTC).toLocalDate()))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int issueTaxCertificates(int year, Instant issuedAt, LocalDate validUntil) {
        var paid = selectOne().from(PENSION_PAYMENT)
                .where(PENSION_PAYMENT.RETIREE_ID.eq(RETIREE.ID), PENSION_PAYMENT.STATUS.eq(PensionPayment.Status.PAID),
                        field(PENSION_PAYMENT.DUE_PERIOD.getQualifiedName(), LocalDate.class)
                                .between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1)));
        var issued = selectOne().from(CERTIFICATE)
                .where(CERTIFICATE.RETIREE_ID.eq(RETIREE.ID), CERTIFICATE.KIND.eq(Certificate.Kind.TAX.name()),
                        CERTIFICATE.TAX_YEAR.eq(year));
        return dsl.insertInto(CERTIFICATE, CERTIFICATE.CODE, CERTIFICATE.RETIREE_ID, CERTIFICATE.KIND,
                        CERTIFICATE.TAX_YEAR, CERTIFICATE.ISSUED_AT, CERTIFICATE.VALID_UNTIL)
                .select(select(field(RANDOM_CODE, String.class, RETIREE.ID), RETIREE.ID,
                        inline(Certificate.Kind.TAX.name()), val(year), val(issuedAt.atOffset(ZoneOffset.UTC)), val(validUntil))
                        .from(RETIREE)
                        .where(org.jooq.impl.DSL.exists(paid), notExists(issued)))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public Optional<TaxBatch> taxBatch(int year) {
        return dsl.selectFrom(TAX_CERTIFICATE_BATCH).where(TAX_CERTIFICATE_BATCH.TAX_YEAR.eq(year))
                .fetchOptional(row -> new TaxBatch(row.getTaxYear(), row.getFinishedAt().toInstant(), row.getCertificates()));
    }

    @Override
    public List<TaxBatch> taxBatches() {
        return dsl.selectFrom(TAX_CERTIFICATE_BATCH).orderBy(TAX_CERTIFICATE_BATCH.TAX_YEAR)
                .fetch(row -> new TaxBatch(row.getTaxYear(), row.getFinishedAt().toInstant(), row.getCertificates()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordTaxBatch(int year, Instant finishedAt, int certificates) {
        dsl.insertInto(TAX_CERTIFICATE_BATCH)
                .set(TAX_CERTIFICATE_BATCH.TAX_YEAR, year)
                .set(TAX_CERTIFICATE_BATCH.FINISHED_AT, finishedAt.atOffset(ZoneOffset.UTC))
                .set(TAX_CERTIFICATE_BATCH.CERTIFICATES, certificates)
                .onConflictDoNothing()
                .execute();
    }
}
