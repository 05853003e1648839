package ma.cimr.teleservices.liquidation.repository;

import ma.cimr.teleservices.jooq.tables.records.PensionClaimRecord;
import ma.cimr.teleservices.liquidation.ClaimDocument;
import ma.cimr.teleservices.liquidation.ClaimEvent;
import ma.cimr.teleservices.liquidation.ClaimEventKind;
import ma.cimr.teleservices.liquidation.ClaimKind;
import ma.cimr.teleservices.liquidation.ClaimStatus;
import ma.cimr.teleservices.liquidation.ClaimStatusForRetiree;
import ma.cimr.teleservices.liquidation.ClaimSummary;
import ma.cimr.teleservices.liquidation.Claimant;
import ma.cimr.teleservices.liquidation.DeclaredAffiliate;
import ma.cimr.teleservices.liquidation.DocumentKind;
import ma.cimr.teleservices.liquidation.DocumentStatus;
import ma.cimr.teleservices.liquidation.LiquidationDocument;
import ma.cimr.teleservices.liquidation.PaymentMode;
import ma.cimr.teleservices.liquidation.PensionClaim;
import ma.cimr.teleservices.liquidation.UploadedDocument;
import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.PensionFileNumber;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Sequences.PENSION_FILE_NUMBER_SEQ;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION;
import static ma.cimr.teleservices.jooq.Tables.LIQUIDATION_DOCUMENT;
import static ma.cimr.teleservices.jooq.Tables.PENSION_CLAIM;
import static ma.cimr.teleservices.jooq.Tables.PENSION_CLAIM_DOCUMENT;
import static ma.cimr.teleservices.jooq.Tables.PENSION_CLAIM_EVENT;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.selectOne;

@Repository
class JooqPensionClaimRepository implements PensionClaimRepository {

    /**
     * The retiree's kind and payment mode, written as text: their generated fields are typed with the
     * retiree feature's enums, and the liquidation must not depend on that feature (DD016).
     */
    private static final Field<String> RETIREE_KIND = field(name("kind"), String.class);
    private static final Field<String> RETIREE_PAYMENT_MODE = field(name("payment_mode"), String.class);

    private final DSLContext dsl;

    JooqPensionClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DeclaredAffiliate> staffOf(long companyId) {
        return dsl.select(AFFILIATE.ID, AFFILIATE.MATRICULE, AFFILIATE.CIN, AFFILIATE.LAST_NAME, AFFILIATE.FIRST_NAME,
                        AFFILIATE.BIRTH_DATE)
                .from(AFFILIATE)
                .where(declaredBy(companyId))
                .orderBy(AFFILIATE.LAST_NAME, AFFILIATE.FIRST_NAME, AFFILIATE.MATRICULE)
                .fetch(JooqPensionClaimRepository::affiliate);
    }

    @Override
    public Optional<DeclaredAffiliate> staffMember(long companyId, long affiliateId) {
        return dsl.select(AFFILIATE.ID, AFFILIATE.MATRICULE, AFFILIATE.CIN, AFFILIATE.LAST_NAME, AFFILIATE.FIRST_NAME,
                        AFFILIATE.BIRTH_DATE)
                .from(AFFILIATE)
                .where(AFFILIATE.ID.eq(affiliateId).and(declaredBy(companyId)))
                .fetchOptional(JooqPensionClaimRepository::affiliate);
    }

    private static Condition declaredBy(long companyId) {
        return exists(selectOne().from(CONTRIBUTION)
                .where(CONTRIBUTION.AFFILIATE_ID.eq(AFFILIATE.ID), CONTRIBUTION.COMPANY_ID.eq(companyId)));
    }

    @Override
    public boolean hasOpenClaim(long affiliateId, String claimantCin) {
        return dsl.fetchExists(PENSION_CLAIM, PENSION_CLAIM.AFFILIATE_ID.eq(affiliateId),
                PENSION_CLAIM.CLAIMANT_CIN.eq(claimantCin),
                PENSION_CLAIM.STATUS.in(ClaimStatus.FILED.name(), ClaimStatus.WAITING_FOR_DOCUMENTS.name()));
    }

    @Override
    public boolean alreadyPaid(long affiliateId, String claimantCin, boolean survivor) {
        Condition sameCin = RETIREE.CIN.eq(new Cin(claimantCin));
        return dsl.fetchExists(RETIREE, survivor ? sameCin
                : sameCin.or(RETIREE.AFFILIATE_ID.eq(affiliateId).and(RETIREE_KIND.eq("RETIREE"))));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(NewClaim claim) {
        return dsl.insertInto(PENSION_CLAIM)
                .set(PENSION_CLAIM.REFERENCE, claim.reference())
                .set(PENSION_CLAIM.COMPANY_ID, claim.companyId())
                .set(PENSION_CLAIM.AFFILIATE_ID, claim.affiliateId())
                .set(PENSION_CLAIM.KIND, claim.kind().name())
                .set(PENSION_CLAIM.EFFECTIVE_DATE, claim.effectiveDate())
                .set(PENSION_CLAIM.CLAIMANT_CIN, claim.claimant().cin())
                .set(PENSION_CLAIM.CLAIMANT_LAST_NAME, claim.claimant().lastName())
                .set(PENSION_CLAIM.CLAIMANT_FIRST_NAME, claim.claimant().firstName())
                .set(PENSION_CLAIM.CLAIMANT_BIRTH_DATE, claim.claimant().birthDate())
                .set(PENSION_CLAIM.CLAIMANT_EMAIL, claim.claimant().email())
                .set(PENSION_CLAIM.CLAIMANT_PHONE, claim.claimant().phone())
                .set(PENSION_CLAIM.REVERSION_TO_SPOUSE, claim.reversionToSpouse())
                .set(PENSION_CLAIM.PAYMENT_MODE, claim.paymentMode().name())
                .set(PENSION_CLAIM.RIB, claim.rib())
                .set(PENSION_CLAIM.STATUS, ClaimStatus.FILED.name())
                .set(PENSION_CLAIM.FILED_BY, claim.filedBy())
                .set(PENSION_CLAIM.FILED_AT, at(claim.filedAt()))
                .returning(PENSION_CLAIM.ID)
                .fetchOne(PENSION_CLAIM.ID);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addDocument(long claimId, UploadedDocument document, String uploadedBy, Instant at) {
        dsl.insertInto(PENSION_CLAIM_DOCUMENT)
                .set(PENSION_CLAIM_DOCUMENT.CLAIM_ID, claimId)
                .set(PENSION_CLAIM_DOCUMENT.KIND, document.kind().name())
                .set(PENSION_CLAIM_DOCUMENT.FILE_NAME, document.fileName())
                .set(PENSION_CLAIM_DOCUMENT.CONTENT_TYPE, document.contentType())
                .set(PENSION_CLAIM_DOCUMENT.SIZE_BYTES, document.content().length)
                .set(PENSION_CLAIM_DOCUMENT.CONTENT, document.content())
                .set(PENSION_CLAIM_DOCUMENT.UPLOADED_BY, uploadedBy)
                .set(PENSION_CLAIM_DOCUMENT.UPLOADED_AT, at(at))
                .set(PENSION_CLAIM_DOCUMENT.STATUS, DocumentStatus.RECEIVED.name())
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkDocument(long claimId, long documentId, DocumentStatus status, String checkedBy, Instant at,
                              @Nullable String refusalReason) {
        dsl.update(PENSION_CLAIM_DOCUMENT)
                .set(PENSION_CLAIM_DOCUMENT.STATUS, status.name())
                .set(PENSION_CLAIM_DOCUMENT.CHECKED_BY, checkedBy)
                .set(PENSION_CLAIM_DOCUMENT.CHECKED_AT, at(at))
                .set(PENSION_CLAIM_DOCUMENT.REFUSAL_REASON, refusalReason)
                .where(PENSION_CLAIM_DOCUMENT.ID.eq(documentId), PENSION_CLAIM_DOCUMENT.CLAIM_ID.eq(claimId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addEvent(long claimId, Instant at, ClaimEventKind kind, String actor, @Nullable String message) {
        dsl.insertInto(PENSION_CLAIM_EVENT)
                .set(PENSION_CLAIM_EVENT.CLAIM_ID, claimId)
                .set(PENSION_CLAIM_EVENT.OCCURRED_AT, at(at))
                .set(PENSION_CLAIM_EVENT.KIND, kind.name())
                .set(PENSION_CLAIM_EVENT.ACTOR, actor)
                .set(PENSION_CLAIM_EVENT.MESSAGE, message)
                .execute();
    }

    @Override
    public Optional<PensionClaim> find(String reference) {
        return dsl.selectFrom(PENSION_CLAIM).where(PENSION_CLAIM.REFERENCE.eq(reference)).fetchOptional()
                .map(this::claim);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PensionClaim> lock(String reference) {
        return dsl.selectFrom(PENSION_CLAIM).where(PENSION_CLAIM.REFERENCE.eq(reference)).forUpdate().fetchOptional()
                .map(this::claim);
    }

    private PensionClaim claim(PensionClaimRecord row) {
        var company = dsl.select(COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER).from(COMPANY)
                .where(COMPANY.ID.eq(row.getCompanyId())).fetchOne();
        DeclaredAffiliate affiliate = dsl.select(AFFILIATE.ID, AFFILIATE.MATRICULE, AFFILIATE.CIN, AFFILIATE.LAST_NAME,
                        AFFILIATE.FIRST_NAME, AFFILIATE.BIRTH_DATE)
                .from(AFFILIATE).where(AFFILIATE.ID.eq(row.getAffiliateId()))
                .fetchOne(JooqPensionClaimRepository::affiliate);
        String fileNumber = row.getRetireeId() == null ? null
                : dsl.select(RETIREE.PENSION_FILE_NUMBER).from(RETIREE).where(RETIREE.ID.eq(row.getRetireeId()))
                .fetchOne(RETIREE.PENSION_FILE_NUMBER).value();
        List<ClaimDocument> documents = dsl.select(PENSION_CLAIM_DOCUMENT.ID, PENSION_CLAIM_DOCUMENT.KIND,
                        PENSION_CLAIM_DOCUMENT.FILE_NAME, PENSION_CLAIM_DOCUMENT.CONTENT_TYPE,
                        PENSION_CLAIM_DOCUMENT.SIZE_BYTES, PENSION_CLAIM_DOCUMENT.UPLOADED_AT,
                        PENSION_CLAIM_DOCUMENT.STATUS, PENSION_CLAIM_DOCUMENT.REFUSAL_REASON)
                .from(PENSION_CLAIM_DOCUMENT)
                .where(PENSION_CLAIM_DOCUMENT.CLAIM_ID.eq(row.getId()))
                .orderBy(PENSION_CLAIM_DOCUMENT.KIND, PENSION_CLAIM_DOCUMENT.UPLOADED_AT, PENSION_CLAIM_DOCUMENT.ID)
                .fetch(d -> new ClaimDocument(d.get(PENSION_CLAIM_DOCUMENT.ID),
                        DocumentKind.valueOf(d.get(PENSION_CLAIM_DOCUMENT.KIND)), d.get(PENSION_CLAIM_DOCUMENT.FILE_NAME),
                        d.get(PENSION_CLAIM_DOCUMENT.CONTENT_TYPE), d.get(PENSION_CLAIM_DOCUMENT.SIZE_BYTES),
                        d.get(PENSION_CLAIM_DOCUMENT.UPLOADED_AT).toInstant(),
                        DocumentStatus.valueOf(d.get(PENSION_CLAIM_DOCUMENT.STATUS)),
                        d.get(PENSION_CLAIM_DOCUMENT.REFUSAL_REASON)));
        List<ClaimEvent> timeline = dsl.selectFrom(PENSION_CLAIM_EVENT)
                .where(PENSION_CLAIM_EVENT.CLAIM_ID.eq(row.getId()))
                .orderBy(PENSION_CLAIM_EVENT.OCCURRED_AT, PENSION_CLAIM_EVENT.ID)
                .fetch(e -> new ClaimEvent(e.getOccurredAt().toInstant(), ClaimEventKind.valueOf(e.getKind()),
                        e.getActor(), e.getMessage()));
        var claimant = new Claimant(row.getClaimantCin(), row.getClaimantLastName(), row.getClaimantFirstName(),
                row.getClaimantBirthDate(), row.getClaimantEmail(), row.getClaimantPhone());
        return new PensionClaim(row.getId(), row.getReference(), row.getCompanyId(), company.get(COMPANY.LEGAL_NAME),
                company.get(COMPANY.ADHERENT_NUMBER).value(), affiliate, ClaimKind.valueOf(row.getKind()),
                row.getEffectiveDate(), claimant, row.getReversionToSpouse(), PaymentMode.valueOf(row.getPaymentMode()),
                row.getRib(), ClaimStatus.valueOf(row.getStatus()), row.getRefusalReason(), fileNumber,
                row.getFiledAt().toInstant(), row.getFiledBy(),
                row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), documents, timeline);
    }

    @Override
    public List<ClaimSummary> ofCompany(long companyId) {
        return summaries(PENSION_CLAIM.COMPANY_ID.eq(companyId), false, 500);
    }

    @Override
    public List<ClaimSummary> queue(boolean openOnly, int limit) {
        return summaries(openOnly ? PENSION_CLAIM.STATUS.in(ClaimStatus.FILED.name(),
                ClaimStatus.WAITING_FOR_DOCUMENTS.name()) : org.jooq.impl.DSL.trueCondition(), openOnly, limit);
    }

    private List<ClaimSummary> summaries(Condition condition, boolean oldestFirst, int limit) {
        return dsl.select(PENSION_CLAIM.REFERENCE, COMPANY.ADHERENT_NUMBER, AFFILIATE.MATRICULE, AFFILIATE.LAST_NAME,
                        AFFILIATE.FIRST_NAME, PENSION_CLAIM.CLAIMANT_LAST_NAME, PENSION_CLAIM.CLAIMANT_FIRST_NAME,
                        PENSION_CLAIM.KIND, PENSION_CLAIM.STATUS, PENSION_CLAIM.FILED_AT)
                .from(PENSION_CLAIM)
                .join(COMPANY).on(COMPANY.ID.eq(PENSION_CLAIM.COMPANY_ID))
                .join(AFFILIATE).on(AFFILIATE.ID.eq(PENSION_CLAIM.AFFILIATE_ID))
                .where(condition)
                .orderBy(oldestFirst ? PENSION_CLAIM.FILED_AT.asc() : PENSION_CLAIM.FILED_AT.desc(), PENSION_CLAIM.ID)
                .limit(limit)
                .fetch(r -> new ClaimSummary(r.get(PENSION_CLAIM.REFERENCE), r.get(COMPANY.ADHERENT_NUMBER).value(),
                        r.get(AFFILIATE.MATRICULE).value() + " — " + r.get(AFFILIATE.LAST_NAME) + " "
                                + r.get(AFFILIATE.FIRST_NAME),
                        r.get(PENSION_CLAIM.CLAIMANT_LAST_NAME) + " " + r.get(PENSION_CLAIM.CLAIMANT_FIRST_NAME),
                        ClaimKind.valueOf(r.get(PENSION_CLAIM.KIND)), ClaimStatus.valueOf(r.get(PENSION_CLAIM.STATUS)),
                        r.get(PENSION_CLAIM.FILED_AT).toInstant()));
    }

    @Override
    public Optional<UploadedDocument> documentContent(long claimId, long documentId) {
        return dsl.selectFrom(PENSION_CLAIM_DOCUMENT)
                .where(PENSION_CLAIM_DOCUMENT.ID.eq(documentId), PENSION_CLAIM_DOCUMENT.CLAIM_ID.eq(claimId))
                .fetchOptional(d -> new UploadedDocument(DocumentKind.valueOf(d.getKind()), d.getFileName(),
                        d.getContentType(), d.getContent()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setStatus(long claimId, ClaimStatus status) {
        dsl.update(PENSION_CLAIM).set(PENSION_CLAIM.STATUS, status.name()).where(PENSION_CLAIM.ID.eq(claimId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markLiquidated(long claimId, long retireeId, String decidedBy, Instant at) {
        dsl.update(PENSION_CLAIM)
                .set(PENSION_CLAIM.STATUS, ClaimStatus.LIQUIDATED.name())
                .set(PENSION_CLAIM.RETIREE_ID, retireeId)
                .set(PENSION_CLAIM.DECIDED_BY, decidedBy)
                .set(PENSION_CLAIM.DECIDED_AT, at(at))
                .where(PENSION_CLAIM.ID.eq(claimId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markRefused(long claimId, String reason, String decidedBy, Instant at) {
        dsl.update(PENSION_CLAIM)
                .set(PENSION_CLAIM.STATUS, ClaimStatus.REFUSED.name())
                .set(PENSION_CLAIM.REFUSAL_REASON, reason)
                .set(PENSION_CLAIM.DECIDED_BY, decidedBy)
                .set(PENSION_CLAIM.DECIDED_AT, at(at))
                .where(PENSION_CLAIM.ID.eq(claimId))
                .execute();
    }

    @Override
    public String nextPensionFileNumber() {
        long next = dsl.nextval(PENSION_FILE_NUMBER_SEQ);
        return String.format("DP%07d", next);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertRetiree(NewRetiree retiree) {
        return dsl.insertInto(RETIREE)
                .set(RETIREE.PENSION_FILE_NUMBER, new PensionFileNumber(retiree.pensionFileNumber()))
                .set(RETIREE_KIND, retiree.survivor() ? "SURVIVOR" : "RETIREE")
                .set(RETIREE.AFFILIATE_ID, retiree.affiliateId())
                .set(RETIREE.CIN, new Cin(retiree.claimant().cin()))
                .set(RETIREE.LAST_NAME, retiree.claimant().lastName())
                .set(RETIREE.FIRST_NAME, retiree.claimant().firstName())
                .set(RETIREE.BIRTH_DATE, retiree.claimant().birthDate())
                .set(RETIREE.RIB, retiree.rib())
                .set(RETIREE_PAYMENT_MODE, retiree.paymentMode().name())
                .set(RETIREE.MONTHLY_AMOUNT, new Money(retiree.monthlyAmount()))
                .set(RETIREE.PENSION_START, retiree.pensionStart())
                // the claimant's own contact, given for the invitation: the address their space's enrolment sends to (DD036)
                .set(RETIREE.EMAIL, retiree.claimant().email())
                .set(RETIREE.MOBILE, retiree.claimant().phone())
                .returning(RETIREE.ID)
                .fetchOne(RETIREE.ID);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addLiquidationDocument(long retireeId, long claimId, LiquidationDocument.Kind kind, byte[] french,
                                       byte[] arabic, Instant at) {
        dsl.insertInto(LIQUIDATION_DOCUMENT)
                .set(LIQUIDATION_DOCUMENT.RETIREE_ID, retireeId)
                .set(LIQUIDATION_DOCUMENT.CLAIM_ID, claimId)
                .set(LIQUIDATION_DOCUMENT.KIND, kind.name())
                .set(LIQUIDATION_DOCUMENT.CONTENT_FR, french)
                .set(LIQUIDATION_DOCUMENT.CONTENT_AR, arabic)
                .set(LIQUIDATION_DOCUMENT.CREATED_AT, at(at))
                .execute();
    }

    @Override
    public List<LiquidationDocument> liquidationDocuments(long retireeId) {
        return dsl.select(LIQUIDATION_DOCUMENT.ID, LIQUIDATION_DOCUMENT.KIND, LIQUIDATION_DOCUMENT.CREATED_AT)
                .from(LIQUIDATION_DOCUMENT)
                .where(LIQUIDATION_DOCUMENT.RETIREE_ID.eq(retireeId))
                .orderBy(LIQUIDATION_DOCUMENT.CREATED_AT, LIQUIDATION_DOCUMENT.ID)
                .fetch(r -> new LiquidationDocument(r.get(LIQUIDATION_DOCUMENT.ID),
                        LiquidationDocument.Kind.valueOf(r.get(LIQUIDATION_DOCUMENT.KIND)),
                        r.get(LIQUIDATION_DOCUMENT.CREATED_AT).toInstant()));
    }

    @Override
    public Optional<StoredDocument> liquidationDocument(long documentId) {
        return dsl.select(LIQUIDATION_DOCUMENT.RETIREE_ID, LIQUIDATION_DOCUMENT.CONTENT_FR, LIQUIDATION_DOCUMENT.CONTENT_AR)
                .from(LIQUIDATION_DOCUMENT)
                .where(LIQUIDATION_DOCUMENT.ID.eq(documentId))
                .fetchOptional(r -> new StoredDocument(r.get(LIQUIDATION_DOCUMENT.RETIREE_ID),
                        r.get(LIQUIDATION_DOCUMENT.CONTENT_FR), r.get(LIQUIDATION_DOCUMENT.CONTENT_AR)));
    }

    @Override
    public Optional<ClaimStatusForRetiree> statusForRetiree(long retireeId) {
        return dsl.select(PENSION_CLAIM.ID, PENSION_CLAIM.REFERENCE, PENSION_CLAIM.STATUS, PENSION_CLAIM.FILED_AT,
                        PENSION_CLAIM.DECIDED_AT, RETIREE.PENSION_START, RETIREE.MONTHLY_AMOUNT)
                .from(PENSION_CLAIM)
                .join(RETIREE).on(RETIREE.ID.eq(PENSION_CLAIM.RETIREE_ID))
                .where(PENSION_CLAIM.RETIREE_ID.eq(retireeId))
                .fetchOptional(r -> new ClaimStatusForRetiree(r.get(PENSION_CLAIM.REFERENCE),
                        ClaimStatus.valueOf(r.get(PENSION_CLAIM.STATUS)), r.get(PENSION_CLAIM.FILED_AT).toInstant(),
                        r.get(PENSION_CLAIM.DECIDED_AT).toInstant(), r.get(RETIREE.PENSION_START),
                        r.get(RETIREE.MONTHLY_AMOUNT).amount(), steps(r.get(PENSION_CLAIM.ID))));
    }

    private List<ClaimStatusForRetiree.Step> steps(long claimId) {
        return dsl.select(PENSION_CLAIM_EVENT.OCCURRED_AT, PENSION_CLAIM_EVENT.KIND)
                .from(PENSION_CLAIM_EVENT)
                .where(PENSION_CLAIM_EVENT.CLAIM_ID.eq(claimId))
                .orderBy(PENSION_CLAIM_EVENT.OCCURRED_AT, PENSION_CLAIM_EVENT.ID)
                .fetch(e -> new ClaimStatusForRetiree.Step(e.get(PENSION_CLAIM_EVENT.OCCURRED_AT).toInstant(),
                        ClaimEventKind.valueOf(e.get(PENSION_CLAIM_EVENT.KIND))));
    }

    private static DeclaredAffiliate affiliate(Record r) {
        return new DeclaredAffiliate(r.get(AFFILIATE.ID), r.get(AFFILIATE.MATRICULE).value(), r.get(AFFILIATE.CIN).value(),
                r.get(AFFILIATE.LAST_NAME), r.get(AFFILIATE.FIRST_NAME), r.get(AFFILIATE.BIRTH_DATE));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
