package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.parameter.HolidayService;
import com.vaadin.flow.component.upload.Upload;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.DueDates;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.DELEGATE_LETTER;
import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A member company's signed, stamped letter about its user administrator reaches the Agence
 * Virtuelle. The agent records it and sends what it asks for; the delegate alone chooses the new
 * password or confirms the new address. No staff screen, method or audit line ever holds a
 * password or the link's token.
 */
@Transactional
class DelegateLetterTest extends PortalBrowserlessTest {

    static final String ADHERENT = "199001";
    static final String LEGAL_NAME = "Recouvrement Essais SARL";
    static final String EMAIL = "delegue.199001@demo.example";
    static final String NEW_EMAIL = "nouveau.delegue.199001@demo.example";
    static final String OLD_PASSWORD = "ancienne phrase du délégué";
    static final String NEW_PASSWORD = "la nouvelle phrase du délégué";

    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DelegateLetterDesk desk;
    @Autowired
    RequestDesk requestDesk;
    @Autowired
    Approvals approvals;
    @Autowired
    HolidayService holidays;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    Clock clock;
    @Autowired
    WebApplicationContext context;

    long delegateId;

    @BeforeEach
    void setUp() {
        long companyId = dsl.insertInto(COMPANY)
                .set(COMPANY.ADHERENT_NUMBER, new AdherentNumber(ADHERENT)).set(COMPANY.LEGAL_NAME, LEGAL_NAME)
                .set(COMPANY.ADDRESS_LINE, "12 rue des Essais").set(COMPANY.CITY, "Casablanca")
                .returning(COMPANY.ID).fetchSingle().getId();
        delegateId = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN, ADHERENT).set(USER_ACCOUNT.PASSWORD_HASH, encoder.encode(OLD_PASSWORD))
                .set(USER_ACCOUNT.KIND, AccountKind.DELEGATE).set(USER_ACCOUNT.DISPLAY_NAME, "Hind Essaidi")
                .set(USER_ACCOUNT.EMAIL, new EmailAddress(EMAIL)).set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(USER_ACCOUNT.COMPANY_ID, companyId)
                .returning(USER_ACCOUNT.ID).fetchSingle().getId();
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, delegateId).set(ACCOUNT_ROLE.ROLE, Role.DELEGATE).execute();
        delivery.deliverDue();
        mailbox.purge();
    }

    @Test
    void aResetLetterSendsTheDelegateALinkAndOnlyTheDelegateChoosesThePassword() throws Exception {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.FAILED_LOGINS, 8)
                .set(USER_ACCOUNT.LOCKED_UNTIL, OffsetDateTime.now(ZoneOffset.UTC).plusHours(5))
                .where(USER_ACCOUNT.ID.eq(delegateId)).execute();

        signInAs(DemoLogins.AGENT);
        open("backoffice");
        assertThat(menu())
                .extracting(MenuItem::path).contains("backoffice/delegate-letters");
        assertThat(open("backoffice/delegate-letters")).isEqualTo("backoffice/delegate-letters");
        find(ADHERENT);
        assertThat(Screen.now()).contains(LEGAL_NAME, "Hind Essaidi", EMAIL);
        recordLetter("Réinitialisation du mot de passe de la personne déléguée", today().minusDays(1), null);
        String reference = dsl.select(DELEGATE_LETTER.REQUEST_REFERENCE).from(DELEGATE_LETTER)
                .where(DELEGATE_LETTER.KIND.eq(DelegateLetterKind.PASSWORD_RESET)).orderBy(DELEGATE_LETTER.ID.desc()).limit(1)
                .fetchSingle().value1();
        assertThat(result()).startsWith("Lettre enregistrée : demande " + reference);
        // the letter's scan is joined to its request, for whoever approves the link to compare
        assertThat(requestDesk.detail(reference).attachments()).extracting(a -> a.fileName()).containsExactly("lettre.pdf");
        processFirstLetter();
        assertThat(result()).startsWith("Envoi du lien proposé : il partira quand un second membre du personnel");
        assertThat(resetLinks()).as("nothing leaves on one person's word").isZero();
        assertThat(statusOfFirstLetter()).isEqualTo("Envoi proposé par " + DemoLogins.AGENT
                + " : en attente d'approbation par un second membre du personnel");

        // a second agent approves it on the approvals page, and the link leaves
        signInAs(DemoLogins.SECOND_AGENT);
        approveOnTheApprovalsPage(reference);
        assertThat(resetLinks()).isOne();
        open("backoffice/delegate-letters");
        find(ADHERENT);

        // the charter's deadline ran on the request, which is now answered
        RequestDetail request = requestDesk.detail(reference);
        LocalDate today = today();
        assertThat(request.summary().type().code()).isEqualTo("COMPANY_ACCOUNT_UPDATE");
        assertThat(request.summary().dueDate()).isEqualTo(DueDates.initial(request.summary().type(), today, holidays.calendar()))
                .isEqualTo(holidays.calendar().plusBusinessDays(today, 3));
        assertThat(request.summary().status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(request.channel()).isEqualTo(Channel.POST);

        delivery.deliverDue();
        String token = tokenIn(EMAIL, "/reset-password\\?token=([A-Za-z0-9_-]+)");
        // nothing the agent sees, nothing recorded, holds the token or a password field
        assertThat(agentScreen()).doesNotContain(token).doesNotContain(NEW_PASSWORD);
        assertThat($(PasswordField.class).all()).isEmpty();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.DETAILS.contains(token).or(AUDIT_EVENT.TARGET.contains(token))
                .or(AUDIT_EVENT.ACTOR.contains(token)))).isZero();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("DELEGATE_RESET_LINK_SENT")
                .and(AUDIT_EVENT.ACTOR.eq(DemoLogins.SECOND_AGENT)).and(AUDIT_EVENT.TARGET.eq(ADHERENT)))).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("APPROVAL_PROPOSED")
                .and(AUDIT_EVENT.ACTOR.eq(DemoLogins.AGENT)).and(AUDIT_EVENT.TARGET.eq("DELEGATE_LETTER " + reference))))
                .isTrue();
        assertThat(dsl.fetchCount(SERVICE_REQUEST, SERVICE_REQUEST.DESCRIPTION.contains(token))).isZero();
        assertThat(dsl.fetchCount(REQUEST_EVENT, REQUEST_EVENT.MESSAGE.contains(token))).isZero();
        assertThat(dsl.fetchCount(ONE_TIME_LINK, ONE_TIME_LINK.TOKEN_HASH.eq(token))).isZero();
        assertThat(encoder.matches(OLD_PASSWORD, passwordHash())).as("staff changed nothing themselves").isTrue();

        SignedIn.out();
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        test($(PasswordField.class).withClassName("new-password").first()).setValue(NEW_PASSWORD);
        test($(PasswordField.class).withClassName("new-password-again").first()).setValue(NEW_PASSWORD);
        test($(Button.class).withClassName("reset-password").first()).click();
        assertThat($(Paragraph.class).withClassName("recovery-done").first().getText()).contains(ADHERENT);
        assertThat(signIn(ADHERENT, NEW_PASSWORD)).isEqualTo("/my-space");

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        assertThat($(PasswordField.class).all()).as("the link works once").isEmpty();
    }

    @Test
    void anEmailUpdateLetterSendsALinkToTheNewAddressAndTheOldOneStaysUntilItIsOpened() {
        signInAs(DemoLogins.SUPERVISOR);
        open("backoffice/delegate-letters");
        find(ADHERENT);
        recordLetter("Mise à jour de l'e-mail de la personne déléguée", today(),
                NEW_EMAIL);
        processFirstLetter();
        assertThat(result()).startsWith("Envoi du lien de confirmation proposé");
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(NEW_EMAIL)).as("nothing leaves on one person's word").isEmpty();
        signInAs(DemoLogins.AGENT);
        approveOnTheApprovalsPage(latestLetterReference());
        open("backoffice/delegate-letters");
        find(ADHERENT);

        delivery.deliverDue();
        String token = tokenIn(NEW_EMAIL, "/confirm-email\\?token=([A-Za-z0-9_-]+)");
        assertThat(mailbox.receivedBy(EMAIL)).extracting(TestMailbox.ReceivedMail::subject)
                .anyMatch(subject -> subject.startsWith("Modification de l'adresse e-mail du compte " + ADHERENT));
        assertThat(agentScreen()).doesNotContain(token);
        // until the link is opened, the old address is the one in force
        assertThat(emailOf()).isEqualTo(EMAIL);

        SignedIn.out();
        UI.getCurrent().navigate("confirm-email", QueryParameters.of("token", token));
        test($(Button.class).withClassName("confirm-email").first()).click();
        assertThat(emailOf()).isEqualTo(NEW_EMAIL);
        assertThat(dsl.select(USER_ACCOUNT.EMAIL_CONFIRMED_AT).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(delegateId))
                .fetchSingle().value1()).isNotNull();
    }

    @Test
    void whatTheLetterLacksIsSaidAndNothingIsRecorded() {
        signInAs(DemoLogins.AGENT);
        open("backoffice/delegate-letters");
        find("999999");
        assertThat($(Paragraph.class).withClassName("desk-not-found").first().getText())
                .isEqualTo("Aucun adhérent ne porte ce numéro.");

        find(ADHERENT);
        recordLetter("Réinitialisation du mot de passe de la personne déléguée",
                today().plusDays(2), null);
        assertThat(result()).startsWith("Indiquez la date de réception");
        recordLetter("Mise à jour de l'e-mail de la personne déléguée", today(),
                "pas-une-adresse");
        assertThat(result()).isEqualTo("Saisissez la nouvelle adresse e-mail écrite sur la lettre.");
        // a fresh page: a scan joined above would still wait in the form after a refusal
        open("backoffice/delegate-letters");
        find(ADHERENT);
        recordLetter("Réinitialisation du mot de passe de la personne déléguée", today(), null, null);
        assertThat(result()).isEqualTo("Joignez le scan de la lettre signée et cachetée.");
        recordLetter("Réinitialisation du mot de passe de la personne déléguée", today(), null,
                "MZ not a scan".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(result()).as("the request's attachment rules check the scan")
                .isEqualTo(UI.getCurrent().getTranslation("request.error.fileType"));
        assertThatThrownBy(() -> desk.record(new NewDelegateLetter(ADHERENT, DelegateLetterKind.PASSWORD_RESET,
                today(), Channel.WEB, null, scan())))
                .hasMessage("recovery.error.channel");
        assertThat(dsl.fetchCount(DELEGATE_LETTER, DELEGATE_LETTER.COMPANY_ID.in(
                dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(ADHERENT)))))).isZero();
    }

    @Test
    void aLetterIsActedOnOnceAndNeverForAnUnprovenAddress() {
        signInAs(DemoLogins.AGENT);
        RecordedLetter letter = desk.record(new NewDelegateLetter(ADHERENT, DelegateLetterKind.PASSWORD_RESET, today(),
                Channel.AGENCY, null, scan()));
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, (OffsetDateTime) null)
                .where(USER_ACCOUNT.ID.eq(delegateId)).execute();
        assertThatThrownBy(() -> desk.process(letter.letterId())).hasMessage("recovery.error.delegateEmailUnconfirmed");
        assertThat(resetLinks()).isZero();

        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(USER_ACCOUNT.ID.eq(delegateId)).execute();
        desk.process(letter.letterId());
        assertThatThrownBy(() -> desk.process(letter.letterId())).hasMessage("approval.error.alreadyPending");
        // the address was unproven again before the second person looked: the approval refuses, nothing leaves
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, (OffsetDateTime) null)
                .where(USER_ACCOUNT.ID.eq(delegateId)).execute();
        signInAs(DemoLogins.SECOND_AGENT);
        assertThatThrownBy(() -> approvals.approveOn(letter.requestReference()))
                .hasMessage("recovery.error.delegateEmailUnconfirmed");
        assertThat(resetLinks()).isZero();
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(USER_ACCOUNT.ID.eq(delegateId)).execute();
        approvals.approveOn(letter.requestReference());
        assertThatThrownBy(() -> desk.process(letter.letterId())).hasMessage("recovery.error.letterProcessed");
        assertThat(resetLinks()).isOne();
    }

    @Test
    void onlyTheFundsAgentsAndSupervisorsReachTheLetters() {
        for (String login : List.of(DemoLogins.ATLAS_DELEGATE, DemoLogins.ATLAS_COMPANY_ACCOUNT, DemoLogins.AFFILIATE,
                DemoLogins.ADMINISTRATOR)) {
            signInAs(login);
            assertThatThrownBy(() -> desk.findCompany(ADHERENT)).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.record(new NewDelegateLetter(ADHERENT, DelegateLetterKind.PASSWORD_RESET,
                    LocalDate.now(), Channel.POST, null, scan()))).as(login).isInstanceOf(AccessDeniedException.class);
            open("backoffice/delegate-letters");
            assertThat(getCurrentView()).as(login).isInstanceOf(ma.cimr.teleservices.shell.ui.AccessDeniedView.class);
        }
    }

    /**
     * Four eyes (DD025): whoever proposed the link never sends it, however often they try, by the
     * service or the approvals page; a second agent does.
     */
    @Test
    void theAgentWhoProposesTheLinkCannotSendItAlone() {
        signInAs(DemoLogins.AGENT);
        RecordedLetter letter = desk.record(new NewDelegateLetter(ADHERENT, DelegateLetterKind.PASSWORD_RESET, today(),
                Channel.POST, null, scan()));
        desk.process(letter.letterId());
        long approvalId = approvals.pendingOn(letter.requestReference()).orElseThrow().id();
        int tries = 5;
        int succeeded = 0;
        for (int i = 0; i < tries; i++) {
            try {
                approvals.approve(approvalId);
                succeeded++;
            } catch (ma.cimr.teleservices.shared.Refusal refused) {
                assertThat(refused.key()).isEqualTo("approval.error.ownProposal");
            }
        }
        System.out.printf("delegate letter, the proposer approving their own link: %d succeeded of %d tried%n",
                succeeded, tries);
        assertThat(succeeded).isZero();
        assertThat(resetLinks()).isZero();
        open("backoffice/approvals");
        assertThat($(Button.class, proposal(letter.requestReference())).withClassName("approve-proposal").all())
                .as("no approve button").isEmpty();

        signInAs(DemoLogins.SECOND_AGENT);
        approvals.approve(approvalId);
        assertThat(resetLinks()).isOne();
        assertThat(desk.letters(ADHERENT)).singleElement().satisfies(processed -> {
            assertThat(processed.processedBy()).isEqualTo(DemoLogins.SECOND_AGENT);
            assertThat(processed.awaitingApproval()).isFalse();
        });
    }

    @Test
    void aRejectedProposalSendsNothingAndTheLetterWaitsForANewOne() {
        signInAs(DemoLogins.AGENT);
        RecordedLetter letter = desk.record(new NewDelegateLetter(ADHERENT, DelegateLetterKind.EMAIL_UPDATE, today(),
                Channel.POST, NEW_EMAIL, scan()));
        desk.process(letter.letterId());

        signInAs(DemoLogins.SECOND_AGENT);
        open("backoffice/approvals");
        var card = proposal(letter.requestReference());
        test($(Button.class, card).withClassName("reject-proposal").first()).click();
        assertThat(approvals.pendingOn(letter.requestReference())).as("a rejection needs its reason").isPresent();
        test($(TextField.class, card).withClassName("approval-reason").first())
                .setValue("La signature ne correspond pas au dossier.");
        test($(Button.class, card).withClassName("reject-proposal").first()).click();

        delivery.deliverDue();
        assertThat(mailbox.receivedBy(NEW_EMAIL)).isEmpty();
        assertThat(emailOf()).isEqualTo(EMAIL);
        assertThat(requestDesk.detail(letter.requestReference()).summary().status().isOpen()).isTrue();
        assertThat(desk.letters(ADHERENT)).singleElement().satisfies(waiting -> {
            assertThat(waiting.processed()).isFalse();
            assertThat(waiting.awaitingApproval()).isFalse();
        });
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("APPROVAL_REJECTED")
                .and(AUDIT_EVENT.ACTOR.eq(DemoLogins.SECOND_AGENT))
                .and(AUDIT_EVENT.DETAILS.contains("La signature ne correspond pas au dossier.")))).isTrue();
        // the case goes on: a new proposal may be made
        desk.process(letter.letterId());
        assertThat(approvals.pendingOn(letter.requestReference())).get()
                .extracting(ma.cimr.teleservices.approval.Approval::proposedBy).isEqualTo(DemoLogins.SECOND_AGENT);
    }

    /** By construction: no staff method takes a password or hands back anything secret. */
    @Test
    void theStaffsMethodsNeitherTakeNorReturnASecret() {
        Pattern secret = Pattern.compile("(?i)password|token|secret|hash|code");
        List<String> found = new ArrayList<>();
        for (Method method : DelegateLetterDesk.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            for (var parameter : method.getParameters()) {
                if (secret.matcher(parameter.getName()).find()) {
                    found.add(method.getName() + "(" + parameter.getName() + ")");
                }
                found.addAll(secretComponents(parameter.getType(), secret));
            }
            found.addAll(secretComponents(method.getReturnType(), secret));
        }
        assertThat(found).isEmpty();
        assertThat(method("process").getReturnType()).isEqualTo(void.class);
    }

    private static List<String> secretComponents(Class<?> type, Pattern secret) {
        List<String> found = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (secret.matcher(component.getName()).find()) {
                    found.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        return found;
    }

    private static Method method(String name) {
        for (Method method : DelegateLetterDesk.class.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new AssertionError("no method " + name);
    }

    private void find(String adherentNumber) {
        test($(TextField.class).withClassName("desk-adherent").first()).setValue(adherentNumber);
        test($(Button.class).withClassName("desk-find").first()).click();
    }

    private void recordLetter(String kind, LocalDate receivedOn, String newEmail) {
        recordLetter(kind, receivedOn, newEmail, SCAN);
    }

    @SuppressWarnings("unchecked")
    private void recordLetter(String kind, LocalDate receivedOn, String newEmail, byte[] scan) {
        test((Select<DelegateLetterKind>) $(Select.class).withClassName("desk-kind").first()).selectItem(kind);
        test($(DatePicker.class).withClassName("desk-received-on").first()).setValue(receivedOn);
        if (newEmail != null) {
            test($(EmailField.class).withClassName("desk-new-email").first()).setValue(newEmail);
        }
        if (scan != null) {
            test($(Upload.class).withClassName("desk-scan").first()).upload("lettre.pdf", "application/pdf", scan);
        }
        test($(Button.class).withClassName("desk-record").first()).click();
    }

    /** A scanned letter: the PDF signature is what the attachment rules check. */
    static final byte[] SCAN = "%PDF-1.4\n% lettre signée et cachetée\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static Attachment scan() {
        return new Attachment("lettre.pdf", "application/pdf", SCAN);
    }

    private String latestLetterReference() {
        return dsl.select(DELEGATE_LETTER.REQUEST_REFERENCE).from(DELEGATE_LETTER).orderBy(DELEGATE_LETTER.ID.desc())
                .limit(1).fetchSingle().value1();
    }

    /** The approvals page's card of the proposal on that subject. */
    private com.vaadin.flow.component.Component proposal(String subject) {
        return $(ma.cimr.teleservices.shared.ui.PageSection.class).withClassName("approval").all().stream()
                .filter(card -> subject.equals(card.getElement().getAttribute("data-subject")))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal on " + subject + " on the page"));
    }

    private void approveOnTheApprovalsPage(String subject) {
        assertThat(open("backoffice/approvals")).isEqualTo("backoffice/approvals");
        test($(Button.class, proposal(subject)).withClassName("approve-proposal").first()).click();
        assertThat(approvals.pendingOn(subject)).as("approved").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private String statusOfFirstLetter() {
        Grid<DelegateLetter> grid = $(Grid.class).withClassName("desk-letters").first();
        return test(grid).getCellText(0, 3);
    }

    @SuppressWarnings("unchecked")
    private void processFirstLetter() {
        Grid<DelegateLetter> grid = $(Grid.class).withClassName("desk-letters").first();
        test((Button) test(grid).getCellComponent(0, grid.getColumns().size() - 1)).click();
    }

    private String result() {
        return $(Paragraph.class).withClassName("desk-result").first().getText();
    }

    /** The page's elements and the text of every cell of its grid: all an agent can read. */
    @SuppressWarnings("unchecked")
    private String agentScreen() {
        StringBuilder screen = new StringBuilder(Screen.now());
        Grid<DelegateLetter> grid = $(Grid.class).withClassName("desk-letters").first();
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < grid.getColumns().size() - 1; column++) {
                screen.append('\n').append(rows.getCellText(row, column));
            }
        }
        return screen.toString();
    }

    private String tokenIn(String address, String linkPattern) {
        var mails = mailbox.receivedBy(address);
        for (TestMailbox.ReceivedMail mail : mails) {
            Matcher link = Pattern.compile(linkPattern).matcher(mail.body());
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no link " + linkPattern + " in the mail of " + address);
    }

    private String passwordHash() {
        return dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(delegateId))
                .fetchSingle().value1();
    }

    private String emailOf() {
        return dsl.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(delegateId)).fetchSingle().value1().value();
    }

    private String signIn(String login, String password) throws Exception {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(post("/login").param("username", login).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }

    private int resetLinks() {
        return dsl.fetchCount(ONE_TIME_LINK, ONE_TIME_LINK.ACCOUNT_ID.eq(delegateId), ONE_TIME_LINK.PURPOSE.eq("PASSWORD_RESET"));
    }
}
