package ma.cimr.teleservices.easypayment.repository;

import ma.cimr.teleservices.easypayment.OrderLine;
import ma.cimr.teleservices.easypayment.PaymentOrder;
import ma.cimr.teleservices.easypayment.PaymentOrderStatus;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payment orders' tables (V33). Every change of an order's status is conditional on the status
 * it leaves, and {@link #lock} takes the order's row for the rest of the transaction: the two walls
 * of "exactly once" (DD033). It decides no rule.
 */
public interface PaymentOrderRepository {

    /** Takes the company's row until the transaction ends: two orders of one company are checked one after the other. */
    void lockCompany(long companyId);

    /** Takes the order's row until the transaction ends; empty when it does not exist. */
    Optional<PaymentOrderStatus> lock(long orderId);

    long insert(long companyId, long ordererAccountId, String ordererLogin, String rib, LocalDate executionDate,
                BigDecimal amount, @Nullable String aboveDueReason, Instant now, Instant expiresAt,
                List<OrderLine> lines);

    /** The orderer's change: new account, day, amount, reason and lines, and the next version. */
    void replace(long orderId, String rib, LocalDate executionDate, BigDecimal amount, @Nullable String aboveDueReason,
                 Instant now, List<OrderLine> lines);

    Optional<PaymentOrder> find(long orderId);

    /** The order if it is this company's. */
    Optional<PaymentOrder> find(long orderId, long companyId);

    /** The company's orders, newest first. */
    List<PaymentOrder> ofCompany(long companyId, int limit);

    /** What the company's live orders (waiting or sent) ask per period ("2026-10"), leaving one order out. */
    Map<String, BigDecimal> orderedByPeriod(long companyId, long exceptOrderId);

    /** False when this validator already confirmed the order. */
    boolean addConfirmation(long orderId, long validatorAccountId, String validatorLogin, int version, Instant now);

    int confirmations(long orderId);

    /** False when the order was executed already: the unique key, the second wall. */
    boolean recordExecution(long orderId, String messageId, String endToEndId, Instant now);

    /** Moves the order from one status to another; false when it was not in {@code from} any more. */
    boolean move(long orderId, PaymentOrderStatus from, PaymentOrderStatus to, @Nullable String closedBy,
                 Instant closedAt, @Nullable String reason);

    void recordBankValueDate(long orderId, LocalDate valueDate);

    /** The orders still waiting whose time ran out. */
    List<Long> expiredAwaiting(Instant now);

    /** The order the bank knows by this end-to-end reference. */
    Optional<Long> orderOfEndToEnd(String endToEndId);

    long companyIdOf(long orderId);

    /** The company's confirmations setting (1 or 2), as its delegate chose. */
    int confirmationsRequired(long companyId);

    /** The e-mail addresses of the company's active validators. */
    List<String> validatorEmails(long companyId);

    /** The account the company's last order debited: offered to the next one. */
    Optional<String> lastRib(long companyId);
}
