package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A person chooses their own password, twice. What the service refuses (a weak password, a used
 * link) comes back as a translation key and is shown under the field; nothing else is said.
 */
public class ChoosePasswordForm extends VerticalLayout {

    /**
     * @param choose takes the password, returns the login it was set for, or throws
     *               IllegalArgumentException whose message is a translation key
     * @param chosen told the login once the password is set
     */
    public ChoosePasswordForm(String buttonKey, String buttonClassName, UnaryOperator<String> choose,
                              Consumer<String> chosen) {
        setPadding(false);
        var password = new PasswordField(getTranslation("subscription.password"));
        password.setHelperText(getTranslation("password.tooShort"));
        password.addClassName("new-password");
        var repeat = new PasswordField(getTranslation("subscription.passwordAgain"));
        repeat.addClassName("new-password-again");
        var confirm = new Button(getTranslation(buttonKey), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("subscription.error.mismatch"));
                return;
            }
            try {
                chosen.accept(choose.apply(password.getValue()));
            } catch (IllegalArgumentException e) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(e.getMessage()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName(buttonClassName);
        add(password, repeat, confirm);
    }
}
