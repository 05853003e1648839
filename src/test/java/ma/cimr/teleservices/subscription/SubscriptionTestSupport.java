package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.TestMailbox.ReceivedMail;
import ma.cimr.teleservices.notification.OutboxDelivery;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_HEAD;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_SUBSCRIPTION;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member company of its own for each test, without a delegate, removed afterwards with all it
 * got (subscriptions, head, delegate account); and the steps of the public form, as a person takes
 * them. The delegate's address is unique to the test, so the mailbox is read without ambiguity.
 */
abstract class SubscriptionTestSupport extends PortalBrowserlessTest {

    static final String PASSWORD = "les oranges de Berkane sont douces";

    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    TestClock clock;

    String adherentNumber;
    String legalName;
    String delegateEmail;
    private Instant start;

    @BeforeEach
    void createACompanyWithoutDelegate() {
        start = clock.instant();
        do {
            adherentNumber = "9" + (10000 + ThreadLocalRandom.current().nextInt(90000));
        } while (dsl.fetchExists(COMPANY, COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(adherentNumber))));
        legalName = "Oasis Dattes " + adherentNumber + " SARL";
        delegateEmail = "delegue." + adherentNumber + "@oasis-dattes.example";
        dsl.insertInto(COMPANY).set(COMPANY.ADHERENT_NUMBER, new AdherentNumber(adherentNumber)).set(COMPANY.LEGAL_NAME, legalName)
                .set(COMPANY.ADDRESS_LINE, "Route d'Erfoud, km 3").set(COMPANY.CITY, "Errachidia").execute();
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void removeTheCompany() {
        clock.set(start);
        var company = COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(adherentNumber));
        var companyId = dsl.select(COMPANY.ID).from(COMPANY).where(company).fetchSingle(COMPANY.ID);
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.COMPANY_ID.eq(companyId)).execute();
        // its validation's proposals (DD025) name it by its reference
        dsl.deleteFrom(ma.cimr.teleservices.jooq.Tables.STAFF_APPROVAL)
                .where(ma.cimr.teleservices.jooq.Tables.STAFF_APPROVAL.SUBJECT.in(dsl.select(COMPANY_SUBSCRIPTION.REFERENCE)
                        .from(COMPANY_SUBSCRIPTION).where(COMPANY_SUBSCRIPTION.COMPANY_ID.eq(companyId))))
                .execute();
        dsl.deleteFrom(COMPANY_SUBSCRIPTION).where(COMPANY_SUBSCRIPTION.COMPANY_ID.eq(companyId)).execute();
        dsl.deleteFrom(COMPANY_HEAD).where(COMPANY_HEAD.COMPANY_ID.eq(companyId)).execute();
        dsl.deleteFrom(COMPANY).where(company).execute();
    }

    /** The signed form's scan: the PDF signature is what the attachment rules check. */
    static final byte[] SCAN = "%PDF-1.4\n% formulaire signé et cacheté\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** On the case page: the signed form's scan joined, its receipt recorded. */
    void recordTheSignedForm() {
        test($(com.vaadin.flow.component.upload.Upload.class).withClassName("receipt-scan").first())
                .upload("formulaire-signe.pdf", "application/pdf", SCAN);
        test($(com.vaadin.flow.component.button.Button.class).withClassName("record-receipt").first()).click();
    }

    /** Step 1: the adherent number, then "Continue". */
    void openTheFormFor(String number) {
        open("subscription");
        test(textField("adherent-number")).setValue(number);
        test($(Button.class).withClassName("subscription-next").first()).click();
    }

    /** Step 2 filled in as a company would, phone numbers written in the ways people write them. */
    void fillInTheForm() {
        type("rc-number", "20877");
        type("patente-number", "62044518");
        type("website", "www.oasis-dattes.example");
        test(select("head-civility")).selectItem("Madame");
        type("head-last-name", "Kettani");
        type("head-first-name", "Nadia");
        type("head-function", "Gérante");
        type("head-direct-phone", "06 61 00 11 22");
        type("head-landline-1", "05.35.57.11.22");
        type("head-gsm", "+212 7 01 02 03 04");
        test(emailField("head-email")).setValue("n.kettani@oasis-dattes.example");
        test(select("delegate-civility")).selectItem("Monsieur");
        type("delegate-last-name", "Amrani");
        type("delegate-first-name", "Youssef");
        type("delegate-function", "Responsable administratif");
        type("delegate-gsm", "0661234567");
        type("delegate-fax", "0535571130");
        test(emailField("delegate-email")).setValue(delegateEmail);
        test(passwordField("delegate-password")).setValue(PASSWORD);
        test(passwordField("delegate-password-again")).setValue(PASSWORD);
    }

    void send() {
        test($(Button.class).withClassName("send-company-subscription").first()).click();
    }

    /** The whole public form, as the delegate fills it in; returns the page's answer. */
    String applyThroughTheForm() {
        openTheFormFor(adherentNumber);
        fillInTheForm();
        send();
        return $(Paragraph.class).withClassName("subscription-sent").first().getText();
    }

    /** The link of the e-mail that confirms the delegate's address. */
    String confirmationToken() {
        return linkIn(mailTo(delegateEmail, "confirmez"), "/subscription/confirm\\?token=([A-Za-z0-9_-]+)").get("token");
    }

    /** Applies, opens the confirmation link, and returns the status page's reference and key from the next e-mail. */
    StatusAccess applyAndConfirm() {
        applyThroughTheForm();
        openConfirmation(confirmationToken());
        assertThat($(Paragraph.class).withClassName("subscription-confirmed").all()).hasSize(1);
        return statusAccessFromTheMail();
    }

    StatusAccess statusAccessFromTheMail() {
        Map<String, String> link = linkIn(mailTo(delegateEmail, "enregistrée"),
                "/subscription/status\\?token=([A-Za-z0-9_-]+)&ref=(AB[0-9]{4}-[0-9]{6})");
        return new StatusAccess(link.get("ref"), link.get("token"));
    }

    void openConfirmation(String token) {
        UI.getCurrent().navigate("subscription/confirm", QueryParameters.of("token", token));
    }

    void openStatus(String reference, String key) {
        UI.getCurrent().navigate("subscription/status", QueryParameters.simple(Map.of("ref", reference, "token", key)));
    }

    /** The only e-mail to that address whose subject contains the words, once the outbox is delivered. */
    ReceivedMail mailTo(String address, String subjectContains) {
        delivery.deliverDue();
        List<ReceivedMail> mails = mailbox.receivedBy(address).stream()
                .filter(mail -> mail.subject().contains(subjectContains)).toList();
        assertThat(mails).as("e-mails to %s about «%s»", address, subjectContains).hasSize(1);
        return mails.getFirst();
    }

    private static Map<String, String> linkIn(ReceivedMail mail, String pattern) {
        Matcher link = Pattern.compile(pattern).matcher(mail.body());
        assertThat(link.find()).as("link %s in %s", pattern, mail.body()).isTrue();
        return link.groupCount() == 1 ? Map.of("token", link.group(1))
                : Map.of("token", link.group(1), "ref", link.group(2));
    }

    void type(String className, String value) {
        test(textField(className)).setValue(value);
    }

    TextField textField(String className) {
        return $(TextField.class).withClassName(className).first();
    }

    EmailField emailField(String className) {
        return $(EmailField.class).withClassName(className).first();
    }

    PasswordField passwordField(String className) {
        return $(PasswordField.class).withClassName(className).first();
    }

    @SuppressWarnings("unchecked")
    Select<Object> select(String className) {
        return $(Select.class).withClassName(className).first();
    }

    int subscriptionsOfTheCompany() {
        return dsl.fetchCount(COMPANY_SUBSCRIPTION, COMPANY_SUBSCRIPTION.COMPANY_ID.eq(
                dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(adherentNumber)))));
    }
}
