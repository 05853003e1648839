package ma.cimr.teleservices.account.recovery.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.account.recovery.CompanyDelegate;
import ma.cimr.teleservices.account.recovery.DelegateLetter;
import ma.cimr.teleservices.account.recovery.DelegateLetterDesk;
import ma.cimr.teleservices.account.recovery.DelegateLetterKind;
import ma.cimr.teleservices.account.recovery.NewDelegateLetter;
import ma.cimr.teleservices.account.recovery.RecordedLetter;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shared.ui.ScanUpload;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The Agence Virtuelle receives a signed, stamped letter about a company's user administrator:
 * the agent finds the company, records the letter (a service request with the charter's deadline)
 * with its scan and proposes sending what it asks for, which a second staff member approves on
 * {@code backoffice/approvals} (DD025). There is no password field here, and nothing secret comes
 * back: the delegate receives the link and chooses the password.
 */
@Menu(title = "nav.backoffice.delegateLetters", order = 3)
@Route(value = "backoffice/delegate-letters", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class DelegateLetterDeskView extends VerticalLayout implements HasDynamicTitle {

    private final DelegateLetterDesk desk;
    private final VerticalLayout company = new VerticalLayout();
    private final Paragraph result = new Paragraph();
    private final Grid<DelegateLetter> letters = new Grid<>();
    private @Nullable CompanyDelegate found;

    DelegateLetterDeskView(DelegateLetterDesk desk) {
        this.desk = desk;
        var adherent = new TextField(getTranslation("recovery.desk.adherentNumber"));
        adherent.addClassName("desk-adherent");
        var find = new Button(getTranslation("recovery.desk.find"), click -> find(adherent.getValue()));
        find.addClassName("desk-find");
        var search = new HorizontalLayout(adherent, find);
        search.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        company.setPadding(false);
        result.addClassName("desk-result");
        result.setVisible(false);
        letters.addColumn(l -> getTranslation("recovery.letter.title." + l.kind().name()))
                .setHeader(getTranslation("recovery.desk.kind")).setFlexGrow(2);
        letters.addColumn(l -> Formats.date(l.receivedOn(), getLocale())).setHeader(getTranslation("recovery.desk.receivedOn"));
        letters.addColumn(DelegateLetter::requestReference).setHeader(getTranslation("recovery.desk.request"));
        letters.addColumn(l -> l.processed()
                        ? getTranslation("recovery.desk.processedBy", l.processedBy(), Formats.dateTime(l.processedAt(), getLocale()))
                        : l.awaitingApproval() ? getTranslation("recovery.desk.awaitingApproval", l.proposedBy())
                        : getTranslation("recovery.desk.pending"))
                .setHeader(getTranslation("recovery.desk.status")).setFlexGrow(2);
        letters.addComponentColumn(this::processButton).setAutoWidth(true).setFlexGrow(0);
        letters.setAllRowsVisible(true);
        letters.setEmptyStateText(getTranslation("recovery.desk.none"));
        letters.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        letters.addClassName("desk-letters");
        add(new H1(getTranslation("recovery.desk.title")), new Paragraph(getTranslation("recovery.desk.intro")),
                new Anchor("delegate-letters", getTranslation("recovery.desk.blankLetters")), search, result, company);
    }

    private void find(String adherentNumber) {
        company.removeAll();
        result.setVisible(false);
        found = desk.findCompany(adherentNumber).orElse(null);
        if (found == null) {
            var none = new Paragraph(getTranslation("recovery.error.company"));
            none.addClassName("desk-not-found");
            company.add(none);
            return;
        }
        var facts = new Facts()
                .add(getTranslation("recovery.desk.company"), found.legalName() + " (" + found.adherentNumber() + ")")
                .add(getTranslation("recovery.desk.delegate"), found.hasDelegate()
                        ? found.delegateName() + " (" + found.delegateLogin() + ")" : null)
                .add(getTranslation("recovery.desk.delegateEmail"), found.delegateEmail() == null ? null
                        : found.delegateEmail() + " — " + getTranslation(found.emailConfirmed()
                        ? "recovery.desk.emailConfirmed" : "recovery.desk.emailUnconfirmed"));
        company.add(facts, recordForm(found), new PageSection(getTranslation("recovery.desk.letters"), letters));
        refresh();
    }

    private PageSection recordForm(CompanyDelegate shown) {
        var kind = new Select<DelegateLetterKind>();
        kind.setLabel(getTranslation("recovery.desk.kind"));
        kind.setItems(DelegateLetterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("recovery.letter.title." + k.name()));
        kind.addClassName("desk-kind");
        kind.setRequiredIndicatorVisible(true);
        var receivedOn = new PortalDatePicker(getTranslation("recovery.desk.receivedOn"));
        receivedOn.setValue(LocalDate.now(BusinessCalendar.ZONE));
        receivedOn.addClassName("desk-received-on");
        receivedOn.setRequiredIndicatorVisible(true);
        var channel = new Select<Channel>();
        channel.setLabel(getTranslation("recovery.desk.channel"));
        channel.setItems(Channel.POST, Channel.AGENCY);
        channel.setItemLabelGenerator(c -> getTranslation("request.channel." + c.name()));
        channel.setValue(Channel.POST);
        channel.addClassName("desk-channel");
        var newEmail = new EmailField(getTranslation("recovery.desk.newEmail"));
        newEmail.addClassName("desk-new-email");
        newEmail.setRequiredIndicatorVisible(true);
        newEmail.setVisible(false);
        kind.addValueChangeListener(event -> newEmail.setVisible(event.getValue() == DelegateLetterKind.EMAIL_UPDATE));
        // the signed letter's scan, joined to its request: the second person compares it (DD025)
        var scan = new ScanUpload(Attachments.MAX_BYTES, Attachments.ACCEPTED_TYPES);
        scan.addClassName("desk-scan");
        var record = new Button(getTranslation("recovery.desk.record"), click -> {
            if (kind.getValue() == null) {
                kind.setInvalid(true);
                kind.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                Attachment attachment = scan.scan()
                        .map(file -> new Attachment(file.fileName(), file.contentType(), file.content())).orElse(null);
                RecordedLetter recorded = desk.record(new NewDelegateLetter(shown.adherentNumber(), kind.getValue(),
                        receivedOn.getValue(), channel.getValue(), newEmail.getValue(), attachment));
                scan.clear();
                show(getTranslation("recovery.desk.recorded", recorded.requestReference(),
                        Formats.date(recorded.dueDate(), getLocale())));
                refresh();
            } catch (Refusal e) {
                show(getTranslation(e.key(), e.arguments()));
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("desk-record");
        return new PageSection(getTranslation("recovery.desk.recordTitle"),
                new FormLayout(kind, receivedOn, channel, newEmail), new Paragraph(getTranslation("recovery.desk.scan")),
                scan, record);
    }

    private Button processButton(DelegateLetter letter) {
        var process = new Button(getTranslation("recovery.desk.process." + letter.kind().name()), click -> {
            try {
                desk.process(letter.id());
                show(getTranslation("recovery.desk.proposed." + letter.kind().name()));
            } catch (Refusal e) {
                show(getTranslation(e.key(), e.arguments()));
            }
            refresh();
        });
        process.addClassName("desk-process");
        process.setVisible(!letter.processed() && !letter.awaitingApproval());
        return process;
    }

    private void show(String text) {
        result.setText(text);
        result.setVisible(true);
    }

    private void refresh() {
        if (found != null) {
            letters.setItems(desk.letters(found.adherentNumber()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.desk.title");
    }
}
