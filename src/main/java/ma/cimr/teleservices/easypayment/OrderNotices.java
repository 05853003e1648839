package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.easypayment.repository.PaymentOrderRepository;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the orderer and the company's validators, by e-mail through the outbox (in the transaction
 * of the step, so a step rolled back tells nobody), at each step of an order: ordered, changed,
 * withdrawn, confirmed, rejected, sent to the bank, paid or rejected by the bank, expired.
 */
@Component
class OrderNotices {

    enum Step { ORDERED, CHANGED, WITHDRAWN, CONFIRMED, REJECTED, SENT, PAID, BANK_REJECTED, EXPIRED }

    private final PaymentOrderRepository orders;
    private final AccountService accounts;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;

    OrderNotices(PaymentOrderRepository orders, AccountService accounts, Outbox outbox, PortalI18NProvider i18n) {
        this.orders = orders;
        this.accounts = accounts;
        this.outbox = outbox;
        this.i18n = i18n;
    }

    void tell(PaymentOrder order, Step step) {
        Set<String> recipients = new LinkedHashSet<>();
        accounts.emailOf(order.ordererAccountId()).ifPresent(recipients::add);
        recipients.addAll(orders.validatorEmails(companyIdOf(order)));
        Locale french = PortalI18NProvider.FRENCH;
        String subject = i18n.getTranslation("easypayment.notice.subject", french, order.reference(),
                i18n.getTranslation("easypayment.notice.step." + step, french));
        String body = i18n.getTranslation("easypayment.notice.body", french, order.legalName(), order.reference(),
                Formats.amount(order.amount(), french), periods(order), order.debtorAccount().grouped(),
                Formats.date(order.executionDate(), french),
                i18n.getTranslation(order.status().labelKey(), french),
                order.confirmations().size(), order.confirmationsRequired(),
                order.reason() == null ? "—" : order.reason());
        recipients.forEach(recipient -> outbox.email(recipient, subject, body));
    }

    private long companyIdOf(PaymentOrder order) {
        return orders.companyIdOf(order.id());
    }

    /** "2026-10 : 1200.00, 2026-11 : 800.00", for notices and the audit trail. */
    static String periods(PaymentOrder order) {
        return order.lines().stream().map(line -> line.period() + " : " + line.amount().toPlainString())
                .collect(Collectors.joining(", "));
    }

    static String summary(PaymentOrder order) {
        return order.amount().toPlainString() + " DH, " + periods(order) + ", RIB " + order.debtorAccount().value()
                + ", " + order.executionDate() + ", v" + order.version() + ", " + order.status()
                + (order.aboveDueReason() == null ? "" : ", above the dues: " + order.aboveDueReason());
    }
}
