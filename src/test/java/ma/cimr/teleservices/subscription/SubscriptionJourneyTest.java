package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestMailbox.ReceivedMail;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static ma.cimr.teleservices.DemoLogins.SUPERVISOR;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_HEAD;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_SUBSCRIPTION;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A company subscribes its user administrator, from the public form to the first sign-in: the
 * e-mail confirmed by its link, the form printed, the signed form received by the fund (the
 * charter's 4 business days start), the validation that opens the account, or a rejection with
 * its reason. The applicant follows it all on a status page only their link opens.
 */
class SubscriptionJourneyTest extends SubscriptionTestSupport {

    @Autowired
    CompanySubscriptions subscriptions;
    @Autowired
    SubscriptionDesk desk;
    @Autowired
    RequestDesk requests;
    @Autowired
    CharterDashboard dashboard;
    @Autowired
    HolidayService holidays;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    WebApplicationContext context;
    @Autowired
    ma.cimr.teleservices.approval.Approvals approvals;

    @Test
    void theDelegateConfirmsTheirEmailThenFollowsTheSubscription() {
        String answer = applyThroughTheForm();
        assertThat(answer).contains(delegateEmail, "48 heures");

        var stored = subscriptionRow();
        assertThat(stored.getStatus()).isEqualTo(SubscriptionStatus.AWAITING_EMAIL);
        assertThat(passwords.matches(PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(stored.intoList()).noneMatch(value -> String.valueOf(value).contains(PASSWORD));
        assertThat(stored.getHeadLandline_1().dialled()).isEqualTo("0535571122");
        assertThat(stored.getHeadGsm().dialled()).isEqualTo("0701020304");

        ReceivedMail confirmation = mailTo(delegateEmail, "confirmez");
        assertThat(confirmation.body()).contains("Youssef Amrani", legalName, adherentNumber).doesNotContain(PASSWORD);
        String token = confirmationToken();

        openConfirmation(token);
        assertThat($(Paragraph.class).withClassName("subscription-confirmed").first().getText())
                .contains(stored.getReference());
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.SUBMITTED);
        ReceivedMail submitted = mailTo(delegateEmail, "enregistrée");
        assertThat(submitted.body()).contains("à l'attention du Responsable de l'agence virtuelle", "Aéropostale")
                .doesNotContain(PASSWORD);

        // the page's link and the e-mail's link lead to the same status page
        String pageLink = $(Anchor.class).withClassName("subscription-status-link").first().getHref();
        StatusAccess access = statusAccessFromTheMail();
        assertThat(pageLink).contains("token=" + access.key(), "ref=" + access.reference());
        openStatus(access.reference(), access.key());
        assertThat($(Paragraph.class).withClassName("subscription-status").first().getText())
                .isEqualTo("Envoyée : en attente du formulaire signé et cacheté");
        assertThat($(Anchor.class).withClassName("subscription-pdf-fr").all()).hasSize(1);
        assertThat($(Anchor.class).withClassName("subscription-pdf-ar").all()).hasSize(1);

        // the confirmation link works once
        openConfirmation(token);
        assertThat($(Paragraph.class).withClassName("link-refused").first().getText())
                .startsWith("Ce lien n'est plus valable");
    }

    @Test
    void theFormToPrintHoldsWhatWasEnteredButNeverThePassword() throws IOException {
        StatusAccess access = applyAndConfirm();

        String french = text(subscriptions.printableForm(access.reference(), access.key(), PortalI18NProvider.FRENCH)
                .orElseThrow());
        assertThat(french).contains("Abonnement aux téléservices CIMR", "À l'attention du Responsable de l'agence virtuelle",
                "Aéropostale", access.reference(), adherentNumber, legalName, "20877", "62044518",
                "www.oasis-dattes.example", "Madame", "Kettani", "Nadia", "Gérante", "06 61 00 11 22", "05 35 57 11 22",
                "07 01 02 03 04", "n.kettani@oasis-dattes.example", "Monsieur", "Amrani", "Youssef",
                "Responsable administratif", "06 61 23 45 67", "05 35 57 11 30", delegateEmail,
                "Signature du responsable", "Cachet de l'entreprise")
                .doesNotContain(PASSWORD);

        SubscriptionDocument arabicPdf = subscriptions.printableForm(access.reference(), access.key(),
                PortalI18NProvider.ARABIC).orElseThrow();
        assertThat(arabicPdf.fileName()).isEqualTo("abonnement-" + access.reference() + "-ar.pdf");
        String arabic = text(arabicPdf);
        // numbers stay whole right to left: pairs joined by dots
        assertThat(arabic).contains(adherentNumber, delegateEmail, "20877", "06.61.23.45.67")
                .doesNotContain(PASSWORD, "Cachet");
        assertThat(arabic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .as("Arabic letters").isTrue();

        assertThat(subscriptions.printableForm(access.reference(), "not-the-key", PortalI18NProvider.FRENCH)).isEmpty();
    }

    @Test
    void theSignedFormStartsTheCharterClockAndTheValidationOpensTheDelegatesAccount() throws Exception {
        StatusAccess access = applyAndConfirm();
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        CommitmentFigures before = companySubscriptionFigures(today);

        signInAs(AGENT);
        open("backoffice/subscriptions/" + access.reference());
        test($(Button.class).withClassName("record-receipt").first()).click();
        assertThat(subscriptionRow().getStatus()).as("no scan, no receipt").isEqualTo(SubscriptionStatus.SUBMITTED);
        recordTheSignedForm();

        assertThat($(Span.class).withClassName("subscription-status").first().getText())
                .isEqualTo("Formulaire signé reçu : en cours de validation");
        String requestReference = subscriptionRow().getRequestReference();
        RequestDetail request = requests.detail(requestReference);
        assertThat(request.attachments()).extracting(a -> a.fileName()).containsExactly("formulaire-signe.pdf");
        LocalDate due = holidays.calendar().plusBusinessDays(today, 4);
        assertThat(request.summary().type().code()).isEqualTo("COMPANY_SUBSCRIPTION");
        assertThat(request.summary().dueDate()).isEqualTo(due);
        assertThat(request.channel().name()).isEqualTo("POST");
        assertThat(request.contactEmail()).isEqualTo(delegateEmail);
        // the case shows the request's due date and traffic light
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains(requestReference, Formats.date(due, PortalI18NProvider.FRENCH));
        assertThat($(Span.class).withClassName("subscription-light").first().getText()).isEqualTo("Dans les temps");
        // the delegate is told the request's reference and due date
        assertThat(mailTo(delegateEmail, requestReference).body())
                .contains(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        CommitmentFigures received = companySubscriptionFigures(today);
        assertThat(received.requests()).isEqualTo(before.requests() + 1);

        // who received the form does not validate it (DD025): a second agent does
        assertThat($(Button.class).withClassName("validate-subscription").all()).isEmpty();
        assertThat($(Paragraph.class).withClassName("form-received-by").first().getText())
                .isEqualTo("Formulaire signé reçu par " + AGENT);
        signInAs(SECOND_AGENT);
        open("backoffice/subscriptions/" + access.reference());
        test($(Button.class).withClassName("validate-subscription").first()).click();
        assertThat($(Span.class).withClassName("subscription-status").first().getText())
                .isEqualTo("Validée : l'administrateur des utilisateurs peut se connecter");
        assertThat(subscriptionRow().getDecidedBy()).isEqualTo(SECOND_AGENT);

        var account = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(adherentNumber)).fetchSingle();
        assertThat(account.getKind()).isEqualTo(AccountKind.DELEGATE);
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.getEmail()).isEqualTo(new EmailAddress(delegateEmail));
        assertThat(account.getDisplayName()).isEqualTo("Youssef Amrani");
        assertThat(subscriptionRow().getPasswordHash()).as("forgotten once decided").isNull();
        var company = dsl.selectFrom(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(adherentNumber))).fetchSingle();
        assertThat(company.getRcNumber()).isEqualTo("20877");
        assertThat(company.getPatenteNumber()).isEqualTo("62044518");
        assertThat(company.getWebsite()).isEqualTo("www.oasis-dattes.example");
        var head = dsl.selectFrom(COMPANY_HEAD).where(COMPANY_HEAD.COMPANY_ID.eq(company.getId())).fetchSingle();
        assertThat(head.getLastName()).isEqualTo("Kettani");
        assertThat(head.getFunction()).isEqualTo("Gérante");
        assertThat(head.getLandline_1().dialled()).isEqualTo("0535571122");

        assertThat(requests.detail(requestReference).summary().status()).isEqualTo(RequestStatus.CLOSED);
        CommitmentFigures answered = companySubscriptionFigures(today);
        assertThat(answered.answered()).isEqualTo(received.answered() + 1);
        assertThat(answered.answeredInTime()).isEqualTo(received.answeredInTime() + 1);

        ReceivedMail validated = mailTo(delegateEmail, "Réponse à votre demande " + requestReference);
        assertThat(validated.body()).contains("Votre abonnement aux téléservices est validé", legalName,
                "l'identifiant " + adherentNumber).doesNotContain(PASSWORD);
        assertThat(auditActions(access.reference())).containsExactlyInAnyOrder("SUBSCRIPTION_APPLIED",
                "SUBSCRIPTION_SUBMITTED", "SUBSCRIPTION_FORM_RECEIVED", "SUBSCRIPTION_VALIDATED");
        assertThat(auditActions(adherentNumber)).contains("ACCOUNT_OPENED");

        // the new delegate signs in with the password chosen in the form, and lands in their space
        SignedIn.out();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        assertThat(mvc.perform(post("/login").param("username", adherentNumber).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/my-space");
        assertThat(mvc.perform(post("/login").param("username", adherentNumber).param("password", "Portail-Demo-2026")
                .with(csrf())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        signInAs(adherentNumber);
        assertThat(open("my-space")).isEqualTo("delegate");

        // and the company no longer subscribes: it has its delegate
        SignedIn.out();
        assertThatThrownBy(() -> subscriptions.companyToSubscribe(adherentNumber))
                .hasMessage("delegateSubscription.error.hasDelegate");
    }

    @Test
    void aRejectionSaysWhyOnTheStatusPageAndByEmail() {
        StatusAccess access = applyAndConfirm();
        signInAs(AGENT);
        open("backoffice/subscriptions/" + access.reference());
        recordTheSignedForm();
        String requestReference = subscriptionRow().getRequestReference();

        test($(Button.class).withClassName("reject-subscription").first()).click();
        assertThat(subscriptionRow().getStatus()).as("no reason, no rejection").isEqualTo(SubscriptionStatus.FORM_RECEIVED);

        test($(TextArea.class).withClassName("rejection-reason").first())
                .setValue("Le formulaire reçu ne porte pas le cachet de l'entreprise.");
        test($(Button.class).withClassName("reject-subscription").first()).click();
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.REJECTED);
        assertThat(subscriptionRow().getPasswordHash()).isNull();
        assertThat(approvals.pendingOn(access.reference())).as("the proposed validation no longer waits").isEmpty();
        assertThat(requests.detail(requestReference).summary().status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(adherentNumber))).isFalse();

        SignedIn.out();
        openStatus(access.reference(), access.key());
        assertThat($(Paragraph.class).withClassName("subscription-status").first().getText()).isEqualTo("Rejetée");
        assertThat($(Paragraph.class).withClassName("subscription-rejection-reason").first().getText())
                .isEqualTo("Motif : Le formulaire reçu ne porte pas le cachet de l'entreprise.");
        assertThat(mailTo(delegateEmail, "Réponse à votre demande " + requestReference).body())
                .contains("n'est pas acceptée", "ne porte pas le cachet de l'entreprise");
        // the company may apply again
        assertThat(subscriptions.companyToSubscribe(adherentNumber).legalName()).isEqualTo(legalName);
    }

    @Test
    void aWrongStatusKeyAnswersExactlyLikeAnUnknownReference() {
        StatusAccess access = applyAndConfirm();

        // another first character: a key that already began with "x" would otherwise stay right
        String wrong = (access.key().startsWith("x") ? "y" : "x") + access.key().substring(1);
        openStatus(access.reference(), access.key());
        String rightPage = getCurrentView().getElement().getTextRecursively();
        openStatus(access.reference(), wrong);
        String wrongKey = getCurrentView().getElement().getTextRecursively();
        openStatus("AB2000-999999", access.key());
        String unknownReference = getCurrentView().getElement().getTextRecursively();

        assertThat(wrongKey).isEqualTo(unknownReference).contains("Aucune demande d'abonnement ne correspond à ce lien")
                .doesNotContain(legalName, delegateEmail);
        assertThat(rightPage).contains(legalName, delegateEmail);
        assertThat(subscriptions.status(access.reference(), wrong)).isEmpty();
        assertThat(subscriptions.status(access.reference(), "")).isEmpty();
    }

    @Test
    void anUnconfirmedSubscriptionExpiresAndNoLongerHoldsTheCompanysPlace() {
        applyThroughTheForm();
        String token = confirmationToken();
        assertThatThrownBy(() -> subscriptions.companyToSubscribe(adherentNumber))
                .hasMessage("delegateSubscription.error.inProgress");

        clock.advance(CompanySubscriptions.LINK_VALIDITY.plus(Duration.ofMinutes(1)));
        assertThat(subscriptions.companyToSubscribe(adherentNumber).adherentNumber()).isEqualTo(adherentNumber);
        openConfirmation(token);
        assertThat($(Paragraph.class).withClassName("link-refused").first().getText())
                .startsWith("Ce lien n'est plus valable");
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.AWAITING_EMAIL);

        signInAs(AGENT);
        open("backoffice/subscriptions/" + subscriptionRow().getReference());
        assertThat($(Span.class).withClassName("subscription-status").first().getText())
                .isEqualTo("Abandonnée : e-mail jamais confirmé");
    }

    @Test
    void anUnconfirmedSubscriptionCanBeNeitherReceivedNorValidated() {
        applyThroughTheForm();
        String reference = subscriptionRow().getReference();
        signInAs(AGENT);

        assertThatThrownBy(() -> desk.recordFormReceipt(reference, ma.cimr.teleservices.request.Channel.POST, scan()))
                .hasMessage("delegateSubscription.error.notConfirmed");
        assertThatThrownBy(() -> desk.validate(reference)).hasMessage("delegateSubscription.error.notConfirmed");
        assertThatThrownBy(() -> desk.reject(reference, "Pas de réponse.")).hasMessage("delegateSubscription.error.notConfirmed");
        open("backoffice/subscriptions/" + reference);
        assertThat($(Button.class).withClassName("record-receipt").all()).isEmpty();
        assertThat($(Button.class).withClassName("validate-subscription").all()).isEmpty();
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.AWAITING_EMAIL);
        assertThat(subscriptionRow().getRequestReference()).isNull();
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(adherentNumber))).isFalse();

        // confirmed, it still needs its signed form before validation
        SignedIn.out();
        openConfirmation(confirmationToken());
        signInAs(AGENT);
        assertThatThrownBy(() -> desk.validate(reference)).hasMessage("delegateSubscription.error.formNotReceived");
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(adherentNumber))).isFalse();
    }

    /** Four eyes (DD025): whoever recorded the signed form never validates it, however often they try. */
    @Test
    void theAgentWhoReceivedTheFormCannotValidateItAndASecondOneCan() {
        StatusAccess access = applyAndConfirm();
        signInAs(AGENT);
        desk.recordFormReceipt(access.reference(), ma.cimr.teleservices.request.Channel.AGENCY, scan());
        long approvalId = approvals.pendingOn(access.reference()).orElseThrow().id();
        int tries = 6;
        int succeeded = 0;
        for (int i = 0; i < tries; i++) {
            try {
                if (i % 2 == 0) {
                    desk.validate(access.reference());
                } else {
                    approvals.approve(approvalId);
                }
                succeeded++;
            } catch (ma.cimr.teleservices.shared.Refusal refused) {
                assertThat(refused.key()).isIn("delegateSubscription.error.receivedBySelf", "approval.error.ownProposal");
            }
        }
        System.out.printf("subscription, the agent who received the form validating it: %d succeeded of %d tried%n",
                succeeded, tries);
        assertThat(succeeded).isZero();
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.FORM_RECEIVED);
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(adherentNumber))).isFalse();
        open("backoffice/approvals");
        assertThat($(Button.class).withClassName("approve-proposal").all().stream()
                .filter(button -> button.findAncestor(ma.cimr.teleservices.shared.ui.PageSection.class).getElement()
                        .getAttribute("data-subject").equals(access.reference())).toList()).isEmpty();

        signInAs(SECOND_AGENT);
        desk.validate(access.reference());
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.VALIDATED);
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(adherentNumber))).isTrue();
    }

    @Test
    void aRejectedValidationLeavesTheSubscriptionAsItWasUntilAnotherIsProposed() {
        StatusAccess access = applyAndConfirm();
        signInAs(AGENT);
        desk.recordFormReceipt(access.reference(), ma.cimr.teleservices.request.Channel.POST, scan());
        String requestReference = subscriptionRow().getRequestReference();

        signInAs(SECOND_AGENT);
        long approvalId = approvals.pendingOn(access.reference()).orElseThrow().id();
        approvals.reject(approvalId, "Le cachet du scan est illisible : demander un nouveau scan.");
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.FORM_RECEIVED);
        assertThat(subscriptionRow().getPasswordHash()).isNotNull();
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(adherentNumber))).isFalse();
        assertThat(requests.detail(requestReference).summary().status().isOpen()).isTrue();
        assertThatThrownBy(() -> desk.validate(access.reference())).hasMessage("delegateSubscription.error.noProposal");

        // proposed again, by the second agent: neither they nor who received the form may approve it
        open("backoffice/subscriptions/" + access.reference());
        test($(Button.class).withClassName("propose-validation").first()).click();
        assertThatThrownBy(() -> desk.validate(access.reference())).hasMessage("approval.error.ownProposal");
        signInAs(AGENT);
        assertThatThrownBy(() -> desk.validate(access.reference())).hasMessage("delegateSubscription.error.receivedBySelf");
        assertThatThrownBy(() -> approvals.approveOn(access.reference()))
                .hasMessage("delegateSubscription.error.receivedBySelf");
        signInAs(SUPERVISOR);
        desk.validate(access.reference());
        assertThat(subscriptionRow().getStatus()).isEqualTo(SubscriptionStatus.VALIDATED);
        assertThat(subscriptionRow().getDecidedBy()).isEqualTo(SUPERVISOR);
    }

    private static ma.cimr.teleservices.request.Attachment scan() {
        return new ma.cimr.teleservices.request.Attachment("formulaire-signe.pdf", "application/pdf", SCAN);
    }

    private ma.cimr.teleservices.jooq.tables.records.CompanySubscriptionRecord subscriptionRow() {
        return dsl.selectFrom(COMPANY_SUBSCRIPTION).where(COMPANY_SUBSCRIPTION.DELEGATE_EMAIL.eq(new EmailAddress(delegateEmail)))
                .fetchSingle();
    }

    private CommitmentFigures companySubscriptionFigures(LocalDate day) {
        return dashboard.figures(day, day).stream()
                .filter(f -> f.commitment().population() == Population.COMPANY && f.commitment().number() == 1)
                .findFirst().orElseThrow();
    }

    private List<String> auditActions(String target) {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.TARGET.eq(target))
                .fetch(AUDIT_EVENT.ACTION);
    }

    private static String text(SubscriptionDocument document) throws IOException {
        PdfReader reader = new PdfReader(document.content());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        // a cell's text may wrap: compare words, not line breaks
        return text.toString().replaceAll("\\s+", " ");
    }
}
