package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.bank.BankAnswer;
import ma.cimr.teleservices.bank.BankAnswerHandler;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.companyaccount.CompanyPayments;
import ma.cimr.teleservices.companyaccount.NewPayment;
import ma.cimr.teleservices.companyaccount.PaymentAllocation;
import ma.cimr.teleservices.easypayment.repository.PaymentOrderRepository;
import ma.cimr.teleservices.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The bank's answers to E@sypaiement orders, each acted on once (in the transaction that marks it
 * delivered, DD032). Confirmed: the order is paid and its payment enters the compte adhérent with
 * the bank's value date, so the charter's n°5 clock starts at the bank's confirmation (DD029).
 * Rejected: the order shows it, with the bank's reason, and its periods are free again. Everyone
 * concerned is told either way.
 */
@Component
class CompanyPaymentAnswers implements BankAnswerHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyPaymentAnswers.class);
    static final String BANK = "bank";

    private final PaymentOrderRepository orders;
    private final CompanyPayments companyPayments;
    private final OrderNotices notices;
    private final AuditTrail auditTrail;

    CompanyPaymentAnswers(PaymentOrderRepository orders, CompanyPayments companyPayments, OrderNotices notices,
                          AuditTrail auditTrail) {
        this.orders = orders;
        this.companyPayments = companyPayments;
        this.notices = notices;
        this.auditTrail = auditTrail;
    }

    @Override
    public BankPurpose purpose() {
        return BankPurpose.COMPANY_PAYMENT;
    }

    @Override
    public void onAnswer(BankAnswer answer) {
        Optional<Long> found = orders.orderOfEndToEnd(answer.endToEndId());
        if (found.isEmpty()) {
            LOG.warn("Bank answer {} for an unknown E@sypaiement transfer {}", answer.outcome(), answer.endToEndId());
            return;
        }
        long id = found.get();
        orders.lock(id);
        switch (answer.outcome()) {
            case CONFIRMED -> confirmed(id, answer);
            case REJECTED -> rejected(id, answer);
            // a company's own debit does not come back: a return is for the fund's staff to look into
            case RETURNED -> LOG.warn("The bank returned E@sypaiement transfer {}: {}", answer.endToEndId(),
                    answer.reason());
        }
    }

    private void confirmed(long id, BankAnswer answer) {
        if (!orders.move(id, PaymentOrderStatus.SENT, PaymentOrderStatus.PAID, null, answer.answeredAt(), null)) {
            return;
        }
        orders.recordBankValueDate(id, answer.valueDate());
        PaymentOrder order = orders.find(id).orElseThrow();
        companyPayments.recordConfirmed(new NewPayment(order.adherentNumber(), order.amount(), order.reference(),
                answer.valueDate(), order.lines().stream()
                .map(line -> new PaymentAllocation(line.period(), line.amount())).toList()),
                order.ordererAccountId(), order.ordererLogin());
        auditTrail.record(BANK, "PAYMENT_ORDER_PAID", order.adherentNumber() + " " + order.reference(),
                answer.messageId() + ", " + answer.valueDate(), null);
        notices.tell(order, OrderNotices.Step.PAID);
    }

    private void rejected(long id, BankAnswer answer) {
        String reason = answer.reason() == null || answer.reason().isBlank() ? "—" : answer.reason();
        if (!orders.move(id, PaymentOrderStatus.SENT, PaymentOrderStatus.BANK_REJECTED, BANK, answer.answeredAt(),
                reason)) {
            return;
        }
        PaymentOrder order = orders.find(id).orElseThrow();
        auditTrail.record(BANK, "PAYMENT_ORDER_BANK_REJECTED", order.adherentNumber() + " " + order.reference(),
                answer.messageId() + ", " + reason, null);
        notices.tell(order, OrderNotices.Step.BANK_REJECTED);
    }
}
