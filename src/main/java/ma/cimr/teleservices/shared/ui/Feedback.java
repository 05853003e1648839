package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import ma.cimr.teleservices.shared.Refusal;

/**
 * The one place where a screen tells the user how an action went: a refusal in the words of its
 * key, a success in the words of the screen's key. Messages stay long enough to be read (a
 * pension portal is used by people who read slowly, often on a phone) and are announced to screen
 * readers by the notification's live region.
 */
public final class Feedback {

    private static final int READING_TIME_MS = 8000;

    private Feedback() {
    }

    /**
     * Runs one action of the screen: true when it went through; otherwise the service's refusal
     * is said and nothing changed. Anything else (a defect) goes on to the error page.
     */
    public static boolean attempt(Component screen, Runnable action) {
        try {
            action.run();
            return true;
        } catch (Refusal refusal) {
            refused(screen, refusal);
            return false;
        }
    }

    /** The service refused: say why, in the user's language. Nothing was changed. */
    public static void refused(Component screen, Refusal refusal) {
        show(screen.getTranslation(refusal.key(), refusal.arguments()), NotificationVariant.LUMO_ERROR);
    }

    /** The action was done: say what happened. */
    public static void done(Component screen, String key, Object... arguments) {
        show(screen.getTranslation(key, arguments), NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the user must fix before acting again (a form not filled, a file not chosen). */
    public static void problem(Component screen, String key, Object... arguments) {
        show(screen.getTranslation(key, arguments), NotificationVariant.LUMO_ERROR);
    }

    /** Something went wrong that is nobody's refusal (a defect, logged for the team): one sentence, no detail. */
    public static void unexpected(Component screen) {
        show(screen.getTranslation("error.unexpected"), NotificationVariant.LUMO_ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification.show(text, READING_TIME_MS, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
