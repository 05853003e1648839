package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.EmailChanges;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The link sent to a new e-mail address. Opening it is the proof; a button still asks for the
 * click, so a mail scanner that fetches links does not confirm an address on its own.
 */
@Route(value = "confirm-email", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmailChanges emailChanges;

    ConfirmEmailView(EmailChanges emailChanges) {
        this.emailChanges = emailChanges;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        add(new H1(getTranslation("email.confirm.title")));
        if (token.isBlank() || !emailChanges.linkIsValid(token)) {
            add(new Paragraph(getTranslation("email.error.link")));
            return;
        }
        var confirm = new Button(getTranslation("email.confirm.action"), click -> {
            removeAll();
            String address;
            try {
                address = emailChanges.confirm(token);
            } catch (IllegalArgumentException e) {
                add(new H1(getTranslation("email.confirm.title")), new Paragraph(getTranslation("email.error.link")));
                return;
            }
            var done = new Paragraph(getTranslation("email.confirm.done", address));
            done.addClassName("email-confirmed");
            add(new H1(getTranslation("email.confirm.title")), done, new Anchor("login", getTranslation("action.login")));
        });
        confirm.addClassName("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("email.confirm.intro")), confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.confirm.title");
    }
}
