package ma.cimr.teleservices.request;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public complaint form cannot be used to send the fund's e-mails, carrying a stranger's
 * words, to a third party: the acknowledgement of an anonymous request holds no typed text.
 */
@PortalTest
class AnonymousAcknowledgementTest {

    private static final String SPAM = "Gagnez 5000 DH sur http://arnaque.example";
    private static final String VICTIM = "victime@demo.example";

    @Autowired
    ServiceRequests requests;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;

    @Test
    void theAcknowledgementToATypedAddressCarriesNoneOfTheTypedText() {
        delivery.deliverDue();
        mailbox.purge();

        var receipt = requests.fileAnonymously(new NewRequest("RETIREE_INFORMATION", ma.cimr.teleservices.request.Channel.WEB,
                "fr", SPAM, SPAM, SPAM, VICTIM, null));
        delivery.deliverDue();

        var mails = mailbox.receivedBy(VICTIM);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject() + mails.getFirst().body()).doesNotContain("arnaque", "5000")
                .contains(receipt.reference(), "Madame, Monsieur");
    }
}
