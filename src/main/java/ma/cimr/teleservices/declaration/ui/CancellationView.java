package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.CancellationObject;
import ma.cimr.teleservices.declaration.DeclarationCancellations;
import ma.cimr.teleservices.declaration.DeclarationToProcess;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.util.Locale;

/**
 * Téléannulation (adhérents n°4): the declarant picks the object of the cancellation, sees what
 * will be cancelled (period, category, totals) and validates; the request that carries the clock
 * is filed by the portal. The cancellations and recalls already asked are listed below.
 */
@Route(value = "company/declarations/:id/cancellation", layout = CompanyLayout.class)
@RolesAllowed(Roles.DECLARATION)
class CancellationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeclarationCancellations cancellations;
    private long id;

    CancellationView(DeclarationCancellations cancellations) {
        this.cancellations = cancellations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render(cancellations.mine(id));
        } catch (NumberFormatException | Refusal e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(DeclarationToProcess declaration) {
        Locale locale = getLocale();
        removeAll();
        add(new H1(getTranslation("declaration.cancellation.title")), DeclarationFacts.of(this, declaration, locale));
        try {
            cancellations.cancellable(id);
            add(form());
        } catch (Refusal refusal) {
            add(new Paragraph(getTranslation(refusal.key(), refusal.arguments())));
        }
        add(new H2(getTranslation("declaration.request.title")),
                DeclarationFacts.requests(this, cancellations.requestsOf(id), locale),
                new Anchor("company/declarations/" + id, getTranslation("declaration.request.back")));
    }

    private VerticalLayout form() {
        var object = new Select<CancellationObject>();
        object.addClassName("cancellation-object");
        object.setLabel(getTranslation("declaration.cancellation.object"));
        object.setItems(CancellationObject.values());
        object.setItemLabelGenerator(o -> getTranslation("declaration.cancellation.object." + o));
        var details = new TextArea(getTranslation("declaration.cancellation.details"));
        details.addClassName("cancellation-details");
        details.setMaxLength(500);
        details.setWidthFull();
        var validate = new Button(getTranslation("declaration.cancellation.validate"), click -> {
            if (object.getValue() == null) {
                Feedback.problem(this, "declaration.cancellation.error.objectRequired");
                return;
            }
            RequestReceipt[] receipt = new RequestReceipt[1];
            if (Feedback.attempt(this, () -> receipt[0] = cancellations.request(id, object.getValue(), details.getValue(), getLocale()))) {
                Feedback.done(this, "declaration.cancellation.filed", receipt[0].reference(),
                        Formats.date(receipt[0].dueDate(), getLocale()));
                render(cancellations.mine(id));
            }
        });
        validate.addClassName("validate-cancellation");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new VerticalLayout(new Paragraph(getTranslation("declaration.cancellation.explain")), object, details, validate);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.cancellation.title");
    }
}
