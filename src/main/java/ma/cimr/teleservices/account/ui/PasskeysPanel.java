package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import ma.cimr.teleservices.account.Passkey;
import ma.cimr.teleservices.account.Passkeys;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;

import java.time.Instant;

/**
 * The passkeys part of a « Sécurité du compte » page (DD031), for every space: the person's
 * passkeys with their label and dates, « Ajouter une clé d'accès » after the password typed again,
 * and the removal of one, with the password too.
 */
class PasskeysPanel extends VerticalLayout {

    private final Passkeys passkeys;
    private final Runnable changed;

    PasskeysPanel(Passkeys passkeys, Runnable changed) {
        this.passkeys = passkeys;
        this.changed = changed;
        addClassName("passkeys-panel");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("passkeys.title")), new Paragraph(getTranslation("passkeys.help")));
        var password = new PasswordField(getTranslation("password.confirmation.label"));
        password.addClassName("passkeys-password");
        var list = new Div();
        list.addClassName("passkeys-list");
        var mine = passkeys.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("passkeys.none")));
        }
        for (Passkey passkey : mine) {
            list.add(row(passkey, password));
        }
        var label = new TextField(getTranslation("passkeys.label"));
        label.addClassName("passkeys-label");
        label.setMaxLength(Passkeys.MAX_LABEL_LENGTH);
        label.setPlaceholder(getTranslation("passkeys.label.example"));
        var add = new Button(getTranslation("passkeys.add"), click -> add(label.getValue(), password.getValue()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("passkeys-add");
        add(list, label, password, add);
    }

    private Div row(Passkey passkey, PasswordField password) {
        var name = new Span(passkey.label());
        name.addClassName("passkey-label");
        var dates = new Span(getTranslation("passkeys.dates", Formats.dateTime(passkey.created(), getLocale()),
                Formats.dateTime(passkey.lastUsed(), getLocale())));
        var remove = new Button(getTranslation("passkeys.remove"), click -> {
            if (Feedback.attempt(this, () -> passkeys.removeMine(passkey.id(), password.getValue()))) {
                Feedback.done(this, "passkeys.removed", passkey.label());
                show();
                changed.run();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("passkey-remove");
        var row = new Div(name, new Span(" — "), dates, remove);
        row.addClassName("passkey");
        return row;
    }

    /** The password first, on the server; then the browser creates the passkey within the allowed minutes. */
    private void add(String label, String password) {
        Instant until;
        try {
            until = passkeys.allowNewPasskey(label, password);
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
            return;
        }
        VaadinSession.getCurrent().getSession().setAttribute(Passkeys.REGISTRATION_ALLOWED_UNTIL, until);
        PasskeyScript.register(this, label.strip(), next -> {
            Feedback.done(this, "passkeys.added", label.strip());
            show();
            changed.run();
        }, failure -> Feedback.problem(this, "passkeys.error.browser"));
    }
}
