package ma.cimr.teleservices.affiliate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.Locale;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An affiliate reports an anomaly on a line of their statement: the line goes with the request,
 * the employer named on it is told, and the affiliate follows the request in their space.
 */
@Transactional
class AnomalyReportTest extends PortalBrowserlessTest {

    @Autowired
    AffiliateService affiliates;
    @Autowired
    AnomalyReports reports;
    @Autowired
    ServiceRequests requests;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    ma.cimr.teleservices.request.RequestDesk desk;
    @Autowired
    TestMailbox mailbox;

    @BeforeEach
    void cleanMailbox() {
        delivery.deliverDue();
        mailbox.purge();
    }

    @Test
    void anAnomalyOnALineBecomesARequestAndTheEmployerIsTold() {
        signInAs(AFFILIATE);
        YearlyContributions line = affiliates.myContributions().getFirst();

        open("affiliate/contributions");
        var grid = $(com.vaadin.flow.component.grid.Grid.class).first();
        var report = (Button) test(grid).getCellComponent(0, grid.getColumns().size() - 1);
        test(report).click();
        test($(TextArea.class).withClassName("anomaly-comment").first())
                .setValue("Mon salaire de décembre n'a pas été déclaré.");
        test($(Button.class).withClassName("send-anomaly").first()).click();

        RequestSummary request = requests.myRequests().stream()
                .filter(r -> r.type().code().equals("AFFILIATE_ANOMALY"))
                .max(Comparator.comparing(RequestSummary::receivedAt)).orElseThrow();
        assertThat(request.status()).isEqualTo(RequestStatus.ACKNOWLEDGED);
        RequestDetail detail = requests.find(request.reference(), null);
        assertThat(detail.description()).contains("Mon salaire de décembre", line.companyName(), line.adherentNumber(),
                String.valueOf(line.year()));

        delivery.deliverDue();
        String delegateOfEmployer = switch (line.adherentNumber()) {
            case "100234" -> "k.bennani@atlas-conserves.example";
            case "100567" -> "s.tazi@maghreb-logistique.example";
            default -> "o.berrada@fes-textiles.example";
        };
        assertThat(mailbox.receivedBy(delegateOfEmployer)).anySatisfy(mail ->
                assertThat(mail.subject()).contains(request.reference(), "10000001"));

        // followed to its answer: an agent answers, the affiliate reads it on the request's timeline
        signInAs(ma.cimr.teleservices.DemoLogins.AGENT);
        desk.answer(request.reference(), "Votre employeur a corrigé sa déclaration de décembre.");
        signInAs(AFFILIATE);
        open("affiliate/requests/" + request.reference());
        assertThat(currentPath()).isEqualTo("affiliate/requests/" + request.reference());
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .anySatisfy(p -> assertThat(p.getText()).contains("Votre employeur a corrigé sa déclaration de décembre."));
        assertThat(requests.find(request.reference(), null).summary().status()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void anEmployerOutsideTheAffiliatesCareerIsRefused() {
        signInAs(AFFILIATE);
        var periods = affiliates.myProfile().periods();
        String stranger = java.util.stream.Stream.of("100234", "100567", "100891")
                .filter(adherent -> periods.stream().noneMatch(p -> p.adherentNumber().equals(adherent)))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> reports.report(new StatementAnomaly(StatementAnomaly.Kind.MISSING_PERIOD, 2020,
                stranger, "Je n'y ai jamais travaillé"), Locale.FRENCH))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.key()).isEqualTo("anomaly.error.notYourEmployer"));
    }
}
