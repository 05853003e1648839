package ma.cimr.teleservices.liquidation.repository;

import ma.cimr.teleservices.liquidation.ClaimEventKind;
import ma.cimr.teleservices.liquidation.ClaimKind;
import ma.cimr.teleservices.liquidation.ClaimStatus;
import ma.cimr.teleservices.liquidation.ClaimStatusForRetiree;
import ma.cimr.teleservices.liquidation.ClaimSummary;
import ma.cimr.teleservices.liquidation.Claimant;
import ma.cimr.teleservices.liquidation.DeclaredAffiliate;
import ma.cimr.teleservices.liquidation.DocumentStatus;
import ma.cimr.teleservices.liquidation.LiquidationDocument;
import ma.cimr.teleservices.liquidation.PaymentMode;
import ma.cimr.teleservices.liquidation.PensionClaim;
import ma.cimr.teleservices.liquidation.UploadedDocument;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Pension claims, their papers and timeline, and what liquidation writes: the retiree row and its
 * documents. A transition locks its claim with {@link #lock} first (DD020), so two staff members
 * acting on one claim are served one after the other.
 */
public interface PensionClaimRepository {

    /** The affiliates the company declared contributions for, by name. */
    List<DeclaredAffiliate> staffOf(long companyId);

    /** The affiliate, only if the company declared contributions for them. */
    Optional<DeclaredAffiliate> staffMember(long companyId, long affiliateId);

    boolean hasOpenClaim(long affiliateId, String claimantCin);

    /** Whether a pension in payment already has this CIN, or the affiliate already has their own pension. */
    boolean alreadyPaid(long affiliateId, String claimantCin, boolean survivor);

    record NewClaim(String reference, long companyId, long affiliateId, ClaimKind kind, LocalDate effectiveDate,
                    Claimant claimant, boolean reversionToSpouse, PaymentMode paymentMode, @Nullable String rib,
                    String filedBy, Instant filedAt) {
    }

    long insert(NewClaim claim);

    void addDocument(long claimId, UploadedDocument document, String uploadedBy, Instant at);

    void checkDocument(long claimId, long documentId, DocumentStatus status, String checkedBy, Instant at,
                       @Nullable String refusalReason);

    void addEvent(long claimId, Instant at, ClaimEventKind kind, String actor, @Nullable String message);

    Optional<PensionClaim> find(String reference);

    /** The claim, its row locked until the caller's transaction ends. */
    Optional<PensionClaim> lock(String reference);

    List<ClaimSummary> ofCompany(long companyId);

    /** Staff's list: the open claims oldest first, or every claim newest first. */
    List<ClaimSummary> queue(boolean openOnly, int limit);

    Optional<UploadedDocument> documentContent(long claimId, long documentId);

    void setStatus(long claimId, ClaimStatus status);

    void markLiquidated(long claimId, long retireeId, String decidedBy, Instant at);

    void markRefused(long claimId, String reason, String decidedBy, Instant at);

    /** DP + 7 digits from the database sequence, unique across instances. */
    String nextPensionFileNumber();

    record NewRetiree(String pensionFileNumber, boolean survivor, long affiliateId, Claimant claimant,
                      PaymentMode paymentMode, @Nullable String rib, BigDecimal monthlyAmount, LocalDate pensionStart) {
    }

    long insertRetiree(NewRetiree retiree);

    void addLiquidationDocument(long retireeId, long claimId, LiquidationDocument.Kind kind, byte[] french,
                                byte[] arabic, Instant at);

    List<LiquidationDocument> liquidationDocuments(long retireeId);

    record StoredDocument(long retireeId, byte[] french, byte[] arabic) {
    }

    Optional<StoredDocument> liquidationDocument(long documentId);

    Optional<ClaimStatusForRetiree> statusForRetiree(long retireeId);
}
