package ma.cimr.teleservices.subscription;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.shared.ui.LanguageSwitch;
import org.junit.jupiter.api.Test;

import static ma.cimr.teleservices.DemoLogins.ATLAS_DELEGATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public subscription form: the first step says why a company cannot subscribe, the second
 * says field by field what is wrong, in the user's language, and bad input stores and sends nothing.
 */
class SubscriptionFormTest extends SubscriptionTestSupport {

    @Test
    void theLoginPageAndTheHomePageLeadACompanyToTheSubscription() {
        for (String page : new String[]{"login", ""}) {
            open(page);
            Anchor link = $(Anchor.class).withClassName("company-subscription-link").first();
            assertThat(link.getHref()).isEqualTo("subscription");
            assertThat(link.getText()).contains("Abonnement aux téléservices");
        }
        open("subscription");
        assertThat($(H1.class).first().getText()).isEqualTo("Abonnement aux téléservices");
    }

    @Test
    void theFirstStepSaysWhyACompanyCannotSubscribe() {
        openTheFormFor("10023");
        assertThat(textField("adherent-number").getErrorMessage()).isEqualTo("Le numéro d'adhérent compte 6 chiffres.");

        openTheFormFor("000000");
        assertThat(refusal()).startsWith("Aucune entreprise adhérente ne porte ce numéro.");

        openTheFormFor(ATLAS_DELEGATE);
        assertThat(refusal()).startsWith("Cette entreprise a déjà un administrateur des utilisateurs.")
                .contains("« Réabonnement aux téléservices CIMR »");

        // the demo company whose subscription waits for its signed form
        openTheFormFor("100758");
        assertThat(refusal()).startsWith("Une demande d'abonnement de cette entreprise est déjà en cours")
                .contains("Réabonnement");

        openTheFormFor(adherentNumber);
        assertThat($(Paragraph.class).withClassName("subscription-refused").all()).allMatch(p -> !p.isVisible());
        assertThat(textField("rc-number").isRequiredIndicatorVisible()).isTrue();
        assertThat($(TextField.class).all()).anyMatch(field -> legalName.equals(field.getValue()) && field.isReadOnly());
    }

    @Test
    void aPersonWhoTypedAnotherCompanysNumberGoesBackToTheFirstStep() {
        openTheFormFor(adherentNumber);
        assertThat($(TextField.class).all()).anyMatch(field -> legalName.equals(field.getValue()));

        test($(Button.class).withClassName("subscription-other-number").first()).click();
        assertThat(textField("adherent-number").getValue()).isEmpty();
        assertThat($(TextField.class).withClassName("rc-number").all()).isEmpty();
        assertThat(subscriptionsOfTheCompany()).isZero();
    }

    @Test
    void everyFieldSaysWhatIsWrongInFrenchAndNothingIsSent() {
        openTheFormFor(adherentNumber);
        fillInTheForm();
        type("rc-number", "12345678");
        type("patente-number", "1234");
        type("website", "oasis dattes");
        type("head-last-name", "");
        type("head-landline-1", "0661234567");
        type("head-gsm", "0522424888");
        type("delegate-direct-phone", "08 00 00 00 00");
        test(emailField("delegate-email")).setValue("youssef@");
        test(passwordField("delegate-password")).setValue("Abc12345");
        test(passwordField("delegate-password-again")).setValue("Abc12346");
        send();

        assertThat(textField("rc-number").getErrorMessage()).isEqualTo("Le numéro RC compte 1 à 7 chiffres.");
        assertThat(textField("patente-number").getErrorMessage()).isEqualTo("Le numéro de patente compte 8 chiffres.");
        assertThat(textField("website").getErrorMessage()).startsWith("Adresse de site invalide");
        assertThat(textField("head-last-name").getErrorMessage()).isEqualTo("Ce champ est obligatoire");
        assertThat(textField("head-last-name").isRequiredIndicatorVisible()).isTrue();
        assertThat(textField("head-landline-1").getErrorMessage()).startsWith("Numéro de fixe ou de fax marocain : 05");
        assertThat(textField("head-gsm").getErrorMessage()).startsWith("Numéro de GSM marocain : 06 ou 07");
        assertThat(textField("delegate-direct-phone").getErrorMessage()).startsWith("Numéro marocain : 05, 06 ou 07");
        assertThat(emailField("delegate-email").getErrorMessage()).isEqualTo("Adresse e-mail invalide");
        assertThat(passwordField("delegate-password").getErrorMessage()).startsWith("Au moins 12 caractères");
        assertThat(passwordField("delegate-password-again").getErrorMessage())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        // what is right stays quiet
        assertThat(textField("head-first-name").isInvalid()).isFalse();
        assertThat(textField("delegate-gsm").isInvalid()).isFalse();

        assertThat(subscriptionsOfTheCompany()).isZero();
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(delegateEmail)).isEmpty();
        assertThat($(Paragraph.class).withClassName("subscription-sent").all()).isEmpty();
    }

    @Test
    void thePasswordHintSaysTheOldFiveToTenCharacterRuleIsGone() {
        openTheFormFor(adherentNumber);
        assertThat(passwordField("delegate-password").getHelperText()).contains("12 caractères", "5 à 10");
        fillInTheForm();
        test(passwordField("delegate-password")).setValue("Oasis" + adherentNumber + " dattes");
        test(passwordField("delegate-password-again")).setValue("Oasis" + adherentNumber + " dattes");
        send();
        assertThat(passwordField("delegate-password").getErrorMessage())
                .isEqualTo("Le mot de passe ne doit pas contenir votre identifiant.");
        assertThat(subscriptionsOfTheCompany()).isZero();
    }

    @Test
    void anArabicSpeakerReadsWhatIsWrongInArabic() {
        open("");
        test($(LanguageSwitch.class).first()).selectItem("العربية");
        openTheFormFor("12");
        assertThat(textField("adherent-number").getErrorMessage()).isEqualTo("يتكون رقم الانخراط من 6 أرقام.");
        openTheFormFor(adherentNumber);
        type("rc-number", "RC-20877");
        type("delegate-gsm", "0535571130");
        test(passwordField("delegate-password")).setValue("قصيرة");
        send();

        assertThat(textField("rc-number").getErrorMessage()).isEqualTo("يتكون رقم السجل التجاري من 1 إلى 7 أرقام.");
        assertThat(textField("patente-number").getErrorMessage()).isEqualTo("هذه الخانة إلزامية");
        assertThat(textField("delegate-gsm").getErrorMessage()).startsWith("رقم هاتف محمول مغربي: 06 أو 07");
        assertThat(passwordField("delegate-password").getErrorMessage()).startsWith("12 حرفا على الأقل");
        assertThat(emailField("delegate-email").getErrorMessage()).isEqualTo("هذه الخانة إلزامية");
        assertThat(subscriptionsOfTheCompany()).isZero();
    }

    private String refusal() {
        var refusal = $(Paragraph.class).withClassName("subscription-refused").first();
        assertThat(refusal.isVisible()).isTrue();
        return refusal.getText();
    }
}
