package ma.cimr.teleservices.companyaccount.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.companyaccount.CompanyPayments;
import ma.cimr.teleservices.companyaccount.NewPayment;
import ma.cimr.teleservices.companyaccount.PaymentAllocation;
import ma.cimr.teleservices.companyaccount.RecordedPayment;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A line of the fund's bank statement recorded into a company's account (DD029): the adherent
 * number, the amount, the bank's reference, the day the bank confirmed it, and the periods it
 * settles. The account shows it at once; above the threshold a second staff member approves it
 * first (DD025). Below, the latest payments and those waiting for approval.
 */
@Menu(title = "companyaccount.payments.nav", order = 3.5)
@Route(value = "backoffice/company-payments", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class CompanyPaymentsView extends VerticalLayout implements HasDynamicTitle {

    private static final int LATEST = 30;

    private final CompanyPayments payments;
    private final TextField adherentNumber = new TextField();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField bankReference = new TextField();
    private final PortalDatePicker valueDate;
    private final VerticalLayout periodLines = new VerticalLayout();
    private final List<PeriodLine> lines = new ArrayList<>();
    private final Grid<RecordedPayment> latest = new Grid<>();
    private final UnorderedList awaiting = new UnorderedList();

    /** One period the payment settles and the part of the amount for it. */
    private record PeriodLine(FlexLayout row, TextField period, BigDecimalField amount) {
    }

    CompanyPaymentsView(CompanyPayments payments) {
        this.payments = payments;
        Locale locale = getLocale();
        add(new H1(getTranslation("companyaccount.payments.title")),
                new Paragraph(getTranslation("companyaccount.payments.intro",
                        Formats.amount(payments.approvalThreshold(), locale))));

        adherentNumber.setLabel(getTranslation("companyaccount.payments.adherentNumber"));
        adherentNumber.addClassName("payment-adherent-number");
        amount.setLabel(getTranslation("companyaccount.payments.amount"));
        amount.addClassName("payment-amount");
        bankReference.setLabel(getTranslation("companyaccount.payments.bankReference"));
        bankReference.addClassName("payment-bank-reference");
        valueDate = new PortalDatePicker(getTranslation("companyaccount.payments.valueDate"));
        valueDate.addClassName("payment-value-date");
        periodLines.setPadding(false);
        addPeriodLine();
        var addPeriod = new Button(getTranslation("companyaccount.payments.addPeriod"), click -> addPeriodLine());
        addPeriod.addClassName("payment-add-period");
        var record = new Button(getTranslation("companyaccount.payments.record"), click -> record());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("record-payment");
        var form = new VerticalLayout(adherentNumber, amount, bankReference, valueDate,
                new Paragraph(getTranslation("companyaccount.payments.periods")), periodLines, addPeriod, record);
        form.setPadding(false);
        add(new PageSection(getTranslation("companyaccount.payments.new"), form));

        latest.addClassName("company-payments-latest");
        latest.addColumn(RecordedPayment::bankReference).setHeader(getTranslation("companyaccount.payments.bankReference"))
                .setAutoWidth(true);
        latest.addColumn(p -> p.adherentNumber() + " — " + p.legalName())
                .setHeader(getTranslation("companyaccount.payments.adherentNumber"));
        latest.addColumn(p -> Formats.amount(p.amount(), locale)).setHeader(getTranslation("companyaccount.payments.amount"))
                .setAutoWidth(true);
        latest.addColumn(p -> Formats.shortDate(p.valueDate(), locale))
                .setHeader(getTranslation("companyaccount.payments.valueDate")).setAutoWidth(true);
        latest.addColumn(p -> p.periods().stream().map(part -> part.period() + " : " + Formats.amount(part.amount(), locale))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("companyaccount.payments.periods"));
        latest.addColumn(p -> getTranslation("companyaccount.source." + p.source().name()))
                .setHeader(getTranslation("companyaccount.payments.source")).setAutoWidth(true);
        latest.addColumn(p -> p.recordedBy() + ", " + Formats.dateTime(p.recordedAt(), locale))
                .setHeader(getTranslation("companyaccount.payments.recordedBy")).setAutoWidth(true);
        latest.addColumn(p -> p.requestReference() == null ? "" : p.requestReference())
                .setHeader(getTranslation("companyaccount.payments.request")).setAutoWidth(true);
        latest.setAllRowsVisible(true);
        awaiting.addClassName("company-payments-awaiting");
        add(new PageSection(getTranslation("companyaccount.payments.awaiting"), awaiting),
                new PageSection(getTranslation("companyaccount.payments.latest"), latest));
        refresh();
    }

    private void addPeriodLine() {
        var period = new TextField(getTranslation("companyaccount.payments.period"));
        period.setPlaceholder(getTranslation("companyaccount.payments.periodPlaceholder"));
        period.addClassName("payment-period");
        var part = new BigDecimalField(getTranslation("companyaccount.payments.periodAmount"));
        part.addClassName("payment-period-amount");
        var row = new FlexLayout(period, part);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        lines.add(new PeriodLine(row, period, part));
        periodLines.add(row);
    }

    private void record() {
        List<PaymentAllocation> periods = new ArrayList<>();
        try {
            for (PeriodLine line : lines) {
                if (line.period().isEmpty() && line.amount().getValue() == null) {
                    continue;
                }
                periods.add(new PaymentAllocation(DuePeriod.parse(line.period().getValue()), line.amount().getValue()));
            }
            Optional<RecordedPayment> recorded = payments.record(new NewPayment(adherentNumber.getValue(),
                    amount.getValue(), bankReference.getValue(), valueDate.getValue(), periods));
            if (recorded.isPresent()) {
                Feedback.done(this, "companyaccount.payments.recorded", recorded.get().bankReference(),
                        recorded.get().adherentNumber(), Objects.requireNonNullElse(recorded.get().requestReference(), "—"));
            } else {
                Feedback.done(this, "companyaccount.payments.proposed", bankReference.getValue().strip());
            }
            clear();
            refresh();
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
        }
    }

    private void clear() {
        adherentNumber.clear();
        amount.clear();
        bankReference.clear();
        valueDate.clear();
        lines.clear();
        periodLines.removeAll();
        addPeriodLine();
    }

    private void refresh() {
        latest.setItems(payments.latest(LATEST));
        awaiting.removeAll();
        List<String> waiting = payments.awaitingApproval();
        if (waiting.isEmpty()) {
            awaiting.add(new ListItem(getTranslation("companyaccount.payments.noneAwaiting")));
        }
        waiting.forEach(line -> awaiting.add(new ListItem(line)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("companyaccount.payments.title");
    }
}
