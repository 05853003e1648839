package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Runs one of the console's actions and says how it went in the user's language: a refusal of the
 * service is an IllegalArgumentException whose message is the key of its explanation.
 */
final class Feedback {

    private Feedback() {
    }

    /** True when the action went through; otherwise its refusal is shown and nothing changed. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (IllegalArgumentException refused) {
            Notification.show(UI.getCurrent().getTranslation(refused.getMessage()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    static void done(String key, Object... arguments) {
        Notification.show(UI.getCurrent().getTranslation(key, arguments), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
