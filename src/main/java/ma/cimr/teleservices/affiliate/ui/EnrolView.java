package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.affiliate.EnrolmentApplication;
import ma.cimr.teleservices.affiliate.Enrolments;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.Matricule;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Opening one's affiliate space (enrolment). Whatever was typed, the same answer: an e-mail was
 * sent, to the address the employer declared, if the details match an affiliate without an
 * account and such an address is on record, so nobody learns who is affiliated.
 * The page was {@code subscribe} before it was named after what it does; that address still works.
 */
@Route(value = "enrol", layout = PublicLayout.class)
@RouteAlias(value = "subscribe", layout = PublicLayout.class)
@AnonymousAllowed
class EnrolView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Enrolments enrolments;

    EnrolView(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    /** A fresh form at every visit, even when the last one ended on the "e-mail sent" message. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var matricule = new TextField(getTranslation("affiliate.matricule"));
        var cin = new TextField(getTranslation("affiliate.cin"));
        var birthDate = new PortalDatePicker(getTranslation("affiliate.birthDate"));
        birthDate.setMax(LocalDate.now().minusYears(15));
        // the calendar opens among birth years, not on today
        birthDate.setInitialPosition(LocalDate.now().minusYears(40));
        String required = getTranslation("validation.required");
        var binder = new Binder<Draft>();
        binder.forField(matricule).asRequired(required)
                .withValidator(Matricule::isOne, getTranslation("enrolment.error.matricule"))
                .bind(d -> d.matricule, (d, v) -> d.matricule = v);
        binder.forField(cin).asRequired(required)
                .withValidator(Cin::isOne, getTranslation("enrolment.error.cin"))
                .bind(d -> d.cin, (d, v) -> d.cin = v);
        binder.forField(birthDate).asRequired(required).bind(d -> d.birthDate, (d, v) -> d.birthDate = v);
        var draft = new Draft();
        binder.setBean(draft);

        var send = new Button(getTranslation("enrolment.send"), click -> {
            LocalDate born = draft.birthDate;
            if (!binder.validate().isOk() || born == null) {
                // the binder says under each field what is missing (the birth date is required)
                return;
            }
            try {
                enrolments.apply(new EnrolmentApplication(draft.matricule, draft.cin, born), getLocale());
            } catch (Refusal refusal) {
                Feedback.refused(this, refusal);
                return;
            }
            removeAll();
            var done = new Paragraph(getTranslation("enrolment.sent"));
            done.addClassName("enrolment-sent");
            add(new H1(getTranslation("enrolment.title")), done);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-enrolment");
        add(new H1(getTranslation("enrolment.title")), new Paragraph(getTranslation("enrolment.intro")),
                new FormLayout(matricule, cin, birthDate), send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enrolment.title");
    }

    private static final class Draft {
        private String matricule = "";
        private String cin = "";
        private @Nullable LocalDate birthDate;
    }
}
