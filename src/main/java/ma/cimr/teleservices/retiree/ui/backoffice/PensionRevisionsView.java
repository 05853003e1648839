package ma.cimr.teleservices.retiree.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.retiree.NewRevision;
import ma.cimr.teleservices.retiree.PensionRevision;
import ma.cimr.teleservices.retiree.RecordedRevision;
import ma.cimr.teleservices.retiree.RevisedPension;
import ma.cimr.teleservices.retiree.RevisionDesk;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff record a pension revision (DD043): the pension by its N° DP (what it pays now, and the month
 * the revision will be paid from), why, the new monthly amount, and the bank reference of the
 * company's payment it rests on. Above the threshold a second staff member approves it on the
 * approvals page. Below, the latest revisions recorded, one block each: it reads on a phone.
 */
@Menu(title = "nav.backoffice.pensionRevisions", order = 331)
@Route(value = "backoffice/pension-revisions", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class PensionRevisionsView extends VerticalLayout implements HasDynamicTitle {

    private static final int LATEST = 20;

    private final RevisionDesk desk;
    private final TextField fileNumber = new TextField();
    private final Div pension = new Div();
    private final Select<PensionRevision.Motive> motive = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField bankReference = new TextField();
    private final Div latest = new Div();

    PensionRevisionsView(RevisionDesk desk) {
        this.desk = desk;
        Locale locale = getLocale();
        add(new H1(getTranslation("retiree.revision.staff.title")),
                new Paragraph(getTranslation("retiree.revision.staff.intro", Formats.amount(desk.approvalThreshold(), locale))));

        fileNumber.setLabel(getTranslation("retiree.revision.staff.fileNumber"));
        fileNumber.addClassName("revision-file-number");
        fileNumber.addValueChangeListener(change -> showPension());
        pension.addClassName("revision-pension");
        motive.setLabel(getTranslation("retiree.revisions.motive"));
        motive.setItems(PensionRevision.Motive.values());
        motive.setItemLabelGenerator(m -> getTranslation("retiree.revisions.motive." + m.name()));
        motive.addClassName("revision-motive");
        amount.setLabel(getTranslation("retiree.revision.staff.amount"));
        amount.addClassName("revision-amount");
        bankReference.setLabel(getTranslation("retiree.revision.staff.bankReference"));
        bankReference.setHelperText(getTranslation("retiree.revision.staff.bankReferenceHelp"));
        bankReference.addClassName("revision-bank-reference");
        var record = new Button(getTranslation("retiree.revision.staff.record"), click -> record());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("record-revision");
        var form = new VerticalLayout(fileNumber, pension, motive, amount, bankReference, record);
        form.setPadding(false);
        add(new PageSection(getTranslation("retiree.revision.staff.new"), form));

        latest.addClassName("revisions-recorded");
        add(new PageSection(getTranslation("retiree.revision.staff.latest"), latest));
        refresh();
    }

    private void showPension() {
        pension.removeAll();
        if (fileNumber.isEmpty()) {
            return;
        }
        Optional<RevisedPension> found = desk.pension(fileNumber.getValue());
        if (found.isEmpty()) {
            pension.add(new Paragraph(getTranslation("retiree.revision.error.unknownPension")));
            return;
        }
        Locale locale = getLocale();
        RevisedPension revised = found.get();
        pension.add(new Facts()
                .add(getTranslation("retiree.review.holder"), revised.holderName())
                .add(getTranslation("retiree.revision.staff.current"), Formats.amount(revised.currentAmount(), locale))
                .add(getTranslation("retiree.revision.staff.from"), month(revised.nextMonthToPay(), locale)));
    }

    private void record() {
        try {
            Optional<RecordedRevision> recorded = desk.record(new NewRevision(fileNumber.getValue(), motive.getValue(),
                    amount.getValue(), bankReference.getValue()));
            if (recorded.isPresent()) {
                Feedback.done(this, "retiree.revision.staff.recorded", recorded.get().pensionFileNumber(),
                        month(recorded.get().effectiveMonth(), getLocale()));
            } else {
                Feedback.done(this, "retiree.revision.staff.proposed", fileNumber.getValue().strip());
            }
            fileNumber.clear();
            motive.clear();
            amount.clear();
            bankReference.clear();
            refresh();
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
        }
    }

    private void refresh() {
        latest.removeAll();
        Locale locale = getLocale();
        for (RecordedRevision revision : desk.latest(LATEST)) {
            var item = new Div();
            item.addClassName("revision-recorded");
            item.add(new Paragraph(revision.pensionFileNumber() + " — " + revision.holderName() + " — "
                    + getTranslation("retiree.revisions.motive." + revision.motive().name())));
            item.add(new Paragraph(getTranslation("retiree.revision.staff.line",
                    Formats.amount(revision.amountBefore(), locale), Formats.amount(revision.amount(), locale),
                    month(revision.effectiveMonth(), locale),
                    revision.bankReference() == null ? "—" : revision.bankReference() + " ("
                            + Formats.date(revision.paymentConfirmedOn(), locale) + ")",
                    revision.recordedBy() + (revision.approvedBy() == null ? "" : " / " + revision.approvedBy()),
                    Formats.dateTime(revision.recordedAt(), locale))));
            latest.add(item);
        }
        if (latest.getComponentCount() == 0) {
            latest.add(new Paragraph(getTranslation("retiree.revision.staff.none")));
        }
    }

    private static String month(LocalDate firstDay, Locale locale) {
        return Formats.month(YearMonth.from(firstDay), locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.pensionRevisions");
    }
}
