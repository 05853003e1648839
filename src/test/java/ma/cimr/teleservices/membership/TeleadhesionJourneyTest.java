package ma.cimr.teleservices.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.grid.Grid;
import ma.cimr.teleservices.TestMailbox.ReceivedMail;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.subscription.CompanySubscriptions;
import ma.cimr.teleservices.subscription.SubscribingCompany;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_OPTION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.MEMBERSHIP_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A company that is not yet a member joins online and an agent accepts it (issue 12, done when):
 * the public form, the address confirmed by its link (the charter's 5 business days start, adhérents
 * n°6), the status page, the agent's review and acceptance, which creates the member company with
 * its adherent number, categories and options and invites it to subscribe to the téléservices.
 * Staff may first ask for missing papers: the clock pauses until the applicant sends them.
 */
class TeleadhesionJourneyTest extends MembershipTestSupport {

    @Autowired
    Teleadhesion teleadhesion;
    @Autowired
    MembershipDesk desk;
    @Autowired
    RequestDesk requests;
    @Autowired
    CompanySubscriptions subscriptions;
    @Autowired
    HolidayService holidays;

    @Test
    void aNewCompanyJoinsOnlineAndAnAgentAcceptsIt() {
        applyThroughTheForm();
        assertThat($(Paragraph.class).withClassName("membership-sent").first().getText()).contains(contactEmail);
        var stored = dsl.selectFrom(MEMBERSHIP_APPLICATION).where(MEMBERSHIP_APPLICATION.ICE.eq(ice)).fetchSingle();
        assertThat(stored.getStatus()).isEqualTo("AWAITING_EMAIL");
        assertThat(stored.getContactPhone()).isEqualTo("0524841122");
        assertThat(stored.getEmployeeRate()).isEqualByComparingTo("6.00");
        assertThat(stored.getEmployerRate()).isEqualByComparingTo("7.80");
        assertThat(stored.getMousabbak()).isTrue();

        // the address is the applicant's: the application is sent and the charter's clock starts now
        openConfirmation(confirmationToken());
        assertThat($(Paragraph.class).withClassName("membership-confirmed").first().getText())
                .contains(stored.getReference());
        StatusAccess access = statusAccessFromTheMail();
        assertThat(access.reference()).isEqualTo(stored.getReference());
        String requestReference = dsl.select(MEMBERSHIP_APPLICATION.REQUEST_REFERENCE).from(MEMBERSHIP_APPLICATION)
                .where(MEMBERSHIP_APPLICATION.ICE.eq(ice)).fetchSingle().value1();
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        openStatus(access);
        assertThat($(Paragraph.class).withClassName("membership-status").first().getText())
                .isEqualTo("Envoyée : en cours d'examen");

        // the agent reviews it in the queue and accepts it
        signInAs(AGENT);
        RequestDetail request = requests.detail(requestReference);
        assertThat(request.summary().type().code()).isEqualTo("COMPANY_MEMBERSHIP");
        assertThat(request.summary().dueDate()).isEqualTo(holidays.calendar().plusBusinessDays(today, 5));
        open("backoffice/memberships");
        @SuppressWarnings("unchecked")
        var queue = test((Grid<MembershipApplication>) $(Grid.class).withClassName("memberships-grid").first());
        assertThat(java.util.stream.IntStream.range(0, queue.size()).mapToObj(queue::getRow)
                .map(MembershipApplication::reference)).contains(access.reference());
        open("backoffice/memberships/" + access.reference());
        assertThat($(Anchor.class).withClassName("membership-document").all()).hasSize(2);
        test($(Button.class).withClassName("accept-membership").first()).click();
        assertThat($(Span.class).withClassName("membership-status").first().getText()).isEqualTo("Acceptée");

        // one transaction made the member company, its category at the step's rates and its option
        var application = dsl.selectFrom(MEMBERSHIP_APPLICATION).where(MEMBERSHIP_APPLICATION.ICE.eq(ice)).fetchSingle();
        assertThat(application.getStatus()).isEqualTo("ACCEPTED");
        var company = dsl.selectFrom(COMPANY).where(COMPANY.ID.eq(application.getCompanyId())).fetchSingle();
        String adherentNumber = company.getAdherentNumber().value();
        assertThat(company.getLegalName()).isEqualTo(legalName);
        assertThat(company.getIce()).isEqualTo(ice);
        assertThat(company.getRcNumber()).isEqualTo(rcNumber);
        var category = dsl.selectFrom(CONTRIBUTION_CATEGORY).where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(company.getId()))
                .fetchSingle();
        assertThat(category.getCode()).isEqualTo("EMP");
        assertThat(category.getEmployeeRate()).isEqualByComparingTo(new BigDecimal("6.00"));
        assertThat(category.getEmployerRate()).isEqualByComparingTo(new BigDecimal("7.80"));
        assertThat(dsl.select(COMPANY_OPTION.OPTION).from(COMPANY_OPTION).where(COMPANY_OPTION.COMPANY_ID.eq(company.getId()))
                .fetch(r -> r.value1())).containsExactly("MOUSABBAK");
        assertThat(requests.detail(requestReference).summary().status()).isEqualTo(RequestStatus.CLOSED);

        // the invitation leads to the subscription, which now knows the company and lets it subscribe
        ReceivedMail invitation = mailTo(contactEmail, "Bienvenue");
        assertThat(invitation.body()).contains(adherentNumber, legalName, "/subscription");
        ma.cimr.teleservices.SignedIn.out();
        SubscribingCompany subscribing = subscriptions.companyToSubscribe(adherentNumber);
        assertThat(subscribing.legalName()).isEqualTo(legalName);
        openStatus(access);
        assertThat($(Paragraph.class).withClassName("membership-adherent-number").first().getText()).contains(adherentNumber);

        // a member does not apply twice
        assertThatThrownBy(() -> teleadhesion.apply(form(), papers(), Locale.FRENCH))
                .hasMessage("membership.error.alreadyMember");
    }

    @Test
    void missingPapersPauseTheClockUntilTheApplicantSendsThemThenARefusalSaysWhy() {
        teleadhesion.apply(form(), papers(), Locale.FRENCH);
        StatusAccess access = teleadhesion.confirmEmail(confirmationToken());
        String requestReference = dsl.select(MEMBERSHIP_APPLICATION.REQUEST_REFERENCE).from(MEMBERSHIP_APPLICATION)
                .where(MEMBERSHIP_APPLICATION.ICE.eq(ice)).fetchSingle().value1();
        signInAs(AGENT);
        LocalDate dueBefore = requests.detail(requestReference).summary().dueDate();

        open("backoffice/memberships/" + access.reference());
        test($(TextArea.class).withClassName("missing-documents").first()).setValue("L'attestation CNSS");
        test($(Button.class).withClassName("ask-documents").first()).click();
        assertThat(requests.detail(requestReference).summary().status()).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(contactEmail)).as("the notice of what is missing")
                .anySatisfy(mail -> assertThat(mail.body()).contains(requestReference, "L'attestation CNSS"));
        ma.cimr.teleservices.SignedIn.out();

        // a week later, the applicant sends the paper from the status page: the clock starts again
        clock.advance(Duration.ofDays(7));
        openStatus(access);
        assertThat($(Paragraph.class).withClassName("membership-missing").first().getText()).contains("L'attestation CNSS");
        test($(Upload.class).withClassName("document-more").first()).upload("cnss.pdf", "application/pdf", PDF);
        test($(Button.class).withClassName("send-document").first()).click();
        assertThat($(Paragraph.class).withClassName("membership-status").first().getText())
                .isEqualTo("Envoyée : en cours d'examen");

        signInAs(AGENT);
        var resumed = requests.detail(requestReference).summary();
        assertThat(resumed.status()).isNotEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
        assertThat(resumed.dueDate()).isAfter(dueBefore);
        assertThat(desk.detail(access.reference()).documents()).hasSize(3);

        open("backoffice/memberships/" + access.reference());
        test($(TextArea.class).withClassName("refusal-reason").first()).setValue("Activité hors du champ de la CIMR");
        test($(Button.class).withClassName("refuse-membership").first()).click();
        assertThat(dsl.fetchCount(COMPANY, COMPANY.ICE.eq(ice))).isZero();
        ma.cimr.teleservices.SignedIn.out();
        openStatus(access);
        assertThat($(Paragraph.class).withClassName("membership-refusal-reason").first().getText())
                .contains("Activité hors du champ de la CIMR");
        assertThat(dsl.fetchCount(COMPANY, COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100234")))).isOne();
    }
}
