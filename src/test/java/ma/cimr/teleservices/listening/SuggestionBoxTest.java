package ma.cimr.teleservices.listening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shell.Space;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The suggestion box (DD042), one use case each: anyone drops a suggestion and bad input is refused
 * with a clear message; a signed-in person's says which space it came from; staff mark it read,
 * then answered, once; past its limit one address is refused. Writes are rolled back.
 */
@Transactional
class SuggestionBoxTest extends PortalBrowserlessTest {

    @Autowired
    SuggestionBox box;
    @Autowired
    RateLimits rateLimits;

    @Test
    void aVisitorDropsASuggestionAndBadInputIsRefusedWithAClearMessage() {
        assertThat(open("feedback")).isEqualTo("feedback");
        assertThat($(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).all()).as("no survey for a visitor").isEmpty();

        send();
        assertThat(lastNotice()).isEqualTo("Choisissez le sujet de votre suggestion.");

        category().setValue(SuggestionCategory.PORTAL);
        $(TextArea.class).single().setValue("Trop bref");
        send();
        assertThat(lastNotice()).isEqualTo("Votre suggestion est trop courte : 10 caractères au moins.");

        $(TextArea.class).single().setValue("Proposer le relevé de points en arabe dans l'application.");
        $(TextField.class).single().setValue("pas un contact");
        send();
        assertThat(lastNotice()).startsWith("Indiquez une adresse e-mail ou un numéro de téléphone valide");

        $(TextField.class).single().setValue("06 12 34 56 78");
        send();
        assertThat(lastNotice()).startsWith("Merci : votre suggestion n° ");
        assertThat($(TextArea.class).single().getValue()).as("the form is emptied").isEmpty();

        signInAs(DemoLogins.AGENT);
        Suggestion dropped = box.toHandle().getFirst();
        assertThat(dropped.space()).isEqualTo(Space.PUBLIC);
        assertThat(dropped.contact()).isEqualTo("+212612345678");
        assertThat(dropped.status()).isEqualTo(SuggestionStatus.NEW);
    }

    @Test
    void aSignedInPersonsSuggestionSaysWhichSpaceItCameFrom() {
        signInAs(DemoLogins.RETIREE);
        open("retiree");
        assertThat(menu()).anySatisfy(item -> assertThat(item.path()).isEqualTo("retiree/feedback"));
        assertThat(open("retiree/feedback")).isEqualTo("retiree/feedback");
        category().setValue(SuggestionCategory.SERVICE);
        $(TextArea.class).single().setValue("Un rappel par SMS deux mois avant la fin du certificat de vie.");
        send();
        assertThat(lastNotice()).startsWith("Merci : votre suggestion n° ");

        signInAs(DemoLogins.AGENT);
        assertThat(box.toHandle().getFirst().space()).isEqualTo(Space.RETIREE);
    }

    @Test
    void staffMarkASuggestionReadThenAnsweredAndASecondMarkIsRefused() {
        long id = box.submit(new NewSuggestion(SuggestionCategory.INFORMATION, "Un guide vidéo de l'E@sypaiement.", null));
        signInAs(DemoLogins.AGENT);
        assertThat(open("backoffice/suggestions")).isEqualTo("backoffice/suggestions");
        Div card = $(Div.class).withClassName("suggestion-" + id).single();
        assertThat(card.getElement().getTextRecursively()).contains("Un guide vidéo", "À lire", "Site public", "Sans contact");

        test($(Button.class).withClassName("mark-read").first()).click();
        assertThat(lastNotice()).isEqualTo("Suggestion n° " + id + " marquée comme lue.");
        card = $(Div.class).withClassName("suggestion-" + id).single();
        assertThat(card.getElement().getTextRecursively()).contains("Lue par agent1");

        assertThatThrownBy(() -> box.markRead(id))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("suggestion.error.alreadyHandled"));

        box.markAnswered(id);
        assertThat(box.answered()).anySatisfy(answered -> assertThat(answered.id()).isEqualTo(id));
        assertThat(box.toHandle()).noneMatch(left -> left.id() == id);
    }

    @Test
    void pastItsLimitOneAddressIsRefusedAndAStaffMemberHasNoBox() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.77");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            int limit = rateLimits.limitOf(RateLimits.Door.SUGGESTION).count();
            for (int i = 0; i < limit; i++) {
                box.submit(new NewSuggestion(SuggestionCategory.OTHER, "Suggestion numéro " + i + " du même poste.", null));
            }
            assertThatThrownBy(() -> box.submit(new NewSuggestion(SuggestionCategory.OTHER, "Une de trop, du même poste.", null)))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("rateLimit.exceeded"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        signInAs(DemoLogins.AGENT);
        assertThatThrownBy(() -> box.submit(new NewSuggestion(SuggestionCategory.OTHER, "Une suggestion d'agent.", null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("suggestion.error.staff"));
        assertThatThrownBy(() -> box.submit(new NewSuggestion(SuggestionCategory.OTHER, "x".repeat(SuggestionBox.MAX_LENGTH + 1), null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("suggestion.error.tooLong"));
    }

    @Test
    void theCharterDashboardShowsTheSurveysAveragesAndTheSuggestionsToRead() {
        signInAs(DemoLogins.AGENT);
        assertThat(open("backoffice/dashboard")).isEqualTo("backoffice/dashboard");
        var section = $(com.vaadin.flow.component.html.Section.class).withClassName("listening-dashboard").single();
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Écoute des clients", "Trouvez-vous facilement sur le portail", "Moyenne ", "/5",
                "Affiliés", "Allocataires");
        Paragraph responses = $(Paragraph.class).withClassName("survey-response-count").first();
        assertThat(responses.getText()).matches("\\d+ réponses \\(.*Affiliés \\d+.*\\)");
        assertThat($(Paragraph.class).withClassName("listening-suggestion-counts").single().getText())
                .matches("\\d+ suggestions reçues sur la période : [1-9]\\d* à lire, \\d+ lues, \\d+ répondues\\.");
    }

    @Test
    void theBoxReadsInArabic() {
        open("");
        com.vaadin.flow.component.UI.getCurrent().setLocale(ma.cimr.teleservices.shared.i18n.PortalI18NProvider.ARABIC);
        open("feedback");
        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("رأيكم");
        assertThat(category().getLabel()).isEqualTo("الموضوع");
        send();
        assertThat(lastNotice()).isEqualTo("اختاروا موضوع اقتراحكم.");
    }

    @SuppressWarnings("unchecked")
    private Select<SuggestionCategory> category() {
        return $(Select.class).withClassName("suggestion-category").single();
    }

    private void send() {
        test($(Button.class).withClassName("suggestion-send").single()).click();
    }

    private String lastNotice() {
        return test($(Notification.class).last()).getText();
    }
}
