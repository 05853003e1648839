package ma.cimr.teleservices.membership;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.TestMailbox.ReceivedMail;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.shared.value.Ice;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_OPTION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.MEMBERSHIP_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company of its own for each test, not a member (an ICE with its key and a trade register number
 * nobody has), removed afterwards with all it got (its application, and the member company,
 * categories and options an acceptance created); and the steps of the public form as a person takes
 * them. The contact's address is unique to the test, so the mailbox is read without ambiguity.
 */
abstract class MembershipTestSupport extends PortalBrowserlessTest {

    static final byte[] PDF = "%PDF-1.4\n% statuts\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    TestClock clock;

    String ice;
    String rcNumber;
    String legalName;
    String contactEmail;
    private Instant start;

    @BeforeEach
    void aCompanyNotYetMember() {
        start = clock.instant();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        do {
            ice = Ice.withKey(String.format("%013d", random.nextLong(1_000_000_000_000L, 9_999_999_999_999L))).value();
            rcNumber = String.valueOf(random.nextInt(1_000_000, 9_999_999));
        } while (dsl.fetchExists(COMPANY, COMPANY.ICE.eq(ice).or(COMPANY.RC_NUMBER.eq(rcNumber)))
                || dsl.fetchExists(MEMBERSHIP_APPLICATION, MEMBERSHIP_APPLICATION.ICE.eq(ice)
                .or(MEMBERSHIP_APPLICATION.RC_NUMBER.eq(rcNumber))));
        legalName = "Zagora Dattes " + rcNumber + " SARL";
        contactEmail = "contact." + rcNumber + "@zagora-dattes.example";
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void removeTheCompany() {
        clock.set(start);
        var applications = MEMBERSHIP_APPLICATION.ICE.eq(ice).or(MEMBERSHIP_APPLICATION.RC_NUMBER.eq(rcNumber));
        List<Long> companies = dsl.select(MEMBERSHIP_APPLICATION.COMPANY_ID).from(MEMBERSHIP_APPLICATION)
                .where(applications.and(MEMBERSHIP_APPLICATION.COMPANY_ID.isNotNull())).fetch(r -> r.value1());
        dsl.deleteFrom(MEMBERSHIP_APPLICATION).where(applications).execute();
        dsl.deleteFrom(COMPANY_OPTION).where(COMPANY_OPTION.COMPANY_ID.in(companies)).execute();
        dsl.deleteFrom(CONTRIBUTION_CATEGORY).where(CONTRIBUTION_CATEGORY.COMPANY_ID.in(companies)).execute();
        dsl.deleteFrom(COMPANY).where(COMPANY.ID.in(companies)).execute();
    }

    /** The application as the service takes it, with the step of 6 % and two categories. */
    MembershipForm form() {
        return new MembershipForm(legalName, rcNumber, ice, "52113340", "40223311", "8812345", "Route de Zagora, km 2",
                "Zagora", "Conditionnement de dattes", "Amine Ouazzani", "Gérant", "Nora Idrissi", contactEmail,
                "05 24 84 11 22", Product.AL_KAMIL, 5, false, true,
                List.of(new StaffCategory("CAD", "Cadres", 3, new BigDecimal("540000")),
                        new StaffCategory("EMP", "Employés", 25, new BigDecimal("1200000"))));
    }

    static List<MembershipDocument> papers() {
        return List.of(new MembershipDocument(DocumentKind.STATUTES, "statuts.pdf", "application/pdf", PDF),
                new MembershipDocument(DocumentKind.RC_EXTRACT, "modele-j.pdf", "application/pdf", PDF));
    }

    /** The public form filled in as a company would, then validated. */
    void applyThroughTheForm() {
        open("membership");
        type("legal-name", legalName);
        type("rc-number", rcNumber);
        type("ice", ice.substring(0, 3) + " " + ice.substring(3));
        type("patente-number", "52113340");
        type("tax-identifier", "40223311");
        type("cnss-number", "8812345");
        type("address-line", "Route de Zagora, km 2");
        type("city", "Zagora");
        type("activity", "Conditionnement de dattes");
        type("head-name", "Amine Ouazzani");
        type("head-function", "Gérant");
        type("contact-name", "Nora Idrissi");
        test($(EmailField.class).withClassName("contact-email").first()).setValue(contactEmail);
        type("contact-phone", "05 24 84 11 22");
        type("category-code", "emp");
        type("category-label", "Employés");
        $(IntegerField.class).withClassName("category-headcount").first().setValue(25);
        $(BigDecimalField.class).withClassName("category-payroll").first().setValue(new BigDecimal("1200000"));
        select("rate-step").selectItem("6,00 % salarial, 7,80 % patronal");
        test($(Checkbox.class).withClassName("option-mousabbak").first()).click();
        upload("document-statutes", "statuts.pdf");
        upload("document-rc-extract", "modele-j.pdf");
        test($(Button.class).withClassName("membership-validate").first()).click();
    }

    void upload(String className, String fileName) {
        test($(Upload.class).withClassName(className).first()).upload(fileName, "application/pdf", PDF);
    }

    String confirmationToken() {
        return linkIn(mailTo(contactEmail, "confirmez"), "/membership/confirm\\?token=([A-Za-z0-9_-]+)").get("token");
    }

    StatusAccess statusAccessFromTheMail() {
        Map<String, String> link = linkIn(mailTo(contactEmail, "envoyée"),
                "/membership/status\\?token=([A-Za-z0-9_-]+)&ref=(AD[0-9]{4}-[0-9]{6})");
        return new StatusAccess(link.get("ref"), link.get("token"));
    }

    void openConfirmation(String token) {
        UI.getCurrent().navigate("membership/confirm", QueryParameters.of("token", token));
    }

    void openStatus(StatusAccess access) {
        UI.getCurrent().navigate("membership/status",
                QueryParameters.simple(Map.of("ref", access.reference(), "token", access.key())));
    }

    /** The only e-mail to that address whose subject contains the words, once the outbox is delivered. */
    ReceivedMail mailTo(String address, String subjectContains) {
        delivery.deliverDue();
        List<ReceivedMail> mails = mailbox.receivedBy(address).stream()
                .filter(mail -> mail.subject().contains(subjectContains)).toList();
        assertThat(mails).as("e-mails to %s about «%s»", address, subjectContains).hasSize(1);
        return mails.getFirst();
    }

    static Map<String, String> linkIn(ReceivedMail mail, String pattern) {
        Matcher link = Pattern.compile(pattern).matcher(mail.body());
        assertThat(link.find()).as("link %s in %s", pattern, mail.body()).isTrue();
        return link.groupCount() == 1 ? Map.of("token", link.group(1))
                : Map.of("token", link.group(1), "ref", link.group(2));
    }

    void type(String className, String value) {
        test($(TextField.class).withClassName(className).first()).setValue(value);
    }

    @SuppressWarnings("unchecked")
    com.vaadin.flow.component.select.SelectTester<Select<Object>, Object> select(String className) {
        return test((Select<Object>) $(Select.class).withClassName(className).first());
    }

    int applicationsOfTheCompany() {
        return dsl.fetchCount(MEMBERSHIP_APPLICATION,
                MEMBERSHIP_APPLICATION.ICE.eq(ice).or(MEMBERSHIP_APPLICATION.RC_NUMBER.eq(rcNumber)));
    }
}
