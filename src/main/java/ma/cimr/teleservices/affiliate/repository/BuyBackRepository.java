package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.BuyBack;
import ma.cimr.teleservices.affiliate.BuyBackPayment;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The buy-backs affiliates asked for and the credits the bank notified (V41, DD040). */
public interface BuyBackRepository {

    /** A new buy-back's number, from which its payment reference is made. */
    long nextNumber();

    long insert(long affiliateId, long accountId, String paymentReference, int year, BigDecimal pointPrice,
                BigDecimal points, BigDecimal amount, String language, Instant askedAt);

    /** One affiliate's buy-backs, newest first. */
    List<BuyBack> ofAffiliate(long affiliateId);

    Optional<BuyBack> byRequest(String requestReference);

    /** The buy-back of a statement-update request (n°3), by that request's reference. */
    Optional<BuyBack> byStatementRequest(String statementRequestReference);

    /** The buy-back with this payment reference, its row locked until the transaction ends. */
    Optional<Locked> lockByPaymentReference(String paymentReference);

    /** Stores the credit unless its bank entry is already there; the new payment's id, or empty. */
    Optional<Long> insertPayment(String bankEntryId, String reference, BigDecimal amount, LocalDate valueDate,
                                 @Nullable String payerName, Instant receivedAt);

    /** The payment, its row locked until the transaction ends. */
    Optional<BuyBackPayment> lockPayment(long paymentId);

    /** Ties the payment to the buy-back unless it already is to one; false when it was. */
    boolean identify(long paymentId, long buyBackId, String identifiedBy, Instant identifiedAt);

    void recordRequests(long buyBackId, String requestReference, String statementRequestReference);

    /** Credits no buy-back yet, oldest first. */
    List<BuyBackPayment> unidentified(int limit);

    /** The payment identified with the buy-back, if any. */
    Optional<BuyBackPayment> paymentOf(long buyBackId);

    /** The requester's name and address for the requests the portal files on their behalf. */
    Requester requester(long accountId);

    /** A buy-back as locked for identification: who asked, how much, whether money is already tied to it. */
    record Locked(long id, long affiliateId, long accountId, String paymentReference, BigDecimal amount,
                  BigDecimal points, String language, boolean paid) {
    }

    record Requester(String name, @Nullable String email) {
    }
}
