package ma.cimr.teleservices.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.notification.RecordingSmsGateway;
import ma.cimr.teleservices.notification.SmsGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor of the development run reads in the demo inbox what the portal "sent" through a
 * recording gateway, links clickable. (The suite's e-mail goes to its SMTP test server, so the
 * page says so; the recording e-mail gateway itself is {@code EmailGatewayChoiceTest}'s.)
 */
class DevInboxViewTest extends PortalBrowserlessTest {

    @Autowired
    SmsGateway sms;

    @Test
    void anSmsSentThroughTheRecordingGatewayIsReadInTheDemoInboxWithItsLinkClickable() {
        SignedIn.out();
        sms.send("+212600000042", "CIMR : votre code est 481 516. Suivez votre demande : http://localhost:8080/follow?ref=R-42");

        assertThat(open("dev/inbox")).isEqualTo("dev/inbox");

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("+212600000042", "481 516", "serveur SMTP");
        assertThat($(Anchor.class).withClassName("dev-inbox-link").all())
                .extracting(Anchor::getHref).contains("http://localhost:8080/follow?ref=R-42");
        ((RecordingSmsGateway) sms).clear();
    }
}
