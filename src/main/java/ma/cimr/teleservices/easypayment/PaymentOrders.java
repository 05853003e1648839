package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.account.ActionConfirmation;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.easypayment.repository.PaymentOrderRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * E@sypaiement (issue 12, DD033): the company's orderer orders the payment of open dues from the
 * company's account; its validators confirm it, one or two different ones as the delegate chose,
 * with their second factor; the last confirmation executes it, exactly once, whoever and however
 * many click at the same instant. Always the signed-in user's company, never one from a URL.
 */
@Service
public class PaymentOrders {

    static final String ORDERER = "hasRole('" + Roles.PAYMENT_ORDERER + "')";
    static final String VALIDATOR = "hasRole('" + Roles.PAYMENT_VALIDATOR + "')";
    static final String EITHER = "hasAnyRole('" + Roles.PAYMENT_ORDERER + "', '" + Roles.PAYMENT_VALIDATOR + "')";
    private static final int LISTED = 200;
    private static final int REASON_LENGTH = 500;

    private final PaymentOrderRepository orders;
    private final OrderRules rules;
    private final OrderExecution execution;
    private final OrderNotices notices;
    private final PaymentOrderPdf receipts;
    private final ActionConfirmation actionConfirmation;
    private final AccountService accounts;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration lifetime;

    PaymentOrders(PaymentOrderRepository orders, OrderRules rules, OrderExecution execution, OrderNotices notices,
                  PaymentOrderPdf receipts, ActionConfirmation actionConfirmation, AccountService accounts,
                  AuditTrail auditTrail, CurrentUser currentUser, TransactionTemplate transaction, Clock clock,
                  @Value("${portal.easypayment.order-lifetime:P7D}") Duration lifetime) {
        this.orders = orders;
        this.rules = rules;
        this.execution = execution;
        this.notices = notices;
        this.receipts = receipts;
        this.actionConfirmation = actionConfirmation;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The open dues an order may settle, oldest first, with what other live orders already ask. */
    @Transactional(readOnly = true)
    @PreAuthorize(ORDERER)
    public List<PayableDue> payableDues() {
        return rules.payable(currentUser.companyId().value(), 0);
    }

    /** The same for changing an order: its own lines do not count against it. */
    @Transactional(readOnly = true)
    @PreAuthorize(ORDERER)
    public List<PayableDue> payableDuesChanging(long id) {
        return rules.payable(currentUser.companyId().value(), mine(id).id());
    }

    /** The day a new order is executed unless the orderer chooses a later one. */
    @PreAuthorize(ORDERER)
    public LocalDate firstExecutionDay() {
        return rules.firstExecutionDay();
    }

    /** The account the company's last order debited, offered again. */
    @Transactional(readOnly = true)
    @PreAuthorize(ORDERER)
    public Optional<String> lastAccount() {
        return orders.lastRib(currentUser.companyId().value());
    }

    @Transactional
    @PreAuthorize(ORDERER)
    public PaymentOrder order(OrderDraft draft) {
        PortalUser me = active();
        long companyId = currentUser.companyId().value();
        orders.lockCompany(companyId);
        OrderRules.Checked checked = rules.check(companyId, 0, draft);
        Instant now = clock.instant();
        long id = orders.insert(companyId, me.accountId().value(), me.login(), checked.rib().value(),
                checked.executionDate(), checked.amount(), checked.aboveDueReason(), now, now.plus(lifetime),
                checked.lines());
        PaymentOrder order = orders.find(id).orElseThrow();
        audit(me, "PAYMENT_ORDERED", order);
        notices.tell(order, OrderNotices.Step.ORDERED);
        return order;
    }

    /** The orderer changes their order: only before its first confirmation. */
    @Transactional
    @PreAuthorize(ORDERER)
    public PaymentOrder change(long id, OrderDraft draft) {
        PortalUser me = active();
        long companyId = currentUser.companyId().value();
        orders.lockCompany(companyId);
        lockedChangeable(id, me);
        OrderRules.Checked checked = rules.check(companyId, id, draft);
        orders.replace(id, checked.rib().value(), checked.executionDate(), checked.amount(), checked.aboveDueReason(),
                clock.instant(), checked.lines());
        PaymentOrder changed = orders.find(id).orElseThrow();
        audit(me, "PAYMENT_ORDER_CHANGED", changed);
        notices.tell(changed, OrderNotices.Step.CHANGED);
        return changed;
    }

    @Transactional
    @PreAuthorize(ORDERER)
    public void withdraw(long id) {
        PortalUser me = active();
        PaymentOrder order = lockedChangeable(id, me);
        orders.move(id, PaymentOrderStatus.AWAITING, PaymentOrderStatus.WITHDRAWN, me.login(), clock.instant(), null);
        audit(me, "PAYMENT_ORDER_WITHDRAWN", order);
        notices.tell(orders.find(id).orElseThrow(), OrderNotices.Step.WITHDRAWN);
    }

    /** The company's orders, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(EITHER)
    public List<PaymentOrder> ofMyCompany() {
        return orders.ofCompany(currentUser.companyId().value(), LISTED);
    }

    /** One order of the signed-in user's company; another company's is as unknown as a missing one. */
    @Transactional(readOnly = true)
    @PreAuthorize(EITHER)
    public PaymentOrder mine(long id) {
        return orders.find(id, currentUser.companyId().value())
                .orElseThrow(() -> new Refusal("easypayment.error.unknown"));
    }

    /** What the validator must give before confirming: a code, their password, or nothing. */
    @PreAuthorize(VALIDATOR)
    public ActionConfirmation.Proof proofAsked() {
        return actionConfirmation.asked();
    }

    /**
     * A validator confirms the version of the order they saw, with their second factor. The last
     * confirmation the company asks for executes it in the same transaction, under the order's row
     * lock: whoever comes second finds it executed and is refused, so it is executed once.
     */
    @PreAuthorize(VALIDATOR)
    public PaymentOrder confirm(long id, int seenVersion, @Nullable String proof) {
        PortalUser me = active();
        PaymentOrder seen = mine(id);
        refuseOwnOrder(seen, me);
        refuseUnlessAwaiting(seen.status());
        // apart from the order's transaction: a wrong code stays counted when the confirmation is refused
        actionConfirmation.confirm(proof, "PAYMENT_CONFIRMATION " + seen.reference());
        return transaction.execute(status -> confirmLocked(id, seenVersion, me));
    }

    private PaymentOrder confirmLocked(long id, int seenVersion, PortalUser me) {
        refuseUnlessAwaiting(orders.lock(id).orElseThrow(() -> new Refusal("easypayment.error.unknown")));
        PaymentOrder order = mine(id);
        Instant now = clock.instant();
        if (!order.expiresAt().isAfter(now)) {
            throw new Refusal("easypayment.error.expired");
        }
        if (order.version() != seenVersion) {
            throw new Refusal("easypayment.error.changed");
        }
        if (!orders.addConfirmation(id, me.accountId().value(), me.login(), seenVersion, now)) {
            throw new Refusal("easypayment.error.confirmedTwice");
        }
        PaymentOrder confirmed = orders.find(id).orElseThrow();
        audit(me, "PAYMENT_ORDER_CONFIRMED", confirmed);
        if (orders.confirmations(id) < confirmed.confirmationsRequired()) {
            notices.tell(confirmed, OrderNotices.Step.CONFIRMED);
            return confirmed;
        }
        // the dues may have moved since the order (a payment recorded from the bank statement)
        rules.checkAmounts(currentUser.companyId().value(), id, order.lines(), order.aboveDueReason());
        return execution.execute(confirmed, me.login());
    }

    @Transactional
    @PreAuthorize(VALIDATOR)
    public PaymentOrder reject(long id, @Nullable String reason) {
        PortalUser me = active();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new Refusal("easypayment.error.reasonRequired", REASON_LENGTH);
        }
        refuseUnlessAwaiting(orders.lock(id).orElseThrow(() -> new Refusal("easypayment.error.unknown")));
        PaymentOrder order = mine(id);
        refuseOwnOrder(order, me);
        orders.move(id, PaymentOrderStatus.AWAITING, PaymentOrderStatus.REJECTED, me.login(), clock.instant(), why);
        PaymentOrder rejected = orders.find(id).orElseThrow();
        audit(me, "PAYMENT_ORDER_REJECTED", rejected);
        notices.tell(rejected, OrderNotices.Step.REJECTED);
        return rejected;
    }

    /** The receipt of an order as it stands, in French or Arabic (or English). */
    @Transactional(readOnly = true)
    @PreAuthorize(EITHER)
    public byte[] receiptPdf(long id, Locale locale) {
        return receipts.render(mine(id), locale);
    }

    private PaymentOrder lockedChangeable(long id, PortalUser me) {
        orders.lock(id).orElseThrow(() -> new Refusal("easypayment.error.unknown"));
        PaymentOrder order = mine(id);
        if (order.ordererAccountId() != me.accountId().value()) {
            throw new Refusal("easypayment.error.notYourOrder");
        }
        if (!order.changeable()) {
            throw new Refusal("easypayment.error.notChangeable");
        }
        return order;
    }

    /** A login suspended (or closed) while its session is open can do nothing here. */
    private PortalUser active() {
        PortalUser me = currentUser.require();
        if (!accounts.stillActive(me.login())) {
            throw new Refusal("easypayment.error.suspended");
        }
        return me;
    }

    private static void refuseOwnOrder(PaymentOrder order, PortalUser me) {
        if (order.ordererAccountId() == me.accountId().value()) {
            throw new Refusal("easypayment.error.ownOrder");
        }
    }

    private static void refuseUnlessAwaiting(PaymentOrderStatus status) {
        switch (status) {
            case AWAITING -> {
            }
            case EXPIRED -> throw new Refusal("easypayment.error.expired");
            case WITHDRAWN -> throw new Refusal("easypayment.error.withdrawn");
            case REJECTED -> throw new Refusal("easypayment.error.rejected");
            default -> throw new Refusal("easypayment.error.executed");
        }
    }

    private void audit(PortalUser me, String action, PaymentOrder order) {
        auditTrail.record(me.login(), action, order.adherentNumber() + " " + order.reference(),
                OrderNotices.summary(order), RateLimits.currentClientAddress());
    }

    /** Today where the fund is. */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
