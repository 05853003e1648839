package ma.cimr.teleservices.easypayment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.easypayment.OrderLine;
import ma.cimr.teleservices.easypayment.PaymentOrder;
import ma.cimr.teleservices.easypayment.PaymentOrders;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The company's payment orders, newest first, for its orderers and validators: each opens on its
 * own page, where it is confirmed, rejected, changed or withdrawn. The orderer starts a new one here.
 */
@Menu(title = "easypayment.nav", order = 3.7)
@Route(value = "company/payments", layout = CompanyLayout.class)
@RolesAllowed({Roles.PAYMENT_ORDERER, Roles.PAYMENT_VALIDATOR})
class PaymentOrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PaymentOrders orders;
    private final CurrentUser currentUser;

    PaymentOrdersView(PaymentOrders orders, CurrentUser currentUser) {
        this.orders = orders;
        this.currentUser = currentUser;
        addClassName("payment-orders-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation("easypayment.title")), new Paragraph(getTranslation("easypayment.intro")));
        if (currentUser.require().has(Role.PAYMENT_ORDERER)) {
            var order = new Button(getTranslation("easypayment.list.new"),
                    click -> getUI().ifPresent(ui -> ui.navigate("company/payments/new")));
            order.addClassName("new-payment-order");
            order.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(order);
        }
        List<PaymentOrder> mine = orders.ofMyCompany();
        if (mine.isEmpty()) {
            var empty = new Paragraph(getTranslation("easypayment.list.empty"));
            empty.addClassName("payment-orders-empty");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("easypayment.intro.confirmations", mine.getFirst().confirmationsRequired())));
        var grid = new Grid<PaymentOrder>();
        grid.addClassName("payment-orders");
        grid.addColumn(PaymentOrder::reference).setHeader(getTranslation("easypayment.column.reference")).setAutoWidth(true);
        grid.addColumn(o -> Formats.dateTime(o.createdAt(), locale)).setHeader(getTranslation("easypayment.column.createdAt"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.lines().stream().map(OrderLine::period).map(p -> PeriodText.of(p, this, locale))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("easypayment.column.periods"));
        grid.addColumn(o -> Formats.amount(o.amount(), locale)).setHeader(getTranslation("easypayment.column.amount"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(o -> Formats.shortDate(o.executionDate(), locale))
                .setHeader(getTranslation("easypayment.column.executionDate")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.status().labelKey())).setHeader(getTranslation("easypayment.column.status"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation("easypayment.confirmations", o.confirmations().size(), o.confirmationsRequired()))
                .setHeader(getTranslation("easypayment.column.confirmations")).setAutoWidth(true);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("company/payments/" + click.getItem().id())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("easypayment.title");
    }
}
