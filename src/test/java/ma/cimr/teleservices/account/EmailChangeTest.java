package ma.cimr.teleservices.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new address only counts once its owner opens the link sent to it; the old one is warned. */
@Transactional
class EmailChangeTest extends PortalBrowserlessTest {

    private static final String LOGIN = "fes.compte";
    private static final String OLD = "fes.compte@demo.example";
    private static final String NEW = "nouvelle.adresse@fes-textiles.example";

    @Autowired
    EmailChanges emailChanges;
    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;

    @BeforeEach
    void setUp() {
        delivery.deliverDue();
        mailbox.purge();
    }

    @Test
    void theNewAddressCountsOnlyOnceItsLinkIsOpened() {
        emailChanges.request(accountId(), NEW, Locale.FRENCH);
        delivery.deliverDue();

        assertThat(email()).as("the old address stays in force").isEqualTo(OLD);
        assertThat(mailbox.receivedBy(OLD)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains(LOGIN).doesNotContain("token="));
        var mails = mailbox.receivedBy(NEW);
        assertThat(mails).hasSize(1);
        Matcher link = Pattern.compile("/confirm-email\\?token=([A-Za-z0-9_-]+)").matcher(mails.getFirst().body());
        assertThat(link.find()).isTrue();

        openLink(link.group(1));
        assertThat(email()).as("opening the link alone changes nothing").isEqualTo(OLD);
        test($(Button.class).withClassName("confirm-email").first()).click();
        assertThat($(Paragraph.class).withClassName("email-confirmed").first().getText()).contains(NEW);
        assertThat(email()).isEqualTo(NEW);

        openLink(link.group(1));
        assertThat($(Button.class).withClassName("confirm-email").all()).as("the link works once").isEmpty();
        assertThat($(Paragraph.class).first().getText()).startsWith("Ce lien de confirmation n'est plus valable");
    }

    @Test
    void aBadAddressOrABadLinkChangesNothing() {
        assertThatThrownBy(() -> emailChanges.request(accountId(), "pas une adresse", Locale.FRENCH))
                .hasMessage("email.error.format");
        assertThat(emailChanges.linkIsValid("not-a-real-token")).isFalse();
        assertThatThrownBy(() -> emailChanges.confirm("not-a-real-token")).hasMessage("email.error.link");
        assertThat(email()).isEqualTo(OLD);
    }

    private void openLink(String token) {
        UI.getCurrent().navigate("confirm-email", QueryParameters.of("token", token));
    }

    private long accountId() {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN)).fetchSingle().value1();
    }

    private String email() {
        return dsl.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN)).fetchSingle().value1().value();
    }
}
