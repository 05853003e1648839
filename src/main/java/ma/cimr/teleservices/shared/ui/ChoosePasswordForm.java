package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import ma.cimr.teleservices.shared.Refusal;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A person chooses their own password, twice. What the service refuses (a weak password, a used
 * link) comes back as a refusal and is shown under the field; nothing else is said. A refusal
 * about other fields of the page (wrong secret answers) is shown by the page next to them.
 */
public class ChoosePasswordForm extends VerticalLayout {

    /**
     * @param choose takes the password, returns the login it was set for, or throws a
     *               {@link Refusal} (or, from a service not moved to refusals yet, an
     *               IllegalArgumentException whose message is a translation key), or returns null
     *               when the page has itself shown why the password was not set
     * @param chosen told the login once the password is set
     */
    public ChoosePasswordForm(String buttonKey, String buttonClassName, UnaryOperator<String> choose,
                              Consumer<String> chosen) {
        setPadding(false);
        var password = new PasswordField(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.hint"));
        password.addClassName("new-password");
        var repeat = new PasswordField(getTranslation("password.again"));
        repeat.addClassName("new-password-again");
        for (PasswordField field : new PasswordField[]{password, repeat}) {
            field.setRequiredIndicatorVisible(true);
            // wide enough for the whole label in every language
            field.setWidthFull();
            field.setMaxWidth("28rem");
        }
        var confirm = new Button(getTranslation(buttonKey), click -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                return;
            }
            String refusedKey;
            Object[] arguments = {};
            try {
                String login = choose.apply(password.getValue());
                if (login != null) {
                    chosen.accept(login);
                }
                return;
            } catch (Refusal refusal) {
                refusedKey = refusal.key();
                arguments = refusal.arguments();
            }
            password.setInvalid(true);
            password.setErrorMessage(getTranslation(refusedKey, arguments));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName(buttonClassName);
        add(password, repeat, confirm);
    }
}
