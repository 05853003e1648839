package ma.cimr.teleservices.declaration.ui.backoffice;

import ma.cimr.teleservices.declaration.DeclarationStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.ContributionRecalls;
import ma.cimr.teleservices.declaration.DeclarationCancellations;
import ma.cimr.teleservices.declaration.DeclarationProcessing;
import ma.cimr.teleservices.declaration.DeclarationToProcess;
import ma.cimr.teleservices.declaration.LineToProcess;
import ma.cimr.teleservices.declaration.Newcomer;
import ma.cimr.teleservices.declaration.PendingCancellation;
import ma.cimr.teleservices.request.ui.RequestFacts;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One declaration as staff work it: its facts and charter clock, its lines (read a page at a time:
 * 20 000 lines), the newcomers to immatriculate, and what can be done now: take it in charge,
 * process it, accept or refuse a recall, accept or refuse a pending cancellation.
 */
@Route(value = "backoffice/declarations/:id", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class DeclarationCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeclarationProcessing processing;
    private final DeclarationCancellations cancellations;
    private final ContributionRecalls recalls;
    private long id;

    DeclarationCaseView(DeclarationProcessing processing, DeclarationCancellations cancellations, ContributionRecalls recalls) {
        this.processing = processing;
        this.cancellations = cancellations;
        this.recalls = recalls;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render(processing.find(id));
        } catch (NumberFormatException | Refusal e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(DeclarationToProcess d) {
        Locale locale = getLocale();
        removeAll();
        add(new H1(getTranslation("declaration.processing.case.title", d.duePeriod().toString(), d.companyName())));
        var facts = new Facts()
                .add(getTranslation("declaration.processing.company"), d.adherentNumber() + " " + d.companyName())
                .add(getTranslation("declaration.processing.period"), d.duePeriod().toString())
                .add(getTranslation("declaration.processing.category"), d.categoryCode() + " — " + d.categoryLabel())
                .add(getTranslation("declaration.processing.kind"), getTranslation("declaration.processing.kind." + d.kind()))
                .add(getTranslation("declaration.processing.status"), getTranslation("declaration.processing.status." + d.status()))
                .add(getTranslation("declaration.processing.lines"), String.valueOf(d.lineCount()))
                .add(getTranslation("declaration.processing.salaries"), Formats.amount(d.totalSalary(), locale))
                .add(getTranslation("declaration.processing.employee"), Formats.amount(d.totalEmployee(), locale))
                .add(getTranslation("declaration.processing.employer"), Formats.amount(d.totalEmployer(), locale))
                .add(getTranslation("declaration.processing.filedAt"), Formats.dateTime(d.filedAt(), locale))
                .add(getTranslation("request.dueDate"), Formats.date(d.dueDate(), locale))
                .add(getTranslation("declaration.processing.processedAt"), Formats.dateTime(d.processedAt(), locale))
                .add(getTranslation("declaration.processing.cancelledAt"), Formats.dateTime(d.cancelledAt(), locale));
        if (d.recallMotive() != null) {
            facts.add(getTranslation("declaration.recall.motive"), d.recallMotive());
        }
        if (d.cancellationReason() != null) {
            facts.add(getTranslation("declaration.processing.reason"), d.cancellationReason());
        }
        add(facts);
        if (d.light() != null) {
            add(RequestFacts.light(d.light(), this::getTranslation));
        }
        if (d.requestReference() != null) {
            add(new Anchor("backoffice/requests/" + d.requestReference(),
                    getTranslation("declaration.processing.request", d.requestReference())));
        }
        if (d.awaitsProcessing()) {
            add(d.isRecall() ? recallDecision(d) : processingActions(d));
        }
        cancellations.pending(d.id()).ifPresent(c -> add(cancellationDecision(c)));
        add(new H2(getTranslation("declaration.processing.lines")), lines(locale));
    }

    private VerticalLayout processingActions(DeclarationToProcess d) {
        var actions = new VerticalLayout();
        actions.setPadding(false);
        Map<String, PortalDatePicker> birthDates = new LinkedHashMap<>();
        var newcomers = processing.newcomers(d.id());
        if (!newcomers.isEmpty()) {
            actions.add(new H2(getTranslation("declaration.processing.newcomers")));
            for (Newcomer newcomer : newcomers) {
                if (newcomer.knownMatricule() != null) {
                    actions.add(new Paragraph(getTranslation("declaration.processing.newcomer.known", newcomer.cin(),
                            newcomer.fullName(), newcomer.knownMatricule())));
                } else {
                    var birthDate = new PortalDatePicker(getTranslation("declaration.processing.newcomer.birthDate",
                            newcomer.cin(), newcomer.fullName()));
                    birthDate.addClassName("birth-date");
                    birthDates.put(newcomer.cin(), birthDate);
                    actions.add(birthDate);
                }
            }
        }
        var take = new Button(getTranslation("declaration.processing.takeCharge"), click -> {
            if (Feedback.attempt(this, () -> processing.takeCharge(id))) {
                Feedback.done(this, "declaration.processing.taken");
                render(processing.find(id));
            }
        });
        take.addClassName("take-charge");
        take.setEnabled(d.status() == DeclarationStatus.FILED);
        var process = new Button(getTranslation("declaration.processing.process"));
        process.addClickListener(click -> {
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            birthDates.forEach((cin, picker) -> {
                if (picker.getValue() != null) {
                    dates.put(cin, picker.getValue());
                }
            });
            process.setEnabled(false);
            boolean done = Feedback.attempt(this, () -> {
                var processed = processing.process(id, dates);
                Feedback.done(this, "declaration.processing.done", processed.monthsPosted(),
                        String.join(", ", processed.newMatricules()));
            });
            if (done) {
                render(processing.find(id));
            } else {
                process.setEnabled(true);
            }
        });
        process.addClassName("process");
        process.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a double click sends one processing; the row lock refuses any other (DD028)
        process.setDisableOnClick(true);
        actions.add(new HorizontalLayout(take, process));
        return actions;
    }

    private VerticalLayout recallDecision(DeclarationToProcess d) {
        String request = d.requestReference();
        if (request == null) {
            // a recall is filed with its request, which the decision answers: without one there is nothing to decide
            return new VerticalLayout();
        }
        var reason = new TextArea(getTranslation("declaration.processing.refusalReason"));
        reason.setWidthFull();
        var accept = new Button(getTranslation("declaration.recall.accept"), click -> {
            if (Feedback.attempt(this, () -> recalls.accept(request))) {
                Feedback.done(this, "declaration.recall.accepted");
                render(processing.find(id));
            }
        });
        accept.addClassName("accept-recall");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var refuse = new Button(getTranslation("declaration.recall.refuse"), click -> {
            if (Feedback.attempt(this, () -> recalls.refuse(request, reason.getValue()))) {
                Feedback.done(this, "declaration.recall.refused");
                render(processing.find(id));
            }
        });
        refuse.addClassName("refuse-recall");
        var box = new VerticalLayout(new H2(getTranslation("declaration.recall.decision")), reason, new HorizontalLayout(accept, refuse));
        box.setPadding(false);
        return box;
    }

    private VerticalLayout cancellationDecision(PendingCancellation c) {
        var reason = new TextArea(getTranslation("declaration.processing.refusalReason"));
        reason.setWidthFull();
        var accept = new Button(getTranslation("declaration.cancellation.accept"), click -> {
            if (Feedback.attempt(this, () -> cancellations.accept(c.reference()))) {
                Feedback.done(this, "declaration.cancellation.accepted");
                render(processing.find(id));
            }
        });
        accept.addClassName("accept-cancellation");
        var refuse = new Button(getTranslation("declaration.cancellation.refuse"), click -> {
            if (Feedback.attempt(this, () -> cancellations.refuse(c.reference(), reason.getValue()))) {
                Feedback.done(this, "declaration.cancellation.refused");
                render(processing.find(id));
            }
        });
        refuse.addClassName("refuse-cancellation");
        var box = new VerticalLayout(new H2(getTranslation("declaration.cancellation.pending", c.reference())),
                new Paragraph(getTranslation("declaration.cancellation.object." + c.object())
                        + (c.details() == null ? "" : " — " + c.details())),
                reason, new HorizontalLayout(accept, refuse));
        box.setPadding(false);
        return box;
    }

    private Grid<LineToProcess> lines(Locale locale) {
        var grid = new Grid<LineToProcess>();
        grid.addClassName("declaration-lines");
        grid.addColumn(LineToProcess::lineNumber).setHeader("#").setAutoWidth(true);
        grid.addColumn(l -> l.matricule() == null ? "" : l.matricule()).setHeader(getTranslation("declaration.processing.matricule"));
        grid.addColumn(l -> l.cin() == null ? "" : l.cin() + " " + l.fullName()).setHeader(getTranslation("declaration.processing.newcomer"));
        grid.addColumn(l -> Formats.amount(l.salary(), locale)).setHeader(getTranslation("declaration.processing.salary"));
        grid.addColumn(LineToProcess::daysWorked).setHeader(getTranslation("declaration.processing.days")).setAutoWidth(true);
        grid.addColumn(l -> Formats.date(l.entryDate(), locale)).setHeader(getTranslation("declaration.processing.entry"));
        grid.addColumn(l -> Formats.date(l.exitDate(), locale)).setHeader(getTranslation("declaration.processing.exit"));
        grid.addColumn(l -> Formats.amount(l.employeeAmount(), locale)).setHeader(getTranslation("declaration.processing.employee"));
        grid.addColumn(l -> Formats.amount(l.employerAmount(), locale)).setHeader(getTranslation("declaration.processing.employer"));
        grid.setItems(query -> processing.lines(id, query.getOffset(), query.getLimit()).stream(),
                query -> processing.find(id).lineCount());
        grid.setHeight("32em");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.processing.queue.title");
    }
}
