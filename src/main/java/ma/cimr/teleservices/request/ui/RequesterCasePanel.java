package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestLevel;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A request as its requester follows it: the facts, the timeline, and what they may do next:
 * escalate a complaint in one click (the form comes pre-filled with the case history), or rate
 * the answer once the request is closed.
 */
class RequesterCasePanel extends VerticalLayout {

    private final Supplier<RequestDetail> load;
    private final Consumer<String> escalate;
    private final BiConsumer<Integer, String> rate;
    private final LongFunction<Attachment> download;

    RequesterCasePanel(Supplier<RequestDetail> load, Consumer<String> escalate, BiConsumer<Integer, String> rate,
                       LongFunction<Attachment> download) {
        this.load = load;
        this.download = download;
        this.escalate = escalate;
        this.rate = rate;
        addClassName("requester-case");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        RequestDetail detail = load.get();
        Locale locale = getLocale();
        add(RequestFacts.of(detail, locale, this::getTranslation));
        var description = new Paragraph(detail.description());
        // in its own direction: a French request read in an Arabic page keeps its punctuation in place
        description.getElement().setAttribute("dir", "auto");
        add(new H2(getTranslation("request.description")), description);
        if (!detail.attachments().isEmpty()) {
            add(new H2(getTranslation("request.attachments")), new AttachmentList(detail.attachments(), download));
        }
        add(new H2(getTranslation("request.timeline")), new Timeline(detail.timeline(), locale));
        if (detail.mayEscalate()) {
            add(escalation(detail));
        }
        if (detail.mayRate() && detail.rating() == null) {
            add(rating());
        } else if (detail.rating() != null) {
            add(new Paragraph(getTranslation("request.rating.given", detail.rating())));
        }
    }

    private VerticalLayout escalation(RequestDetail detail) {
        RequestLevel next = detail.summary().level() == RequestLevel.FUND ? RequestLevel.CONCILIATION : RequestLevel.MEDIATION;
        var explanation = new Paragraph(getTranslation("request.escalate.explain." + next));
        var open = new Button(getTranslation("request.escalate." + next), event -> confirmEscalation(detail, next));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("escalate-button");
        var section = new VerticalLayout(new H2(getTranslation("request.escalate.title")), explanation, open);
        section.setPadding(false);
        return section;
    }

    private void confirmEscalation(RequestDetail detail, RequestLevel next) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("request.escalate." + next));
        var reason = new TextArea(getTranslation("request.escalate.reason"));
        reason.setWidthFull();
        reason.setValue(getTranslation("request.escalate.prefill", detail.summary().reference()) + "\n\n"
                + Timeline.asText(detail.timeline(), getLocale(), this::getTranslation));
        var confirm = new Button(getTranslation("request.escalate.confirm"), event -> {
            try {
                escalate.accept(reason.getValue());
                dialog.close();
                Feedback.done(this, "request.escalate.done");
                refresh();
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private VerticalLayout rating() {
        var score = new RadioButtonGroup<Integer>(getTranslation("request.rating.question"));
        score.setItems(5, 4, 3, 2, 1);
        score.setItemLabelGenerator(value -> getTranslation("request.rating.score." + value));
        var comment = new TextArea(getTranslation("request.rating.comment"));
        comment.setWidthFull();
        var send = new Button(getTranslation("request.rating.send"), event -> {
            if (score.getValue() == null) {
                score.setInvalid(true);
                score.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                rate.accept(score.getValue(), comment.getValue());
                Feedback.done(this, "request.rating.thanks");
                refresh();
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        });
        send.addClassName("rate-button");
        var section = new VerticalLayout(new H2(getTranslation("request.rating.title")), score, comment, send);
        section.setPadding(false);
        return section;
    }
}
