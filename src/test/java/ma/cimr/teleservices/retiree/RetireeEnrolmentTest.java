package ma.cimr.teleservices.retiree;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.shared.value.PensionFileNumber;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.RETIREE_ENROLMENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new retiree opens their space (enrol/retiree, DD036): N° DP or matricule with the CIN, or the
 * access code of a resident in France; the link goes only to the address on the pension file; the
 * same answer for details that match nobody, or somebody with a space already.
 */
class RetireeEnrolmentTest extends PortalBrowserlessTest {

    /** A widow whose pension starts next month: no space yet, an address on her pension file. */
    private static final String NEW_RETIREE = "DP0900001";
    private static final String NEW_RETIREE_CIN = "WB900001";
    private static final String NEW_RETIREE_EMAIL = "veuve900001@demo.example";
    /** A resident in France, with the printed access code instead of a CIN. */
    private static final String IN_FRANCE = "DP0900002";
    private static final String IN_FRANCE_EMAIL = "pensionnee900002@demo.example";

    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void removeTheSpaces() {
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.in(NEW_RETIREE, IN_FRANCE)).execute();
        var theirs = dsl.select(RETIREE.ID).from(RETIREE)
                .where(RETIREE.PENSION_FILE_NUMBER.in(new PensionFileNumber(NEW_RETIREE), new PensionFileNumber(IN_FRANCE)));
        dsl.deleteFrom(ONE_TIME_LINK).where(ONE_TIME_LINK.ID.in(
                dsl.select(RETIREE_ENROLMENT.LINK_ID).from(RETIREE_ENROLMENT).where(RETIREE_ENROLMENT.RETIREE_ID.in(theirs))))
                .execute();
    }

    @Test
    void theNewRetireeGetsALinkAtTheAddressOnTheirFileAndOpensTheirSpaceWithTheirNumber() {
        String answer = apply(NEW_RETIREE, NEW_RETIREE_CIN);

        String token = linkSentTo(NEW_RETIREE_EMAIL);
        UI.getCurrent().navigate("enrol/retiree/confirm", QueryParameters.of("token", token));
        test($(PasswordField.class).withClassName("new-password").first()).setValue("le couscous du vendredi");
        test($(PasswordField.class).withClassName("new-password-again").first()).setValue("le couscous du vendredi");
        test($(Button.class).withClassName("open-space").first()).click();
        assertThat($(Paragraph.class).withClassName("enrolment-opened").first().getText()).contains(NEW_RETIREE);

        var account = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(NEW_RETIREE)).fetchSingle();
        assertThat(account.getRetireeId()).isEqualTo(dsl.select(RETIREE.ID).from(RETIREE)
                .where(RETIREE.PENSION_FILE_NUMBER.eq(new PensionFileNumber(NEW_RETIREE))).fetchSingle().value1());
        assertThat(account.getEmail().value()).isEqualTo(NEW_RETIREE_EMAIL);

        signInAs(NEW_RETIREE);
        assertThat(open("retiree")).isEqualTo("retiree");
        // the link works once, and a second application for an opened space sends nothing
        SignedIn.out();
        UI.getCurrent().navigate("enrol/retiree/confirm", QueryParameters.of("token", token));
        assertThat($(PasswordField.class).all()).isEmpty();
        assertThat(apply(NEW_RETIREE, NEW_RETIREE_CIN)).isEqualTo(answer);
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(NEW_RETIREE_EMAIL)).hasSize(1);
    }

    @Test
    void aResidentInFranceUsesTheAccessCodeTypedAnyWay() {
        apply(IN_FRANCE, "fr7k-3mq9 px");

        assertThat(linkSentTo(IN_FRANCE_EMAIL)).isNotBlank();
    }

    @Test
    void theMatriculeOfTheAffiliateWithTheSurvivorsOwnCinDesignatesTheSurvivor() {
        // DP0900001 is the widow of affiliate 10000203
        apply("10000203", NEW_RETIREE_CIN);

        assertThat(linkSentTo(NEW_RETIREE_EMAIL)).isNotBlank();
    }

    @Test
    void wrongDetailsAndRetireesWithASpaceGetTheSameAnswerAndNoEmail() {
        String wrongCin = apply(NEW_RETIREE, "WB900002");
        String wrongCode = apply(IN_FRANCE, "FR7K3MQ9PY");
        String hasASpace = apply(DemoLogins.RETIREE, "BK000201");
        String nonsense = apply("hello", "world");

        delivery.deliverDue();
        assertThat(mailbox.received()).isEmpty();
        assertThat(List.of(wrongCode, hasASpace, nonsense)).containsOnly(wrongCin);
        assertThat(wrongCin).startsWith("Si ces informations correspondent à un retraité");
    }

    @Test
    void thePageAsksForNoAddress() {
        open("enrol/retiree");

        assertThat($(EmailField.class).all()).isEmpty();
        assertThat($(TextField.class).all()).hasSize(2);
    }

    private String apply(String identifier, String secret) {
        open("enrol/retiree");
        test($(TextField.class).withClassName("retiree-identifier").first()).setValue(identifier);
        test($(TextField.class).withClassName("retiree-secret").first()).setValue(secret);
        test($(Button.class).withClassName("send-retiree-enrolment").first()).click();
        return $(Paragraph.class).withClassName("retiree-enrolment-sent").first().getText();
    }

    private String linkSentTo(String address) {
        delivery.deliverDue();
        var mails = mailbox.receivedBy(address);
        assertThat(mails).hasSize(1);
        Matcher link = Pattern.compile("/enrol/retiree/confirm\\?token=([A-Za-z0-9_-]+)").matcher(mails.getFirst().body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
