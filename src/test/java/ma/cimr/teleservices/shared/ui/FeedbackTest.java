package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one place a screen says how an action went: a refusal in its key's words, with its values. */
class FeedbackTest extends PortalBrowserlessTest {

    @Test
    void aRefusalIsSaidInTheUsersLanguageWithItsArgumentsAsAnError() {
        open("");
        UI.getCurrent().setLocale(Locale.FRENCH);
        Feedback.refused(UI.getCurrent(), new Refusal("request.received", "R2026-000001", "4 décembre 2026"));
        Notification shown = $(Notification.class).last();
        assertThat(test(shown).getText()).isEqualTo("Demande R2026-000001 reçue. Réponse au plus tard le 4 décembre 2026.");
        assertThat(shown.getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
    }

    @Test
    void anAttemptThatIsRefusedSaysWhyAndReportsItDidNotGoThrough() {
        open("");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(Feedback.attempt(UI.getCurrent(), () -> {
            throw new Refusal("request.error.textRequired");
        })).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Ce texte ne peut pas être vide.");
        assertThat(Feedback.attempt(UI.getCurrent(), () -> { })).isTrue();
    }

    @Test
    void aDefectIsNotARefusalAndGoesOnToTheErrorHandler() {
        open("");
        assertThatThrownBy(() -> Feedback.attempt(UI.getCurrent(), () -> {
            throw new IllegalArgumentException("Not an e-mail address");
        })).isInstanceOf(IllegalArgumentException.class);
    }
}
