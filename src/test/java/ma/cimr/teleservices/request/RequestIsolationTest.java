package ma.cimr.teleservices.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.ui.LoginView;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import ma.cimr.teleservices.shell.ui.NotFoundView;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DELEGATE;
import static ma.cimr.teleservices.DemoLogins.OTHER_AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A requester never sees another requester's requests, whatever the way in: the service methods,
 * the addresses of every space, the backoffice, the public "follow" page. "Yours" is decided by
 * the signed-in account (or the secret of an anonymous request), and "not yours" looks exactly
 * like "does not exist", so references cannot be probed.
 */
@Transactional
class RequestIsolationTest extends PortalBrowserlessTest {

    /** Stands for "nobody signed in" in the parameterized tests. */
    private static final String ANONYMOUS = "anonymous";
    /** Well-formed (ten letters of the secret alphabet) but nobody's. */
    private static final String WRONG_SECRET = "ABCDEFGH23";
    /** Well-formed but never issued: references start with the year they were given. */
    private static final String NO_SUCH_REFERENCE = "R1999-000001";
    private static final String DESCRIPTION = "Mon relevé ne montre aucun point pour 2019, voyez le bulletin joint.";

    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    RequestDesk desk;
    @Autowired
    DSLContext dsl;

    /** Affiliate A's complaint, answered: its owner could escalate it and rate it. */
    private String reference;
    private long attachmentId;

    @BeforeEach
    void affiliateAsAnsweredComplaint() {
        signInAs(AFFILIATE);
        reference = serviceRequests.file(new NewRequest("AFFILIATE_COMPLAINT", Channel.WEB, "fr", "Points manquants",
                        DESCRIPTION, null, null, null),
                List.of(new Attachment("bulletin.pdf", "application/pdf",
                        "%PDF-1.4 bulletin de paie".getBytes(StandardCharsets.US_ASCII)))).reference();
        attachmentId = serviceRequests.find(reference, null).attachments().getFirst().id();
        signInAs(AGENT);
        desk.answer(reference, "Vos points de 2019 sont bien enregistrés.");
        SignedIn.out();
    }

    // --- the services

    @Test
    void theOwnerReachesItThroughEveryServiceMethod() {
        // the control: what the other tests refuse is there for its owner
        signInAs(AFFILIATE);
        assertThat(serviceRequests.find(reference, null).description()).isEqualTo(DESCRIPTION);
        assertThat(serviceRequests.attachment(reference, null, attachmentId).fileName()).isEqualTo("bulletin.pdf");
        assertThat(serviceRequests.myRequests()).extracting(RequestSummary::reference).contains(reference);
        assertThat(serviceRequests.find(reference, null).mayEscalate()).isTrue();
        assertThat(serviceRequests.find(reference, null).mayRate()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {OTHER_AFFILIATE, RETIREE, ATLAS_COMPANY_ACCOUNT, ATLAS_DELEGATE, ANONYMOUS})
    void anybodyElseGetsNotFoundFromEveryServiceMethod(String login) {
        signInAsOrAnonymous(login);

        requesterCalls(reference).forEach((call, method) -> assertThatThrownBy(method).as(call)
                .isExactlyInstanceOf(RequestNotFoundException.class));

        // and the refused escalation and rating changed nothing
        var stored = dsl.selectFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchSingle();
        assertThat(stored.getLevel()).isEqualTo(RequestLevel.FUND);
        assertThat(stored.getRating()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {OTHER_AFFILIATE, RETIREE, ATLAS_COMPANY_ACCOUNT, ATLAS_DELEGATE})
    void anotherRequestersListNeverHoldsIt(String login) {
        signInAs(login);

        assertThat(serviceRequests.myRequests()).extracting(RequestSummary::reference).doesNotContain(reference);
    }

    @Test
    void anAnonymousRequestOpensWithItsSecretOnly() {
        RequestReceipt receipt = fileAnonymously("visiteur@example.com");

        assertThat(serviceRequests.find(receipt.reference(), receipt.accessSecret()).summary().reference())
                .isEqualTo(receipt.reference());
        assertThatThrownBy(() -> serviceRequests.find(receipt.reference(), WRONG_SECRET))
                .isExactlyInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> serviceRequests.find(receipt.reference(), null))
                .isExactlyInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> serviceRequests.find(receipt.reference(), ""))
                .isExactlyInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void aSignedInRequesterWithoutTheSecretCannotOpenAnAnonymousRequest() {
        // even one given with the affiliate's own e-mail address: an account owns only what it filed
        RequestReceipt receipt = fileAnonymously("affilie1@demo.example");
        signInAs(AFFILIATE);

        assertThatThrownBy(() -> serviceRequests.find(receipt.reference(), null))
                .isExactlyInstanceOf(RequestNotFoundException.class);
        assertThat(serviceRequests.myRequests()).extracting(RequestSummary::reference)
                .doesNotContain(receipt.reference());
    }

    // --- the addresses

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({OTHER_AFFILIATE + ", affiliate", RETIREE + ", retiree", ATLAS_COMPANY_ACCOUNT + ", company",
            ATLAS_DELEGATE + ", delegate"})
    void anotherRequesterOpeningItInTheirOwnSpaceSeesNotFound(String login, String space) {
        signInAs(login);

        open(space + "/requests/" + reference);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertShowsNothingOfTheRequest();
    }

    @Test
    void aRetireeIsRefusedTheAffiliatesRequestPages() {
        signInAs(RETIREE);

        open("affiliate/requests");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        open("affiliate/requests/" + reference);
        assertThat(getCurrentView()).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        assertShowsNothingOfTheRequest();
    }

    @ParameterizedTest
    @ValueSource(strings = {"affiliate/requests/", "retiree/requests/", "backoffice/requests/"})
    void anAnonymousVisitorIsSentToLogin(String prefix) {
        open(prefix + reference);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertShowsNothingOfTheRequest();
    }

    @ParameterizedTest
    @ValueSource(strings = {AFFILIATE, OTHER_AFFILIATE})
    void aRequesterIsRefusedTheBackofficeCase(String login) {
        signInAs(login);

        open("backoffice/requests/" + reference);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertShowsNothingOfTheRequest();
    }

    @Test
    void theOwnerOpensItInTheirSpace() {
        // the control of the address tests: the same path shows the request to its owner
        signInAs(AFFILIATE);

        open("affiliate/requests/" + reference);

        assertThat($(H1.class).first().getText()).contains(reference);
        assertThat($(VerticalLayout.class).withClassName("requester-case").all()).hasSize(1);
    }

    // --- the staff

    @Test
    void anAgentOpensItInTheBackoffice() {
        // staff see every request of the teams they work
        signInAs(AGENT);

        open("backoffice/requests/" + reference);
        giveAccessReason();

        assertThat(getCurrentView()).isNotInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        assertThat($(H1.class).first().getText()).contains(reference);
    }

    @Test
    void anAgentCannotReadAComplaintNowWithTheConciliationService() {
        signInAs(AFFILIATE);
        serviceRequests.escalate(reference, null, "La réponse ne me convient pas.");

        signInAs(AGENT);
        assertThatThrownBy(() -> desk.detail(reference)).isInstanceOf(AccessDeniedException.class);

        signInAs("conciliateur");
        assertThat(desk.detail(reference).summary().team()).isEqualTo(Team.CONCILIATION);
    }

    @Test
    void aRequesterCannotUseTheStaffDesk() {
        // not even on their own request
        signInAs(AFFILIATE);
        Map<String, ThrowingCallable> deskCalls = new LinkedHashMap<>();
        deskCalls.put("myTeams", () -> desk.myTeams());
        deskCalls.put("queue", () -> desk.queue(Team.AFFILIATES, false, 0, 50));
        deskCalls.put("queueSize", () -> desk.queueSize(Team.AFFILIATES, false));
        deskCalls.put("detail", () -> desk.detail(reference));
        deskCalls.put("attachment", () -> desk.attachment(reference, attachmentId));
        deskCalls.put("enter", () -> desk.enter(new NewRequest("AFFILIATE_INFORMATION", Channel.PHONE, "fr",
                "Question", "Une question.", "A", "a@example.com", null)));
        deskCalls.put("assignToMe", () -> desk.assignToMe(reference));
        deskCalls.put("note", () -> desk.note(reference, "note"));
        deskCalls.put("waitForRequester", () -> desk.waitForRequester(reference, "CIN"));
        deskCalls.put("resume", () -> desk.resume(reference));
        deskCalls.put("announceDelay", () -> desk.announceDelay(reference, LocalDate.now().plusYears(1), "délai"));
        deskCalls.put("answer", () -> desk.answer(reference, "réponse"));
        deskCalls.put("reopen", () -> desk.reopen(reference, "nouvel élément"));
        deskCalls.put("templates", () -> desk.templates("fr"));

        deskCalls.forEach((call, method) -> assertThatThrownBy(method).as(call)
                .isInstanceOf(AccessDeniedException.class));
    }

    // --- no probing

    @Test
    void notYoursAndDoesNotExistFailTheSameWay() {
        signInAs(OTHER_AFFILIATE);
        Map<String, ThrowingCallable> notYours = requesterCalls(reference);
        Map<String, ThrowingCallable> noSuchRequest = requesterCalls(NO_SUCH_REFERENCE);

        notYours.forEach((call, method) -> {
            Throwable refused = catchThrowable(method);
            Throwable missing = catchThrowable(noSuchRequest.get(call));
            assertThat(refused).as(call).isNotNull();
            assertThat(refused.getClass()).as(call).isEqualTo(missing.getClass());
            assertThat(refused.getMessage()).as(call).isEqualTo(missing.getMessage());
        });
    }

    @Test
    void theNotFoundPageIsTheSameForNotYoursAndDoesNotExist() {
        signInAs(OTHER_AFFILIATE);

        open("affiliate/requests/" + reference);
        String notYours = getCurrentView().getElement().getTextRecursively();
        open("affiliate/requests/" + NO_SUCH_REFERENCE);
        String noSuchRequest = getCurrentView().getElement().getTextRecursively();

        assertThat(notYours).isNotBlank().isEqualTo(noSuchRequest);
    }

    @Test
    void theFollowPageAnswersTheSameForNotYoursAndDoesNotExist() {
        // an anonymous visitor trying references on the public page, with some code
        String signedInRequest = follow(reference, WRONG_SECRET);
        String anonymousRequest = follow(fileAnonymously("visiteur@example.com").reference(), WRONG_SECRET);
        String noSuchRequest = follow(NO_SUCH_REFERENCE, WRONG_SECRET);

        assertThat(signedInRequest).isNotBlank().isEqualTo(noSuchRequest).isEqualTo(anonymousRequest);
    }

    // --- helpers

    /** Every requester-side method that takes a reference, with no secret or a wrong one. */
    private Map<String, ThrowingCallable> requesterCalls(String ref) {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("find", () -> serviceRequests.find(ref, null));
        calls.put("find with a wrong secret", () -> serviceRequests.find(ref, WRONG_SECRET));
        calls.put("escalate", () -> serviceRequests.escalate(ref, null, "Je conteste."));
        calls.put("escalate with a wrong secret", () -> serviceRequests.escalate(ref, WRONG_SECRET, "Je conteste."));
        calls.put("rate", () -> serviceRequests.rate(ref, null, 1, "Inacceptable"));
        calls.put("rate with a wrong secret", () -> serviceRequests.rate(ref, WRONG_SECRET, 1, null));
        calls.put("attachment", () -> serviceRequests.attachment(ref, null, attachmentId));
        calls.put("attachment with a wrong secret", () -> serviceRequests.attachment(ref, WRONG_SECRET, attachmentId));
        return calls;
    }

    private void signInAsOrAnonymous(String login) {
        if (ANONYMOUS.equals(login)) {
            SignedIn.out();
        } else {
            signInAs(login);
        }
    }

    private RequestReceipt fileAnonymously(String email) {
        SignedIn.out();
        return serviceRequests.fileAnonymously(new NewRequest("AFFILIATE_INFORMATION", Channel.WEB, "fr",
                "Question sur mes points", "Comment racheter des points ?", "Visiteur Anonyme", email, null));
    }

    /** Tries a reference and a code on the public page; returns what the visitor is told. */
    private String follow(String ref, String secret) {
        SignedIn.out();
        open("follow");
        test($(TextField.class).first()).setValue(ref);
        test($(PasswordField.class).first()).setValue(secret);
        test($(Button.class).withClassName("follow-open").first()).click();
        assertShowsNothingOfTheRequest();
        return test($(Notification.class).last()).getText();
    }

    /** Neither the case panel nor anything the requester wrote is on the page. */
    private void assertShowsNothingOfTheRequest() {
        assertThat($(VerticalLayout.class).withClassName("requester-case").all()).isEmpty();
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(DESCRIPTION).doesNotContain(reference);
    }
}
