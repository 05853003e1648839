package ma.cimr.teleservices.request.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.audit.PersonFile;
import ma.cimr.teleservices.audit.StaffAccesses;
import ma.cimr.teleservices.audit.ui.AccessReasonGate;
import ma.cimr.teleservices.request.AnswerTemplate;
import ma.cimr.teleservices.request.CaseStep;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ui.AttachmentList;
import ma.cimr.teleservices.request.ui.RequestFacts;
import ma.cimr.teleservices.request.ui.Timeline;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.Locale;

/**
 * One request as staff work it: the facts and the requester's contact, the whole timeline with
 * internal notes, and the actions: take it, note, wait for the requester, resume, announce a
 * delay, answer from a template in the requester's language.
 */
@Route(value = "backoffice/requests/:reference", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CONCILIATOR})
class RequestCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestDesk desk;
    private final StaffAccesses accesses;
    private String reference = "";

    RequestCaseView(RequestDesk desk, StaffAccesses accesses) {
        this.desk = desk;
        this.accesses = accesses;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        try {
            desk.detail(reference);
        } catch (RequestNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // another team's request, e.g. a complaint now with the conciliation service
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        // a requester with a login reads who opened their request and why (DD041); a visitor's has no reader
        var requester = desk.requesterAccount(reference);
        if (requester.isPresent()) {
            AccessReasonGate.guard(this, accesses, PersonFile.account(requester.get()), "backoffice/requests/" + reference,
                    this::render);
        } else {
            render();
        }
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        RequestDetail detail = desk.detail(reference);
        add(new H1(getTranslation("request.title", reference)),
                RequestFacts.light(detail.summary().trafficLight(), this::getTranslation),
                RequestFacts.of(detail, locale, this::getTranslation),
                new H2(getTranslation("request.requester")),
                new Facts().add(getTranslation("request.contactName"), detail.contactName())
                        .add(getTranslation("request.contactEmail"), detail.contactEmail())
                        .addLeftToRight(getTranslation("request.contactPhone"), detail.contactPhone())
                        .add(getTranslation("request.channel"), getTranslation("request.channel." + detail.channel()))
                        .add(getTranslation("request.language"), getTranslation("language." + detail.language())),
                new H2(getTranslation("request.description")), description(detail.description()));
        if (!detail.attachments().isEmpty()) {
            add(new H2(getTranslation("request.attachments")),
                    new AttachmentList(detail.attachments(), id -> desk.attachment(reference, id)));
        }
        // e.g. a paid buy-back's points are credited (and the request answered) on the affiliate's side
        for (CaseStep step : desk.steps(detail.summary())) {
            var link = new Anchor(step.route(), getTranslation(step.labelKey()));
            link.addClassName(step.name() + "-link");
            add(link);
        }
        if (detail.summary().status().isOpen()) {
            add(actions(detail));
        } else {
            add(reopening());
        }
        add(new H2(getTranslation("request.timeline")), new Timeline(detail.timeline(), locale));
    }

    private VerticalLayout actions(RequestDetail detail) {
        var take = new Button(getTranslation("request.action.assignToMe"), click -> act(() -> desk.assignToMe(reference)));
        take.addClassName("assign-to-me");

        var note = new TextArea(getTranslation("request.action.note"));
        note.setWidthFull();
        var addNote = new Button(getTranslation("request.action.addNote"), click -> act(() -> desk.note(reference, note.getValue())));

        var missing = new TextArea(getTranslation("request.action.missing"));
        missing.setWidthFull();
        var wait = new Button(getTranslation("request.action.wait"), click -> act(() -> desk.waitForRequester(reference, missing.getValue())));
        var resume = new Button(getTranslation("request.action.resume"), click -> act(() -> desk.resume(reference)));
        boolean waiting = detail.summary().status() == RequestStatus.WAITING_FOR_REQUESTER;
        wait.setEnabled(!waiting);
        resume.setEnabled(waiting);

        var newDate = new PortalDatePicker(getTranslation("request.action.newDueDate"));
        newDate.setMin(detail.summary().dueDate().plusDays(1));
        var delayReason = new TextArea(getTranslation("request.action.delayReason"));
        delayReason.setWidthFull();
        var delay = new Button(getTranslation("request.action.announceDelay"), click -> {
            if (newDate.getValue() == null) {
                newDate.setInvalid(true);
                newDate.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            act(() -> desk.announceDelay(reference, newDate.getValue(), delayReason.getValue()));
        });
        delay.addClassName("announce-delay");

        var template = new Select<AnswerTemplate>();
        template.setLabel(getTranslation("request.action.template"));
        template.setItems(desk.templates(templateLanguage(detail.language())));
        template.setItemLabelGenerator(AnswerTemplate::title);
        var answer = new TextArea(getTranslation("request.action.answer"));
        answer.setWidthFull();
        answer.setMinHeight("10rem");
        template.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                answer.setValue(event.getValue().body());
            }
        });
        var send = new Button(getTranslation("request.action.sendAnswer"), click -> act(() -> desk.answer(reference, answer.getValue())));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-answer");

        var layout = new VerticalLayout(new H2(getTranslation("request.actions")), take,
                new Details(getTranslation("request.action.answerTitle"), new VerticalLayout(template, answer, send)),
                new Details(getTranslation("request.action.delayTitle"), new VerticalLayout(newDate, delayReason, delay)),
                new Details(getTranslation("request.action.waitTitle"), new VerticalLayout(missing, new HorizontalLayout(wait, resume))),
                new Details(getTranslation("request.action.noteTitle"), new VerticalLayout(note, addNote)));
        layout.setPadding(false);
        return layout;
    }

    private Details reopening() {
        var reason = new TextArea(getTranslation("request.action.reopenReason"));
        reason.setWidthFull();
        var reopen = new Button(getTranslation("request.action.reopen"), click -> act(() -> desk.reopen(reference, reason.getValue())));
        reopen.addClassName("reopen");
        return new Details(getTranslation("request.action.reopenTitle"), new VerticalLayout(reason, reopen));
    }

    /** Runs an action; a refused one says why in the user's language and changes nothing. */
    private void act(Runnable action) {
        try {
            action.run();
            Feedback.done(this, "request.action.done");
            render();
        } catch (Refusal e) {
            Feedback.refused(this, e);
        }
    }

    private static String templateLanguage(String language) {
        return switch (language) {
            case "ar", "en" -> language;
            default -> "fr";
        };
    }

    /** As the requester wrote it, in its own direction: a French request in an Arabic page keeps its punctuation in place. */
    private static Paragraph description(String text) {
        var description = new Paragraph(text);
        description.getElement().setAttribute("dir", "auto");
        return description;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.title", reference);
    }
}
