package ma.cimr.teleservices.easypayment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.easypayment.OrderDraft;
import ma.cimr.teleservices.easypayment.OrderLine;
import ma.cimr.teleservices.easypayment.PayableDue;
import ma.cimr.teleservices.easypayment.PaymentOrder;
import ma.cimr.teleservices.easypayment.PaymentOrders;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The orderer's form, for a new order or a change before its first confirmation: the open due
 * periods with what each still owes (less what other orders ask), ticked and pre-filled, each amount
 * editable (above what is owed only with a reason, DD040); the company's account (RIB) and the
 * execution day. The service checks it all again.
 */
@Route(value = "company/payments/new", layout = CompanyLayout.class)
@RouteAlias(value = "company/payments/:id/edit", layout = CompanyLayout.class)
@RolesAllowed(Roles.PAYMENT_ORDERER)
class PaymentOrderFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PaymentOrders orders;
    private final List<Row> rows = new ArrayList<>();
    private long changing;
    private String title = "";

    PaymentOrderFormView(PaymentOrders orders) {
        this.orders = orders;
        addClassName("payment-order-form");
    }

    /** One payable period of the form. */
    private record Row(DuePeriod period, Checkbox included, TextField amount) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        rows.clear();
        String id = event.getRouteParameters().get("id").orElse(null);
        PaymentOrder order = null;
        List<PayableDue> dues;
        try {
            if (id == null) {
                changing = 0;
                dues = orders.payableDues();
                title = getTranslation("easypayment.new.title");
            } else {
                changing = Long.parseLong(id);
                order = orders.mine(changing);
                dues = orders.payableDuesChanging(changing);
                title = getTranslation("easypayment.edit.title", order.reference());
            }
        } catch (NumberFormatException | Refusal e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(order, dues);
    }

    private void render(@Nullable PaymentOrder order, List<PayableDue> dues) {
        Locale locale = getLocale();
        add(new H1(title));
        if (dues.isEmpty()) {
            var none = new Paragraph(getTranslation("easypayment.new.none"));
            none.addClassName("payment-order-nothing");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("easypayment.new.intro")));
        Map<DuePeriod, BigDecimal> current = new HashMap<>();
        if (order != null) {
            order.lines().forEach(line -> current.put(line.period(), line.amount()));
        }
        var periods = new VerticalLayout();
        periods.setPadding(false);
        periods.addClassName("payable-dues");
        for (PayableDue due : dues) {
            var included = new Checkbox(PeriodText.of(due.period(), this, locale));
            included.addClassName("include-period");
            included.setValue(order == null || current.containsKey(due.period()));
            var amount = new TextField(getTranslation("easypayment.new.amount"));
            amount.addClassName("period-amount");
            amount.setValue(current.getOrDefault(due.period(), due.payable()).setScale(2).toPlainString());
            included.addValueChangeListener(change -> amount.setEnabled(change.getValue()));
            amount.setEnabled(included.getValue());
            var facts = new Span(getTranslation("easypayment.new.due") + " : " + Formats.amount(due.due(), locale)
                    + (due.ordered().signum() > 0 ? " — " + getTranslation("easypayment.new.ordered") + " : "
                    + Formats.amount(due.ordered(), locale) : ""));
            var row = new HorizontalLayout(included, facts, amount);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("payable-due");
            row.setWrap(true);
            periods.add(row);
            rows.add(new Row(due.period(), included, amount));
        }
        var rib = new TextField(getTranslation("easypayment.new.rib"));
        rib.addClassName("order-rib");
        rib.setWidth("22em");
        rib.setValue(order != null ? order.debtorAccount().value() : orders.lastAccount().orElse(""));
        var day = new PortalDatePicker(getTranslation("easypayment.new.executionDate"));
        day.addClassName("order-execution-date");
        day.setValue(order != null ? order.executionDate() : orders.firstExecutionDay());
        // optional: the service asks for it only when an amount is above what its period owes (DD040)
        var reason = new TextArea(getTranslation("easypayment.new.aboveDueReason"));
        reason.addClassName("above-due-reason");
        reason.setHelperText(getTranslation("easypayment.new.aboveDueReason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        if (order != null && order.aboveDueReason() != null) {
            reason.setValue(order.aboveDueReason());
        }
        var submit = new Button(getTranslation(order == null ? "easypayment.new.submit" : "easypayment.new.save"),
                click -> submit(rib.getValue(), day.getValue(), reason.getValue()));
        submit.addClassName("submit-order");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(periods, rib, day, reason, submit);
    }

    private void submit(String rib, @Nullable LocalDate day, String aboveDueReason) {
        List<OrderLine> lines = new ArrayList<>();
        for (Row row : rows) {
            if (!row.included().getValue()) {
                continue;
            }
            try {
                lines.add(new OrderLine(row.period(), Money.parse(row.amount().getValue()).amount()));
            } catch (Refusal refusal) {
                Feedback.problem(this, "easypayment.new.badAmount", PeriodText.of(row.period(), this, getLocale()));
                return;
            }
        }
        OrderDraft draft = new OrderDraft(lines, rib, day, aboveDueReason);
        PaymentOrder[] done = new PaymentOrder[1];
        if (Feedback.attempt(this, () -> done[0] = changing == 0 ? orders.order(draft) : orders.change(changing, draft))) {
            Feedback.done(this, changing == 0 ? "easypayment.ordered" : "easypayment.changed", done[0].reference());
            getUI().ifPresent(ui -> ui.navigate("company/payments/" + done[0].id()));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
