package ma.cimr.teleservices.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a complaint, through the screens: filed by an affiliate, acknowledged by
 * e-mail, answered late after a delay notice, escalated to the independent conciliation service,
 * answered there with the mediator named as the last recourse, and rated.
 */
@Transactional
class ComplaintLifeTest extends PortalBrowserlessTest {

    private static final String AFFILIATE_EMAIL = "affilie1@demo.example";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestClock clock;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    DSLContext dsl;

    private Instant start;

    @BeforeEach
    void setUp() {
        start = clock.instant();
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(start);
    }

    @Test
    void aComplaintFromFilingToRating() {
        // filed by the affiliate in their space
        signInAs(AFFILIATE);
        String reference = fileComplaint();
        LocalDate dueDate = dsl.select(SERVICE_REQUEST.DUE_DATE).from(SERVICE_REQUEST)
                .where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchSingle().value1();
        assertThat(dueDate).isAfter(today());

        // acknowledged at once: the e-mail reaches the SMTP server with the reference and the due date
        delivery.deliverDue();
        var acknowledgement = mailbox.receivedBy(AFFILIATE_EMAIL);
        assertThat(acknowledgement).hasSize(1);
        assertThat(acknowledgement.getFirst().subject()).contains(reference);
        assertThat(acknowledgement.getFirst().body()).contains(reference, DATE.format(dueDate));

        // an agent takes it and, before the deadline, announces a delay with the new date
        signInAs(AGENT);
        open("backoffice/requests/" + reference);
        giveAccessReason();
        click("assign-to-me");
        LocalDate newDate = dueDate.plusDays(10);
        test($(DatePicker.class).first()).setValue(newDate);
        test($(TextArea.class).withCaption("Motif du délai, pour le demandeur").first())
                .setValue("Nous attendons la confirmation de votre employeur.");
        click("announce-delay");
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(AFFILIATE_EMAIL)).anySatisfy(mail ->
                assertThat(mail.body()).contains("attendons la confirmation", DATE.format(newDate)));

        // the answer comes after the original deadline; it names the next recourse
        clock.advance(Duration.ofDays(dueDate.toEpochDay() - today().toEpochDay() + 2));
        open("backoffice/requests/" + reference);
        giveAccessReason();
        test($(TextArea.class).withCaption("Réponse au demandeur").first())
                .setValue("Vos points de 2019 ont été rétablis.");
        click("send-answer");
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(AFFILIATE_EMAIL)).anySatisfy(mail -> {
            assertThat(mail.subject()).contains(reference);
            assertThat(mail.body()).contains("Vos points de 2019 ont été rétablis.", "service de conciliation");
        });
        var answered = dsl.selectFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchSingle();
        assertThat(answered.getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(answered.getAnsweredAt().toLocalDate()).isAfter(dueDate);

        // not satisfied: one click takes it to conciliation, with the case history pre-filled
        signInAs(AFFILIATE);
        open("affiliate/requests/" + reference);
        click("escalate-button");
        assertThat($(TextArea.class).withCaption("Votre recours (l'historique de votre dossier est déjà repris)").first()
                .getValue()).contains(reference, "Réponse", "Vos points de 2019 ont été rétablis.");
        test($(Button.class).withText("Confirmer le recours").first()).click();
        var escalated = dsl.selectFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchSingle();
        assertThat(escalated.getLevel()).isEqualTo(RequestLevel.CONCILIATION);
        assertThat(escalated.getTeam()).isEqualTo(Team.CONCILIATION);
        assertThat(escalated.getStatus()).isEqualTo(RequestStatus.ACKNOWLEDGED);

        // the conciliation service, not the agents, works it, and its answer names the mediator
        signInAs(AGENT);
        open("backoffice/requests/" + reference);
        assertThat(getCurrentView()).isInstanceOf(ma.cimr.teleservices.shell.ui.AccessDeniedView.class);
        signInAs("conciliateur");
        open("backoffice/requests/" + reference);
        giveAccessReason();
        test($(TextArea.class).withCaption("Réponse au demandeur").first())
                .setValue("Après réexamen, la régularisation est confirmée.");
        click("send-answer");
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(AFFILIATE_EMAIL)).anySatisfy(mail ->
                // no mediator configured: the way to get their details, never a placeholder address (DD023)
                assertThat(mail.body()).contains("réexamen", "médiateur externe", "sur simple demande")
                        .doesNotContain("example", "@"));

        // rated once closed
        signInAs(AFFILIATE);
        open("affiliate/requests/" + reference);
        test($(RadioButtonGroup.class).first()).selectItem("Satisfait");
        test($(TextArea.class).withCaption("Commentaire (facultatif)").first()).setValue("Merci pour le suivi.");
        click("rate-button");
        var rated = dsl.selectFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchSingle();
        assertThat(rated.getRating()).isEqualTo((short) 4);
        assertThat(rated.getRatingComment()).isEqualTo("Merci pour le suivi.");
    }

    @Test
    void withoutAnAnswerConciliationOpensThirtyDaysAfterTheComplaint() {
        signInAs(AFFILIATE);
        String reference = fileComplaint();
        open("affiliate/requests/" + reference);
        assertThat($(Button.class).withClassName("escalate-button").all()).isEmpty();

        clock.advance(Duration.ofDays(29));
        open("affiliate/requests/" + reference);
        assertThat($(Button.class).withClassName("escalate-button").all()).isEmpty();

        clock.advance(Duration.ofDays(1));
        open("affiliate/requests/" + reference);
        click("escalate-button");
        test($(Button.class).withText("Confirmer le recours").first()).click();
        assertThat(dsl.select(SERVICE_REQUEST.LEVEL).from(SERVICE_REQUEST)
                .where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchSingle().value1().name()).isEqualTo("CONCILIATION");
    }

    private String fileComplaint() {
        open("affiliate/requests/new");
        test($(Select.class).withClassName("request-type").first()).selectItem("Réclamation");
        test($(TextField.class).withCaption("Sujet").first()).setValue("Points manquants en 2019");
        test($(TextArea.class).withCaption("Votre demande").first())
                .setValue("Mon relevé ne montre aucun point pour 2019 alors que j'ai travaillé toute l'année.");
        click("send-request");
        String path = currentPath();
        assertThat(path).startsWith("affiliate/requests/R");
        return path.substring("affiliate/requests/".length());
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).first()).click();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
