package ma.cimr.teleservices.membership.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.membership.DocumentInfo;
import ma.cimr.teleservices.membership.MembershipApplication;
import ma.cimr.teleservices.membership.MembershipCase;
import ma.cimr.teleservices.membership.MembershipDesk;
import ma.cimr.teleservices.membership.MembershipDocument;
import ma.cimr.teleservices.membership.MembershipForm;
import ma.cimr.teleservices.membership.MembershipStatus;
import ma.cimr.teleservices.membership.StaffCategory;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * One application as staff review it: the company's identity, its people, its staff by category,
 * the offer chosen and the papers; its service request's due date (adhérents n°6); then asking for
 * missing papers (the clock pauses), accepting (the member company is created and invited to
 * subscribe) or refusing with a reason.
 */
@Route(value = "backoffice/memberships/:reference", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class MembershipCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MembershipDesk desk;
    private String reference = "";

    MembershipCaseView(MembershipDesk desk) {
        this.desk = desk;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        try {
            desk.detail(reference);
        } catch (Refusal e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        MembershipCase workCase = desk.detail(reference);
        MembershipApplication application = workCase.application();
        MembershipForm form = application.form();
        var status = new Span(getTranslation("membership.status." + application.status()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("membership-status");
        add(new RouterLink(getTranslation("membership.backoffice.back"), MembershipsView.class),
                new H1(getTranslation("membership.backoffice.case", reference)), status);
        RequestSummary request = workCase.request();
        if (request != null) {
            var due = new Paragraph(getTranslation("membership.backoffice.due", request.reference(),
                    Formats.date(request.dueDate(), locale), getTranslation("request.status." + request.status())));
            due.addClassName("membership-due");
            add(due, new Anchor("backoffice/requests/" + request.reference(), request.reference()));
        }
        if (application.adherentNumber() != null) {
            var member = new Paragraph(getTranslation("membership.status.accepted", application.adherentNumber()));
            member.addClassName("membership-adherent-number");
            add(member);
        }
        if (application.refusalReason() != null) {
            add(new Paragraph(getTranslation("membership.status.reason", application.refusalReason())));
        }
        if (application.missingDocuments() != null) {
            add(new Paragraph(getTranslation("membership.status.missing", application.missingDocuments())));
        }
        add(actions(application));
        var categories = new Grid<StaffCategory>();
        categories.addColumn(StaffCategory::code).setHeader(getTranslation("membership.category.code"));
        categories.addColumn(StaffCategory::label).setHeader(getTranslation("membership.category.label"));
        categories.addColumn(StaffCategory::headcount).setHeader(getTranslation("membership.category.headcount"));
        categories.addColumn(c -> Formats.amount(c.yearlyPayroll(), locale))
                .setHeader(getTranslation("membership.category.payroll"));
        categories.setItems(form.categories());
        categories.setAllRowsVisible(true);
        categories.addClassName("membership-categories");
        var documents = new VerticalLayout();
        documents.setPadding(false);
        for (DocumentInfo document : workCase.documents()) {
            documents.add(download(document));
        }
        add(new PageSection(getTranslation("membership.section.identity"), new Facts()
                        .add(getTranslation("membership.field.legalName"), form.legalName())
                        .addLeftToRight(getTranslation("membership.field.rc"), form.rcNumber())
                        .addLeftToRight(getTranslation("membership.field.ice"), form.ice())
                        .addLeftToRight(getTranslation("membership.field.patente"), form.patenteNumber())
                        .addLeftToRight(getTranslation("membership.field.taxIdentifier"), form.taxIdentifier())
                        .addLeftToRight(getTranslation("membership.field.cnss"), form.cnssNumber())
                        .add(getTranslation("membership.field.address"), form.addressLine() + ", " + form.city())
                        .add(getTranslation("membership.field.activity"), form.activity())),
                new PageSection(getTranslation("membership.section.people"), new Facts()
                        .add(getTranslation("membership.field.headName"), form.headName() + " — " + form.headFunction())
                        .add(getTranslation("membership.field.contactName"), form.contactName())
                        .addLeftToRight(getTranslation("membership.field.contactEmail"), form.contactEmail())
                        .addLeftToRight(getTranslation("membership.field.contactPhone"), form.contactPhone())),
                new PageSection(getTranslation("membership.section.offer"), new Facts()
                        .add(getTranslation("membership.field.step"), getTranslation("membership.step.label",
                                Formats.rate(application.employeeRate(), locale),
                                Formats.rate(application.employerRate(), locale)))
                        .add(getTranslation("membership.option.MOUBAKKIR"), getTranslation(form.moubakkir() ? "common.yes" : "common.no"))
                        .add(getTranslation("membership.option.MOUSABBAK"), getTranslation(form.mousabbak() ? "common.yes" : "common.no"))),
                new PageSection(getTranslation("membership.section.staff"), categories),
                new PageSection(getTranslation("membership.section.documents"), documents));
    }

    private VerticalLayout actions(MembershipApplication application) {
        var actions = new VerticalLayout();
        actions.setPadding(false);
        MembershipStatus status = application.status();
        if (status == MembershipStatus.AWAITING_EMAIL || status.decided()) {
            return actions;
        }
        if (status == MembershipStatus.SUBMITTED) {
            var missing = new TextArea(getTranslation("membership.backoffice.missing"));
            missing.setWidthFull();
            missing.addClassName("missing-documents");
            var ask = new Button(getTranslation("membership.backoffice.ask"),
                    click -> act(() -> desk.askForDocuments(reference, missing.getValue()), "membership.backoffice.asked"));
            ask.addClassName("ask-documents");
            var accept = new Button(getTranslation("membership.backoffice.accept"),
                    click -> act(() -> desk.accept(reference), "membership.backoffice.accepted"));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            accept.addClassName("accept-membership");
            actions.add(missing, ask, new Paragraph(getTranslation("membership.backoffice.acceptText")), accept);
        }
        var reason = new TextArea(getTranslation("membership.backoffice.reason"));
        reason.setWidthFull();
        reason.addClassName("refusal-reason");
        var refuse = new Button(getTranslation("membership.backoffice.refuse"),
                click -> act(() -> desk.refuse(reference, reason.getValue()), "membership.backoffice.refused"));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClassName("refuse-membership");
        actions.add(reason, refuse);
        return actions;
    }

    private Anchor download(DocumentInfo document) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            MembershipDocument file = desk.document(reference, document.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), getTranslation(document.kind().labelKey()) + " — " + document.fileName());
        link.addClassName("membership-document");
        return link;
    }

    /** Runs a decision; a refusal is shown in the user's language and the page stays as it was. */
    private void act(Runnable action, String doneKey) {
        if (Feedback.attempt(this, action)) {
            Feedback.done(this, doneKey);
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.backoffice.case", reference);
    }
}
