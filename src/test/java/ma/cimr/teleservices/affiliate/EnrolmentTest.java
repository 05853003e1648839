package ma.cimr.teleservices.affiliate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATE_ENROLMENT;
import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An affiliate without an account opens their space: identity, a link to the e-mail address their
 * employer declared (never one typed on the page, DD022), a password that passes the policy
 * (enrolment). Wrong details get the very same answer and no e-mail. The opening counts for the
 * charter (affiliés n°2) as a request answered the moment the space opens.
 */
// not rolled back: a refused password must leave the link usable, which only a real transaction
// per action shows (inside one test transaction the refusal would mark the whole test's rollback-only)
class EnrolmentTest extends PortalBrowserlessTest {

    /** A retired affiliate of the demo: known to the fund, no affiliate account, an address on record. */
    private static final String MATRICULE = "10000201";
    private static final String EMAIL = "affilie201@demo.example";
    /** Known to the fund, no account, and no address on record. */
    private static final String WITHOUT_ADDRESS = "10000250";

    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    CharterDashboard dashboard;
    @Autowired
    Clock clock;

    @BeforeEach
    void setUp() {
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void removeTheAccount() {
        var account = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(MATRICULE));
        var requests = dsl.select(SERVICE_REQUEST.ID).from(SERVICE_REQUEST)
                .where(SERVICE_REQUEST.REQUESTER_ACCOUNT_ID.in(account));
        dsl.deleteFrom(REQUEST_EVENT).where(REQUEST_EVENT.REQUEST_ID.in(requests)).execute();
        dsl.deleteFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.REQUESTER_ACCOUNT_ID.in(account)).execute();
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(MATRICULE)).execute();
        // the enrolments go with their links
        dsl.deleteFrom(ONE_TIME_LINK).where(ONE_TIME_LINK.ID.in(
                dsl.select(AFFILIATE_ENROLMENT.LINK_ID).from(AFFILIATE_ENROLMENT)
                        .where(AFFILIATE_ENROLMENT.AFFILIATE_ID.in(dsl.select(AFFILIATE.ID).from(AFFILIATE)
                                .where(AFFILIATE.MATRICULE.in(MATRICULE, WITHOUT_ADDRESS))))))
                .execute();
    }

    @Test
    void theRightDetailsGetALinkThatOpensTheSpaceWithAPasswordOfTheirChoice() {
        var affiliate = dsl.selectFrom(AFFILIATE).where(AFFILIATE.MATRICULE.eq(MATRICULE)).fetchSingle();
        String answer = apply(MATRICULE, affiliate.getCin(), affiliate.getBirthDate());

        delivery.deliverDue();
        var mails = mailbox.receivedBy(EMAIL);
        assertThat(mails).hasSize(1);
        Matcher link = Pattern.compile("/enrol/confirm\\?token=([A-Za-z0-9_-]+)").matcher(mails.getFirst().body());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        openConfirmation(token);
        choosePassword("password1234", "password1234");
        assertThat($(PasswordField.class).withClassName("new-password").first().getErrorMessage())
                .isEqualTo("Ce mot de passe fait partie des plus utilisés : choisissez-en un autre.");
        choosePassword("le thé à la menthe de Fès", "le thé à la menthe de Fes");
        assertThat($(PasswordField.class).withClassName("new-password-again").first().isInvalid()).isTrue();
        choosePassword("le thé à la menthe de Fès", "le thé à la menthe de Fès");
        assertThat($(Paragraph.class).withClassName("enrolment-opened").first().getText()).contains(MATRICULE);

        var account = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(MATRICULE)).fetchSingle();
        assertThat(account.getEmail()).isEqualTo(EMAIL);
        assertThat(account.getAffiliateId()).isEqualTo(affiliate.getId());
        assertThat(passwords.matches("le thé à la menthe de Fès", account.getPasswordHash())).isTrue();

        // the link works once
        openConfirmation(token);
        assertThat($(PasswordField.class).all()).isEmpty();
        assertThat(answer).isEqualTo(apply("10000999", "ZZ999999", LocalDate.of(1970, 1, 1)));
    }

    @Test
    void thePageAsksForNoAddressAndTheLinkGoesOnlyToTheOneOnRecord() {
        var affiliate = dsl.selectFrom(AFFILIATE).where(AFFILIATE.MATRICULE.eq(MATRICULE)).fetchSingle();
        delivery.deliverDue();
        mailbox.purge();
        open("enrol");
        assertThat($(EmailField.class).all()).as("no address typed on the page").isEmpty();

        apply(MATRICULE, affiliate.getCin(), affiliate.getBirthDate());
        delivery.deliverDue();

        assertThat(mailbox.received()).extracting(mail -> mail.to()).containsExactly(java.util.List.of(EMAIL));
    }

    @Test
    void anAffiliateWithoutAnAddressOnRecordGetsTheSameAnswerAndNoLinkGoesAnywhere() {
        var affiliate = dsl.selectFrom(AFFILIATE).where(AFFILIATE.MATRICULE.eq(WITHOUT_ADDRESS)).fetchSingle();
        assertThat(affiliate.getEmail()).isNull();
        var withAddress = dsl.selectFrom(AFFILIATE).where(AFFILIATE.MATRICULE.eq(MATRICULE)).fetchSingle();
        delivery.deliverDue();
        mailbox.purge();

        String answer = apply(WITHOUT_ADDRESS, affiliate.getCin(), affiliate.getBirthDate());
        delivery.deliverDue();

        assertThat(mailbox.received()).isEmpty();
        assertThat(answer).isEqualTo(apply("10000999", "ZZ999999", LocalDate.of(1970, 1, 1)));
        assertThat(dsl.fetchCount(AFFILIATE_ENROLMENT, AFFILIATE_ENROLMENT.AFFILIATE_ID.eq(affiliate.getId()))).isZero();
        assertThat(withAddress.getEmail()).isEqualTo(EMAIL);
    }

    @Test
    void wrongDetailsGetTheSameAnswerAndNoEmail() {
        int enrolmentRequests = enrolmentRequests();
        var affiliate = dsl.selectFrom(AFFILIATE).where(AFFILIATE.MATRICULE.eq(MATRICULE)).fetchSingle();
        String wrongBirthDate = apply(MATRICULE, affiliate.getCin(), affiliate.getBirthDate().plusDays(1));
        String alreadySubscribed = apply("10000001", "A000001", LocalDate.of(1966, 4, 8));
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(EMAIL)).isEmpty();
        assertThat(wrongBirthDate).isEqualTo(alreadySubscribed)
                .startsWith("Si ces informations correspondent à un affilié");
        // nothing anyone could count or see: no request is filed for an application
        assertThat(enrolmentRequests()).isEqualTo(enrolmentRequests);
    }

    @Test
    void theOpenedSpaceIsARequestAnsweredAtOnceThatTheCharterCountsInTime() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        LocalDate yearAgo = today.minusMonths(12).plusDays(1);
        CommitmentFigures before = enrolmentCommitment(yearAgo, today);
        int enrolmentRequests = enrolmentRequests();

        var affiliate = dsl.selectFrom(AFFILIATE).where(AFFILIATE.MATRICULE.eq(MATRICULE)).fetchSingle();
        apply(MATRICULE, affiliate.getCin(), affiliate.getBirthDate());
        // applying files nothing: the request is the space opened
        assertThat(enrolmentRequests()).isEqualTo(enrolmentRequests);
        delivery.deliverDue();
        Matcher link = Pattern.compile("/enrol/confirm\\?token=([A-Za-z0-9_-]+)")
                .matcher(mailbox.receivedBy(EMAIL).getFirst().body());
        assertThat(link.find()).isTrue();
        openConfirmation(link.group(1));
        choosePassword("le thé à la menthe de Fès", "le thé à la menthe de Fès");
        assertThat($(Paragraph.class).withClassName("enrolment-opened").all()).hasSize(1);
        // the request is recorded, not announced: the only e-mail is the link's
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(EMAIL)).hasSize(1);

        signInAs(MATRICULE);
        List<RequestSummary> mine = serviceRequests.myRequests();
        assertThat(mine).hasSize(1);
        RequestSummary request = mine.getFirst();
        assertThat(request.type().code()).isEqualTo("AFFILIATE_SUBSCRIPTION");
        assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(LocalDate.ofInstant(request.receivedAt(), BusinessCalendar.ZONE)).isEqualTo(today);
        assertThat(request.dueDate()).isAfter(today);
        var detail = serviceRequests.find(request.reference(), null);
        assertThat(detail.timeline()).extracting(e -> e.kind().name())
                .containsExactly("RECEIVED", "ACKNOWLEDGED", "ANSWERED", "CLOSED");
        assertThat(detail.timeline().get(2).message()).contains(MATRICULE);

        open("affiliate/requests");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<RequestSummary>) $(com.vaadin.flow.component.grid.Grid.class).first();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(request.reference());

        CommitmentFigures after = enrolmentCommitment(yearAgo, today);
        assertThat(after.requests()).isEqualTo(before.requests() + 1);
        assertThat(after.answered()).isEqualTo(before.answered() + 1);
        assertThat(after.answeredInTime()).isEqualTo(before.answeredInTime() + 1);
    }

    @Test
    void theAddressesOfBeforeTheRenamingStillLeadToTheEnrolmentPages() {
        var affiliate = dsl.selectFrom(AFFILIATE).where(AFFILIATE.MATRICULE.eq(MATRICULE)).fetchSingle();
        open("subscribe");
        assertThat($(Button.class).withClassName("send-enrolment").all()).hasSize(1);
        apply(MATRICULE, affiliate.getCin(), affiliate.getBirthDate());
        delivery.deliverDue();
        Matcher link = Pattern.compile("/enrol/confirm\\?token=([A-Za-z0-9_-]+)")
                .matcher(mailbox.receivedBy(EMAIL).getFirst().body());
        assertThat(link.find()).isTrue();
        // a link e-mailed before the renaming named subscribe/confirm
        com.vaadin.flow.component.UI.getCurrent().navigate("subscribe/confirm",
                com.vaadin.flow.router.QueryParameters.of("token", link.group(1)));
        choosePassword("le thé à la menthe de Fès", "le thé à la menthe de Fès");
        assertThat($(Paragraph.class).withClassName("enrolment-opened").first().getText()).contains(MATRICULE);
    }

    private CommitmentFigures enrolmentCommitment(LocalDate from, LocalDate to) {
        return dashboard.figures(from, to).stream()
                .filter(f -> f.commitment().population() == Population.AFFILIATE && f.commitment().number() == 2)
                .findFirst().orElseThrow();
    }

    private int enrolmentRequests() {
        return dsl.fetchCount(SERVICE_REQUEST, SERVICE_REQUEST.TYPE_CODE.eq("AFFILIATE_SUBSCRIPTION"));
    }

    private String apply(String matricule, String cin, LocalDate birthDate) {
        open("enrol");
        test($(TextField.class).withCaption("Matricule").first()).setValue(matricule);
        test($(TextField.class).withCaption("CIN").first()).setValue(cin);
        test($(DatePicker.class).first()).setValue(birthDate);
        test($(Button.class).withClassName("send-enrolment").first()).click();
        return $(Paragraph.class).withClassName("enrolment-sent").first().getText();
    }

    private void openConfirmation(String token) {
        com.vaadin.flow.component.UI.getCurrent().navigate("enrol/confirm",
                com.vaadin.flow.router.QueryParameters.of("token", token));
    }

    private void choosePassword(String password, String again) {
        test($(PasswordField.class).withClassName("new-password").first()).setValue(password);
        test($(PasswordField.class).withClassName("new-password-again").first()).setValue(again);
        test($(Button.class).withClassName("open-space").first()).click();
    }
}
