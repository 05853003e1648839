package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.easypayment.repository.PaymentOrderRepository;
import ma.cimr.teleservices.shared.scheduling.JobLeases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Orders nobody confirmed in time ({@code portal.easypayment.order-lifetime}) expire: their periods
 * are free again and everyone concerned is told. One instance at a time (a job lease), one order per
 * transaction, each moved only from AWAITING: an order confirmed at the same instant is either
 * executed or expired, never both. {@link OrderExpirySchedule} runs it; tests call {@link #runOnce()}.
 */
@Component
public class OrderExpiry {

    static final String JOB = "easypayment-expiry";

    private final PaymentOrderRepository orders;
    private final OrderNotices notices;
    private final JobLeases leases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderExpiry(PaymentOrderRepository orders, OrderNotices notices, JobLeases leases, TransactionTemplate transaction,
                Clock clock) {
        this.orders = orders;
        this.notices = notices;
        this.leases = leases;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One pass; how many orders expired (0 when another instance runs it). */
    public int runOnce() {
        if (!leases.tryAcquire(JOB, Duration.ofMinutes(5))) {
            return 0;
        }
        try {
            Instant now = clock.instant();
            int expired = 0;
            for (long id : orders.expiredAwaiting(now)) {
                if (Boolean.TRUE.equals(transaction.execute(status -> expire(id, now)))) {
                    expired++;
                }
            }
            return expired;
        } finally {
            leases.release(JOB);
        }
    }

    private boolean expire(long id, Instant now) {
        if (orders.lock(id).filter(PaymentOrderStatus::awaiting).isEmpty()
                || !orders.move(id, PaymentOrderStatus.AWAITING, PaymentOrderStatus.EXPIRED, "portal", now, null)) {
            return false;
        }
        notices.tell(orders.find(id).orElseThrow(), OrderNotices.Step.EXPIRED);
        return true;
    }
}
