package ma.cimr.teleservices;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import ma.cimr.teleservices.TestMailbox.ReceivedMail;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.security.Teleservice;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_HEAD;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_SUBSCRIPTION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_ATTACHMENT;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.STAFF_APPROVAL;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member company's administration of the téléservices from its first day, in a real headless
 * Chromium against the running application, in French, each person in a browser window of their
 * own and every e-mail read from the mailbox the portal really sent it to:
 * <ol>
 *   <li>Rif Menuiserie SARL (demo company 100645, no user administrator yet) subscribes: adherent
 *   number, the three-part form, the confirmation link, the status page with the form to print;</li>
 *   <li>agent1 records the signed form's receipt with its scan, and the supervisor validates the
 *   subscription (four eyes, DD025);</li>
 *   <li>the new user administrator signs in with the password of the form and, in the console,
 *   creates an internal télédéclaration user (by file, one of the company's active categories,
 *   two secret questions);</li>
 *   <li>that user activates their login from the e-mail and signs in to the company space;</li>
 *   <li>they forget their password: code by e-mail, secret answers typed another way, a new
 *   password that lets them in.</li>
 * </ol>
 * A screenshot of each step's end goes to {@code target/e2e/}. The demo company is given back as
 * it was (its accounts, subscription, head, request and numbers removed or restored), since the
 * rest of the suite shares the database.
 */
@PortalTest
class CompanyAdministrationJourneyTest extends BrowserJourney {

    private static final String ADHERENT_NUMBER = "100645";
    private static final String LEGAL_NAME = "Rif Menuiserie SARL";
    private static final String DELEGATE_EMAIL = "h.bennis@rif-menuiserie.example";
    private static final String DELEGATE_PASSWORD = "Le cèdre du Rif ne plie pas";
    private static final String USER_LOGIN = "rif.declaration";
    private static final String USER_EMAIL = "s.tahiri@rif-menuiserie.example";
    private static final String USER_PASSWORD = "Des planches de thuya 2026";
    private static final String NEW_USER_PASSWORD = "Copeaux et sciure de noyer";
    private static final String FIRST_QUESTION = "Ville de naissance de votre mère ?";
    private static final String SECOND_QUESTION = "Nom de votre première école ?";

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://\\S+/subscription/confirm\\?token=[A-Za-z0-9_-]+");
    private static final Pattern STATUS_LINK = Pattern.compile("https?://\\S+/subscription/status\\?\\S+");
    private static final Pattern REFERENCE = Pattern.compile("ref=(AB[0-9]{4}-[0-9]{6})");
    private static final Pattern REQUEST = Pattern.compile("R[0-9]{4}-[0-9]{6}");
    private static final Pattern ACTIVATION_LINK = Pattern.compile("https?://\\S+/activate\\?token=[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile("(?m)^(\\d{8})\\s*$");

    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;

    private long companyId;
    /** The company's numbers as the demo data has them, given back afterwards. */
    private Record3<String, String, String> numbersBefore;

    @BeforeEach
    void theCompanyHasNoUserAdministratorYet() {
        companyId = dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(ADHERENT_NUMBER)))
                .fetchSingle(COMPANY.ID);
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.COMPANY_ID.eq(companyId))).as("accounts of " + ADHERENT_NUMBER)
                .isFalse();
        assertThat(dsl.fetchExists(COMPANY_SUBSCRIPTION, COMPANY_SUBSCRIPTION.COMPANY_ID.eq(companyId)))
                .as("subscriptions of " + ADHERENT_NUMBER).isFalse();
        numbersBefore = dsl.select(COMPANY.RC_NUMBER, COMPANY.PATENTE_NUMBER, COMPANY.WEBSITE).from(COMPANY)
                .where(COMPANY.ID.eq(companyId)).fetchSingle();
    }

    /** Test data only: in the portal nothing of this is ever deleted. Children before parents. */
    @AfterEach
    void giveTheCompanyBack() {
        delivery.deliverDue();
        List<String> requests = dsl.select(COMPANY_SUBSCRIPTION.REQUEST_REFERENCE).from(COMPANY_SUBSCRIPTION)
                .where(COMPANY_SUBSCRIPTION.COMPANY_ID.eq(companyId), COMPANY_SUBSCRIPTION.REQUEST_REFERENCE.isNotNull())
                .fetch(COMPANY_SUBSCRIPTION.REQUEST_REFERENCE);
        var theirRequests = SERVICE_REQUEST.REFERENCE.in(requests).or(SERVICE_REQUEST.REQUESTER_ACCOUNT_ID.in(
                dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.COMPANY_ID.eq(companyId))));
        var requestIds = dsl.select(SERVICE_REQUEST.ID).from(SERVICE_REQUEST).where(theirRequests).fetch(SERVICE_REQUEST.ID);
        dsl.deleteFrom(REQUEST_EVENT).where(REQUEST_EVENT.REQUEST_ID.in(requestIds)).execute();
        dsl.deleteFrom(REQUEST_ATTACHMENT).where(REQUEST_ATTACHMENT.REQUEST_ID.in(requestIds)).execute();
        dsl.deleteFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.ID.in(requestIds)).execute();
        // roles, activation links, secret answers, télédéclaration settings and recovery attempts go with them
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.COMPANY_ID.eq(companyId)).execute();
        dsl.deleteFrom(STAFF_APPROVAL).where(STAFF_APPROVAL.SUBJECT.in(dsl.select(COMPANY_SUBSCRIPTION.REFERENCE)
                .from(COMPANY_SUBSCRIPTION).where(COMPANY_SUBSCRIPTION.COMPANY_ID.eq(companyId)))).execute();
        dsl.deleteFrom(COMPANY_SUBSCRIPTION).where(COMPANY_SUBSCRIPTION.COMPANY_ID.eq(companyId)).execute();
        dsl.deleteFrom(COMPANY_HEAD).where(COMPANY_HEAD.COMPANY_ID.eq(companyId)).execute();
        dsl.update(COMPANY).set(COMPANY.RC_NUMBER, numbersBefore.value1())
                .set(COMPANY.PATENTE_NUMBER, numbersBefore.value2()).set(COMPANY.WEBSITE, numbersBefore.value3())
                .where(COMPANY.ID.eq(companyId)).execute();
        dsl.deleteFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.RECIPIENT.in(DELEGATE_EMAIL, USER_EMAIL)).execute();
    }

    @Test
    void aCompanySubscribesItsAdministratorCreatesAUserWhoActivatesAndRecoversTheirPassword() throws Exception {
        String reference = theCompanySubscribes();
        anAgentValidatesTheSubscription(reference);
        theUserAdministratorCreatesADeclarationUser();
        theUserActivatesTheirLogin();
        theUserRecoversAForgottenPassword();
    }

    /** Step 1; returns the subscription's reference. */
    private String theCompanySubscribes() throws Exception {
        Page applicant = newWindow();
        applicant.navigate(url("subscription"));
        field(applicant, "adherent-number").fill(ADHERENT_NUMBER);
        applicant.locator("vaadin-button.subscription-next").click();

        // informations générales (the demo company has no RC nor patente on file yet)
        field(applicant, "rc-number").fill("41377");
        field(applicant, "patente-number").fill("56100982");
        field(applicant, "website").fill("www.rif-menuiserie.example");
        // responsable de l'entreprise
        field(applicant, "head-last-name").fill("Ziani");
        field(applicant, "head-first-name").fill("Mohamed");
        field(applicant, "head-function").fill("Gérant");
        field(applicant, "head-landline-1").fill("05 36 60 12 34");
        // personne déléguée, with the user administrator's password
        field(applicant, "delegate-last-name").fill("Bennis");
        field(applicant, "delegate-first-name").fill("Hanane");
        field(applicant, "delegate-function").fill("Responsable des ressources humaines");
        field(applicant, "delegate-gsm").fill("06 61 45 78 90");
        field(applicant, "delegate-email").fill(DELEGATE_EMAIL);
        field(applicant, "delegate-password").fill(DELEGATE_PASSWORD);
        field(applicant, "delegate-password-again").fill(DELEGATE_PASSWORD);
        applicant.locator("vaadin-button.send-company-subscription").click();
        assertThat(applicant.locator(".subscription-sent")).containsText(DELEGATE_EMAIL);

        openLink(applicant, link(mailTo(DELEGATE_EMAIL, "confirmez"), CONFIRMATION_LINK));
        assertThat(applicant.locator(".subscription-confirmed")).isVisible();

        ReceivedMail submitted = mailTo(DELEGATE_EMAIL, "est enregistrée");
        assertThat(submitted.body()).doesNotContain(DELEGATE_PASSWORD);
        String statusLink = link(submitted, STATUS_LINK);
        Matcher reference = REFERENCE.matcher(statusLink);
        assertThat(reference.find()).as("the reference in " + statusLink).isTrue();
        openLink(applicant, statusLink);
        assertThat(applicant.locator(".subscription-status"))
                .hasText("Envoyée : en attente du formulaire signé et cacheté");
        assertThat(applicant.locator(".subscription-summary")).containsText(LEGAL_NAME);
        Download form = applicant.waitForDownload(() -> applicant.locator("a.subscription-pdf-fr").click());
        assertThat(form.suggestedFilename()).isEqualTo("abonnement-" + reference.group(1) + "-fr.pdf");
        byte[] pdf = Files.readAllBytes(form.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        screenshot(applicant, "company-administration-1-subscription-submitted");
        return reference.group(1);
    }

    /** Step 2. */
    private void anAgentValidatesTheSubscription(String reference) throws Exception {
        Page agent = newWindow();
        signInWithSecondFactor(agent, DemoLogins.AGENT, DemoLogins.PASSWORD);
        assertThat(agent).hasURL(Pattern.compile(".*/backoffice$"));
        agent.navigate(url("backoffice/subscriptions"));
        agent.locator("vaadin-grid.subscriptions-grid a.subscription-case-link").filter(new Locator.FilterOptions()
                .setHasText(reference)).click();
        assertThat(agent).hasURL(Pattern.compile(".*/backoffice/subscriptions/" + reference + "$"));

        Path scan = Files.createTempFile("formulaire-signe", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% formulaire signé et cacheté\n");
        agent.locator("vaadin-upload.receipt-scan input[type=file]").setInputFiles(scan);
        assertThat(agent.locator("vaadin-upload.receipt-scan vaadin-upload-file[complete]")).hasCount(1);
        Files.delete(scan);
        agent.locator("vaadin-button.record-receipt").click();
        assertThat(agent.locator(".subscription-status")).hasText("Formulaire signé reçu : en cours de validation");
        assertThat(agent.locator(".subscription-light")).hasText("Dans les temps");
        // the signed form's receipt filed a service request: the delegate is told its reference
        Matcher request = REQUEST.matcher(mailTo(DELEGATE_EMAIL, "est bien reçue").body());
        assertThat(request.find()).as("the request's reference").isTrue();
        // who received the form does not validate it: a second staff member does, in a window of their
        // own (the supervisor, who works requests as an agent does)
        assertThat(agent.locator("vaadin-button.validate-subscription")).hasCount(0);
        agent = newWindow();
        signInWithSecondFactor(agent, DemoLogins.SUPERVISOR, DemoLogins.PASSWORD);
        agent.navigate(url("backoffice/subscriptions/" + reference));
        agent.locator("vaadin-button.validate-subscription").click();
        assertThat(agent.locator(".subscription-status"))
                .hasText("Validée : l'administrateur des utilisateurs peut se connecter");

        assertThat(mailTo(DELEGATE_EMAIL, "Réponse à votre demande " + request.group()).body())
                .contains("Votre abonnement aux téléservices est validé", LEGAL_NAME, "l'identifiant " + ADHERENT_NUMBER)
                .doesNotContain(DELEGATE_PASSWORD);
        agent.locator(".subscription-status").scrollIntoViewIfNeeded();
        screenshot(agent, "company-administration-2-subscription-validated");
        theRequestQueueReadsWholeOnALaptop(agent);
    }

    /**
     * Staff read the queue all day on a laptop: at 1 366 px the type and the subject of every request
     * are whole (they wrap), not cut to a few letters (issue 16).
     */
    private void theRequestQueueReadsWholeOnALaptop(Page staff) {
        staff.setViewportSize(1366, 768);
        staff.navigate(url("backoffice/requests"));
        Locator cells = staff.locator("vaadin-grid.request-queue vaadin-grid-cell-content");
        assertThat(cells.first()).isVisible();
        @SuppressWarnings("unchecked")
        var cut = (java.util.List<String>) staff.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid.request-queue vaadin-grid-cell-content')]
                        .filter(cell => cell.offsetParent !== null && cell.scrollWidth > cell.clientWidth + 1)
                        .map(cell => cell.textContent.trim())""");
        org.assertj.core.api.Assertions.assertThat(cut).as("cells cut at 1 366 px").isEmpty();
        screenshot(staff, "company-administration-2b-request-queue-1366");
    }

    /** Step 3. */
    private void theUserAdministratorCreatesADeclarationUser() {
        // a télédéclaration user declares some of the company's active categories: the demo company has them
        assertThat(dsl.fetchCount(CONTRIBUTION_CATEGORY, CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId),
                CONTRIBUTION_CATEGORY.ACTIVE.isTrue(), CONTRIBUTION_CATEGORY.CODE.eq("CAD"))).isEqualTo(1);

        Page administrator = newWindow();
        signInWithSecondFactor(administrator, ADHERENT_NUMBER, DELEGATE_PASSWORD);
        assertThat(administrator).hasURL(Pattern.compile(".*/delegate$"));
        Locator users = administrator.locator("vaadin-grid.company-users");
        assertThat(users).containsText(ADHERENT_NUMBER);

        administrator.locator("vaadin-button.new-user").click();
        administrator.locator("vaadin-select.new-user-teleservice").click();
        administrator.locator("vaadin-select.new-user-teleservice vaadin-select-item")
                .nth(Teleservice.DECLARATION.ordinal()).click();
        // the console proposes a generated login for the téléservice; once it is there, type our own
        assertThat(field(administrator, "new-user-login")).hasValue(ADHERENT_NUMBER + ".declaration");
        field(administrator, "new-user-login").fill(USER_LOGIN);
        field(administrator, "new-user-name").fill("Samira Tahiri");
        field(administrator, "new-user-email").fill(USER_EMAIL);
        // internal (the company's own staff: the first choice), by pre-established file, executives only
        administrator.locator("vaadin-radio-group.declaration-kind vaadin-radio-button").first().locator("input").check();
        administrator.locator("vaadin-radio-group.declaration-mode vaadin-radio-button")
                .nth(DeclarationMode.FILE.ordinal()).locator("input").check();
        Locator executives = administrator.locator("vaadin-checkbox-group.declaration-categories vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("CAD"));
        assertThat(executives).isEnabled();
        executives.locator("input").check();
        field(administrator, "secret-question-1").fill(FIRST_QUESTION);
        field(administrator, "secret-answer-1").fill("Fès");
        field(administrator, "secret-question-2").fill(SECOND_QUESTION);
        field(administrator, "secret-answer-2").fill("Ibn Khaldoun");
        // a new login is created on the delegate's own password (DD024)
        field(administrator, "new-user-confirmation").fill(DELEGATE_PASSWORD);
        administrator.locator("vaadin-button.create-user").click();

        // the dialog closes once the login exists, and the grid shows it
        assertThat(administrator.locator("vaadin-button.create-user")).hasCount(0);
        assertThat(users).containsText(USER_LOGIN);
        var created = dsl.select(USER_ACCOUNT.STATUS, USER_ACCOUNT.TELESERVICE, DECLARATION_USER.EXTERNAL,
                        DECLARATION_USER.MODE)
                .from(USER_ACCOUNT).join(DECLARATION_USER).on(DECLARATION_USER.ACCOUNT_ID.eq(USER_ACCOUNT.ID))
                .where(USER_ACCOUNT.LOGIN.eq(USER_LOGIN)).fetchSingle();
        assertThat(created.value1()).isEqualTo(AccountStatus.PENDING);
        assertThat(created.value2()).isEqualTo(Teleservice.DECLARATION);
        assertThat(created.value3()).as("external").isFalse();
        assertThat(created.value4()).isEqualTo(DeclarationMode.FILE);
        assertThat(dsl.select(CONTRIBUTION_CATEGORY.CODE).from(DECLARATION_USER_CATEGORY)
                .join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION_USER_CATEGORY.CATEGORY_ID))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(DECLARATION_USER_CATEGORY.ACCOUNT_ID))
                .where(USER_ACCOUNT.LOGIN.eq(USER_LOGIN)).fetch(CONTRIBUTION_CATEGORY.CODE)).containsExactly("CAD");
        screenshot(administrator, "company-administration-3-user-created");
    }

    /** Step 4. */
    private void theUserActivatesTheirLogin() {
        Page user = newWindow();
        ReceivedMail activation = mailTo(USER_EMAIL, "Votre accès aux téléservices CIMR");
        assertThat(activation.body()).contains(USER_LOGIN);
        openLink(user, link(activation, ACTIVATION_LINK));
        field(user, "new-password").fill(USER_PASSWORD);
        field(user, "new-password-again").fill(USER_PASSWORD);
        user.locator("vaadin-button.activate").click();
        assertThat(user.locator(".activation-done")).containsText(USER_LOGIN);

        signIn(user, USER_LOGIN, USER_PASSWORD);
        assertThat(user).hasURL(Pattern.compile(".*/company$"));
        assertThat(user.locator("h1")).hasText(LEGAL_NAME);
        screenshot(user, "company-administration-4-user-activated");
    }

    /** Step 5: a new window, as someone who cannot sign in any more. */
    private void theUserRecoversAForgottenPassword() {
        Page user = newWindow();
        user.navigate(url("forgot-password"));
        field(user, "recovery-login").fill(USER_LOGIN);
        user.locator("vaadin-button.send-code").click();
        assertThat(user.locator(".recovery-sent")).isVisible();

        Matcher code = CODE.matcher(mailTo(USER_EMAIL, "Votre code pour choisir un nouveau mot de passe").body());
        assertThat(code.find()).as("an 8-digit code").isTrue();
        field(user, "recovery-code").fill(code.group(1));
        user.locator("vaadin-button.check-code").click();

        // the questions chosen for this login, answered without the accent, in other cases, spaced otherwise
        Locator answers = user.locator("vaadin-text-field.recovery-answer");
        assertThat(answers).hasCount(2);
        answers.filter(new Locator.FilterOptions().setHasText(FIRST_QUESTION)).locator("input").fill("FES");
        answers.filter(new Locator.FilterOptions().setHasText(SECOND_QUESTION)).locator("input").fill("ibn-khaldoun ");
        field(user, "new-password").fill(NEW_USER_PASSWORD);
        field(user, "new-password-again").fill(NEW_USER_PASSWORD);
        user.locator("vaadin-button.reset-password").click();
        assertThat(user.locator(".recovery-done")).containsText(USER_LOGIN);
        assertThat(mailTo(USER_EMAIL, "Votre mot de passe a été changé").body()).doesNotContain(NEW_USER_PASSWORD);

        signIn(user, USER_LOGIN, USER_PASSWORD);
        assertThat(user.getByText("Identifiant ou mot de passe incorrect")).isVisible();
        signIn(user, USER_LOGIN, NEW_USER_PASSWORD);
        assertThat(user).hasURL(Pattern.compile(".*/company$"));
        assertThat(user.locator("h1")).hasText(LEGAL_NAME);
        screenshot(user, "company-administration-5-password-recovered");
    }

    /** The input of a Vaadin field, by the class name the view gives the field. */
    private static Locator field(Page page, String className) {
        return page.locator("." + className + " input");
    }

    /** The only e-mail to that address whose subject has those words, once the outbox is delivered. */
    private ReceivedMail mailTo(String address, String subjectContains) {
        delivery.deliverDue();
        List<ReceivedMail> mails = mailbox.receivedBy(address).stream()
                .filter(mail -> mail.subject().contains(subjectContains)).toList();
        assertThat(mails).as("e-mails to %s about «%s»", address, subjectContains).hasSize(1);
        return mails.getFirst();
    }

    private static String link(ReceivedMail mail, Pattern pattern) {
        Matcher link = pattern.matcher(mail.body());
        assertThat(link.find()).as("a link %s in: %s", pattern, mail.body()).isTrue();
        return link.group();
    }
}
