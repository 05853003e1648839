package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.retiree.PensionPayment;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.RetireeService;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.RetireeLayout;

import java.util.Locale;

/**
 * The pension, whether it is suspended and why, and its latest payments; the full history with
 * the tax withheld and the reasons is on the payments page.
 */
@Menu(title = "nav.retiree.payments", order = 1)
@Route(value = "retiree", layout = RetireeLayout.class)
@RolesAllowed(Roles.RETIREE)
class RetireeHomeView extends VerticalLayout implements HasDynamicTitle {

    /** The payments shown here; the payments page has them all. */
    private static final int LATEST = 6;

    RetireeHomeView(RetireeService retirees) {
        Locale locale = getLocale();
        RetireePension pension = retirees.myPension();
        add(new H1(pension.firstName() + " " + pension.lastName()));
        if (pension.suspended()) {
            add(new SuspensionNotice(pension));
        }
        add(new PageSection(getTranslation("retiree.pension"), new Facts()
                .addLeftToRight(getTranslation("retiree.fileNumber"), pension.pensionFileNumber())
                .add(getTranslation("retiree.kind"), getTranslation("retiree.kind." + pension.kind()))
                .add(getTranslation("retiree.monthlyAmount"), Formats.amount(pension.monthlyAmount(), locale))
                .add(getTranslation("retiree.start"), Formats.date(pension.pensionStart(), locale))
                .add(getTranslation("retiree.paymentMode"), getTranslation("retiree.paymentMode." + pension.paymentMode()))
                .addLeftToRight(getTranslation("retiree.rib"), pension.maskedRib())));

        // the latest payments, read again when the browser asks for them: the page keeps none (DD048)
        int paid = retirees.myPaymentCount();
        var payments = new LazyGrid<PensionPayment>(Math.min(paid, LATEST),
                (offset, limit) -> retirees.myPayments(offset, Math.min(limit, LATEST - offset)));
        payments.addClassName("payments-grid");
        payments.addColumn(getTranslation("retiree.payment.period"), p -> Formats.month(p.duePeriod().firstMonth(), locale));
        payments.addColumn(getTranslation("retiree.payment.net"), p -> Formats.amount(p.netAmount(), locale));
        payments.addColumn(getTranslation("retiree.payment.status"), p -> getTranslation("retiree.payment.status." + p.status()));
        add(new PageSection(getTranslation("retiree.payments"), payments));
        if (paid == 0) {
            // a pension just liquidated: where its claim stands and its documents are, until the first payment
            var toCome = new Paragraph(new Text(getTranslation("retiree.liquidation.notPaidYet") + " "),
                    new Anchor("retiree/liquidation", getTranslation("nav.retiree.liquidation")));
            toCome.addClassName("not-paid-yet");
            add(toCome);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retiree.payments");
    }
}
