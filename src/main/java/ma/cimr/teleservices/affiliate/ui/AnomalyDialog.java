package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import ma.cimr.teleservices.affiliate.AffiliationPeriod;
import ma.cimr.teleservices.affiliate.AnomalyReports;
import ma.cimr.teleservices.affiliate.StatementAnomaly;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.shared.Formats;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * Reports an anomaly: on a given line (year and employer known), or a missing period (the
 * affiliate picks the year and one of their employers).
 */
class AnomalyDialog extends Dialog {

    AnomalyDialog(AnomalyReports reports, int year, String adherentNumber) {
        this(reports, year, List.of(), adherentNumber, false);
    }

    AnomalyDialog(AnomalyReports reports, List<AffiliationPeriod> employers) {
        this(reports, null, employers, null, true);
    }

    private AnomalyDialog(AnomalyReports reports, @Nullable Integer year, List<AffiliationPeriod> employers,
                          @Nullable String adherentNumber, boolean missingPeriod) {
        setHeaderTitle(getTranslation(missingPeriod ? "anomaly.reportMissing" : "anomaly.title"));
        var kind = new Select<StatementAnomaly.Kind>();
        kind.setLabel(getTranslation("anomaly.kindLabel"));
        kind.setItems(StatementAnomaly.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("anomaly.kind." + k));
        kind.setValue(missingPeriod ? StatementAnomaly.Kind.MISSING_PERIOD : StatementAnomaly.Kind.RIGHTS);
        kind.setReadOnly(missingPeriod);
        var yearField = new IntegerField(getTranslation("anomaly.year"));
        yearField.setValue(year);
        yearField.setReadOnly(!missingPeriod);
        yearField.setMin(1950);
        yearField.setMax(2100);
        var employer = new Select<AffiliationPeriod>();
        employer.setLabel(getTranslation("anomaly.employer"));
        employer.setItems(employers);
        employer.setItemLabelGenerator(AffiliationPeriod::companyName);
        employer.setVisible(missingPeriod);
        var comment = new TextArea(getTranslation("anomaly.comment"));
        comment.setWidthFull();
        comment.addClassName("anomaly-comment");

        var send = new Button(getTranslation("anomaly.send"), click -> {
            String adherent = missingPeriod ? (employer.getValue() == null ? "" : employer.getValue().adherentNumber())
                    : adherentNumber;
            if (yearField.getValue() == null || adherent == null || adherent.isEmpty()) {
                Feedback.problem(this, "validation.required");
                return;
            }
            try {
                RequestReceipt receipt = reports.report(new StatementAnomaly(kind.getValue(), yearField.getValue(),
                        adherent, comment.getValue()), getLocale());
                close();
                Feedback.done(this, "anomaly.sent", receipt.reference(), Formats.date(receipt.dueDate(), getLocale()));
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-anomaly");
        add(new VerticalLayout(kind, yearField, employer, comment));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
        setWidth("36rem");
    }
}
