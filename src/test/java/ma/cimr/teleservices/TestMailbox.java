package ma.cimr.teleservices;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Every e-mail the portal sent during the tests, as the SMTP server received it. Autowire it in a
 * {@link PortalTest}; {@link #purge()} before a test that counts.
 */
public final class TestMailbox {

    /** A received e-mail, decoded. */
    public record ReceivedMail(String from, List<String> to, String subject, String body, String contentType) {
    }

    private final GreenMail greenMail;

    private TestMailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static TestMailbox start() {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return new TestMailbox(greenMail);
    }

    void stop() {
        greenMail.stop();
    }

    /** The port the SMTP server listens on, at 127.0.0.1. */
    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Everything received since the start or the last purge, oldest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(TestMailbox::decode).toList();
    }

    /** What was received for one address. */
    public List<ReceivedMail> receivedBy(String address) {
        return received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReceivedMail decode(MimeMessage message) {
        try {
            Object content = message.getContent();
            return new ReceivedMail(
                    message.getFrom()[0].toString(),
                    Arrays.stream(message.getAllRecipients()).map(Address::toString).toList(),
                    message.getSubject(),
                    content instanceof String text ? text : String.valueOf(content),
                    message.getContentType());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
