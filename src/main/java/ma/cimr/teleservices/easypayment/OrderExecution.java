package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.easypayment.repository.PaymentOrderRepository;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Executes an order once its last confirmation is in, in that confirmation's transaction: the
 * execution's unique row (the second wall behind the order's row lock), the move from AWAITING to
 * SENT, the pain.001 credit transfer to the company's bank, and the notices. Any refusal rolls all
 * of it back with the confirmation.
 */
@Component
class OrderExecution {

    private final PaymentOrderRepository orders;
    private final OrderNotices notices;
    private final Clock clock;

    OrderExecution(PaymentOrderRepository orders, OrderNotices notices, Clock clock) {
        this.orders = orders;
        this.notices = notices;
        this.clock = clock;
    }

    /** The bank's message id of an order's execution: one message per order. */
    static String messageId(PaymentOrder order) {
        return "EASYPAY-" + order.reference();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    PaymentOrder execute(PaymentOrder order, String actor) {
        Instant now = clock.instant();
        if (!orders.recordExecution(order.id(), messageId(order), order.reference(), now)
                || !orders.move(order.id(), PaymentOrderStatus.AWAITING, PaymentOrderStatus.SENT, null, now, null)) {
            throw new Refusal("easypayment.error.executed");
        }
        PaymentOrder sent = orders.find(order.id()).orElseThrow();
        notices.tell(sent, OrderNotices.Step.SENT);
        return sent;
    }
}
