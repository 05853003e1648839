package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.retiree.PensionPayment;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.RetireeService;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.RetireeLayout;

import java.util.Locale;

/**
 * The payment history (historique des paiements): per month the gross, the tax withheld, the net,
 * how it was paid and its status; a month suspended or returned by the bank says why and what to
 * do. Paged from the database: a pension paid for thirty years has 360 months.
 */
@Menu(title = "nav.retiree.history", order = 2)
@Route(value = "retiree/payments", layout = RetireeLayout.class)
@RolesAllowed(Roles.RETIREE)
class PaymentsView extends VerticalLayout implements HasDynamicTitle {

    PaymentsView(RetireeService retirees) {
        Locale locale = getLocale();
        RetireePension pension = retirees.myPension();
        add(new H1(getTranslation("retiree.payments")));
        if (pension.suspended()) {
            add(new SuspensionNotice(pension));
        }
        String mode = getTranslation("retiree.paymentMode." + pension.paymentMode());
        var grid = new Grid<PensionPayment>();
        grid.addClassName("payment-history");
        var period = grid.addColumn(p -> Formats.month(p.duePeriod().firstMonth(), locale)).setHeader(getTranslation("retiree.payment.period"))
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.amount(p.grossAmount(), locale)).setHeader(getTranslation("retiree.payment.gross"));
        grid.addColumn(p -> Formats.amount(p.taxWithheld(), locale)).setHeader(getTranslation("retiree.payment.tax"));
        var net = grid.addColumn(p -> Formats.amount(p.netAmount(), locale)).setHeader(getTranslation("retiree.payment.net"));
        grid.addColumn(p -> mode).setHeader(getTranslation("retiree.paymentMode"));
        var status = grid.addColumn(p -> getTranslation("retiree.payment.status." + p.status())).setHeader(getTranslation("retiree.payment.status"));
        var why = grid.addColumn(this::why).setHeader(getTranslation("retiree.payment.why")).setFlexGrow(3);
        PhoneColumns.keepOnPhone(grid, period, net, status, why);
        grid.setItems(query -> retirees.myPayments(query.getOffset(), query.getLimit()).stream(),
                query -> retirees.myPaymentCount());
        add(grid);
    }

    /** A month not paid: the reason the run or the bank gave, and what to do about it. */
    private String why(PensionPayment payment) {
        if (payment.status() == PensionPayment.Status.PAID) {
            return "";
        }
        String todo = getTranslation("retiree.payment.todo." + payment.status());
        return payment.reason() == null ? todo : payment.reason() + " — " + todo;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retiree.history");
    }
}
