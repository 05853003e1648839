package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.bank.Bank;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.bank.CreditTransfer;
import ma.cimr.teleservices.bank.CreditTransferFile;
import ma.cimr.teleservices.bank.TransferBatch;
import ma.cimr.teleservices.companyaccount.FundBankAccount;
import ma.cimr.teleservices.easypayment.repository.PaymentOrderRepository;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.Rib;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Executes an order once its last confirmation is in, in that confirmation's transaction: the
 * execution's unique row (the second wall behind the order's row lock), the move from AWAITING to
 * SENT, one pain.001 credit transfer (debtor: the company and its account; creditor: the fund's
 * account) validated against its schema and given to the company's bank (DD032), and the notices.
 * Any refusal rolls all of it back with the confirmation: nothing was sent.
 */
@Component
class OrderExecution {

    private final PaymentOrderRepository orders;
    private final OrderNotices notices;
    private final Bank bank;
    private final FundBankAccount fund;
    private final AuditTrail auditTrail;
    private final Clock clock;

    OrderExecution(PaymentOrderRepository orders, OrderNotices notices, Bank bank, FundBankAccount fund,
                   AuditTrail auditTrail, Clock clock) {
        this.orders = orders;
        this.notices = notices;
        this.bank = bank;
        this.fund = fund;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The bank's message id of an order's execution: one message per order, never reused. */
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
        send(order);
        PaymentOrder sent = orders.find(order.id()).orElseThrow();
        auditTrail.record(actor, "PAYMENT_ORDER_SENT", order.adherentNumber() + " " + order.reference(),
                messageId(order) + ", " + OrderNotices.summary(sent), null);
        notices.tell(sent, OrderNotices.Step.SENT);
        return sent;
    }

    private void send(PaymentOrder order) {
        // a bank executes on the day asked, or on the next day it can when that has passed
        LocalDate today = PaymentOrders.today(clock);
        LocalDate day = order.executionDate().isBefore(today) ? today : order.executionDate();
        var batch = new TransferBatch(messageId(order), order.legalName(), order.debtorAccount(), day, 1, order.amount());
        var transfer = new CreditTransfer(order.reference(), new Money(order.amount()), fund.holder(),
                Rib.parse(fund.rib()), "ADH" + order.adherentNumber() + " " + order.reference() + " "
                + OrderNotices.periods(order));
        Path file = CreditTransferFile.writeValidated(batch, List.of(transfer).iterator(), clock);
        try {
            bank.send(BankPurpose.COMPANY_PAYMENT, order.debtorAccount().bankCode(), batch, file);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
