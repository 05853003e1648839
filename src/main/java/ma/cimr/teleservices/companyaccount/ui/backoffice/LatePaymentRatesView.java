package ma.cimr.teleservices.companyaccount.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.companyaccount.LatePaymentRate;
import ma.cimr.teleservices.companyaccount.LatePaymentRates;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.Locale;

/**
 * The late-payment surcharge rate by date (DD029), for the administrators: its history, and a new
 * row proposed here counts once another administrator approves it on the approvals page (DD025).
 */
@Menu(title = "companyaccount.rates.nav", order = 7.5)
@Route(value = "backoffice/late-payment-rates", layout = BackofficeLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class LatePaymentRatesView extends VerticalLayout implements HasDynamicTitle {

    private final LatePaymentRates rates;
    private final Grid<LatePaymentRate> history = new Grid<>();

    LatePaymentRatesView(LatePaymentRates rates) {
        this.rates = rates;
        Locale locale = getLocale();
        add(new H1(getTranslation("companyaccount.rates.title")),
                new Paragraph(getTranslation("companyaccount.rates.intro")));
        history.addClassName("late-payment-rates");
        history.addColumn(r -> Formats.shortDate(r.appliesFrom(), locale))
                .setHeader(getTranslation("companyaccount.rates.appliesFrom")).setAutoWidth(true);
        history.addColumn(r -> Formats.rate(r.monthlyPercent(), locale))
                .setHeader(getTranslation("companyaccount.rates.percent")).setAutoWidth(true);
        history.addColumn(r -> String.valueOf(r.dueDay())).setHeader(getTranslation("companyaccount.rates.dueDay"))
                .setAutoWidth(true);
        history.addColumn(r -> r.recordedBy() + ", " + Formats.dateTime(r.recordedAt(), locale))
                .setHeader(getTranslation("companyaccount.rates.recordedBy"));
        history.setAllRowsVisible(true);
        history.setItems(rates.history().reversed());

        var appliesFrom = new PortalDatePicker(getTranslation("companyaccount.rates.appliesFrom"));
        appliesFrom.addClassName("rate-applies-from");
        var percent = new BigDecimalField(getTranslation("companyaccount.rates.percent"));
        percent.addClassName("rate-percent");
        var dueDay = new IntegerField(getTranslation("companyaccount.rates.dueDay"));
        dueDay.addClassName("rate-due-day");
        dueDay.setMin(1);
        dueDay.setMax(28);
        var propose = new Button(getTranslation("companyaccount.rates.propose"), click -> {
            if (appliesFrom.getValue() == null || dueDay.getValue() == null) {
                Feedback.problem(this, "validation.required");
                return;
            }
            try {
                rates.propose(appliesFrom.getValue(), percent.getValue(), dueDay.getValue());
                Feedback.done(this, "companyaccount.rates.proposed");
            } catch (Refusal refusal) {
                Feedback.refused(this, refusal);
            }
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClassName("propose-rate");
        var form = new VerticalLayout(appliesFrom, percent, dueDay, propose);
        form.setPadding(false);
        add(new PageSection(getTranslation("companyaccount.rates.history"), history),
                new PageSection(getTranslation("companyaccount.rates.new"), form));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("companyaccount.rates.title");
    }
}
