package ma.cimr.teleservices.personaldata;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.security.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static ma.cimr.teleservices.DemoLogins.SURVIVOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export of "Mes données" is complete (issue 16's closing condition, DD041): for the demo
 * affiliate and the demo retiree, every section is in the file, each list holds as many lines as the
 * database has rows for that person, and the PDF opens with every section's title. A survivor's
 * holds no career: the pension came from the deceased's.
 */
class MyDataExportTest extends PortalBrowserlessTest {

    private static final List<String> EVERYONE = List.of("identity", "contact", "requests", "signIns", "staffAccesses");

    @Autowired
    MyPersonalData personalData;
    @Autowired
    DSLContext dsl;

    @Test
    void theDemoAffiliatesExportHasEverySectionWithAsManyLinesAsTheDatabase() {
        signInAs(AFFILIATE);
        PortalUser me = currentUser();
        long affiliateId = me.affiliateId().value();
        long accountId = me.accountId().value();

        JsonNode file = exported();

        assertThat(file.get("format").asString()).isEqualTo(PersonalDataJson.FORMAT);
        assertThat(file.get("space").asString()).isEqualTo("affiliate");
        JsonNode sections = file.get("sections");
        assertThat(sections.propertyNames()).containsExactlyInAnyOrder("identity", "contact", "careerPeriods",
                "careerPoints", "buyBacks", "requests", "signIns", "staffAccesses");
        assertThat(sections.get("identity").get("matricule").asString()).isEqualTo(AFFILIATE);
        assertThat(sections.get("identity").get("cin").asString()).isEqualTo(
                text("select cin from affiliate where id = ?", affiliateId));
        assertCareer(sections, affiliateId);
        assertThat(sections.get("buyBacks").size()).isEqualTo(
                number("select count(*) from granted_points where affiliate_id = ? and nature = 'BUY_BACK'", affiliateId));
        assertSameForEveryone(sections, accountId, List.of("ACCOUNT", "AFFILIATE"), affiliateId);
    }

    @Test
    void theDemoRetireesExportHasEverySectionWithAsManyLinesAsTheDatabase() {
        signInAs(RETIREE);
        PortalUser me = currentUser();
        long retireeId = me.retireeId().value();

        JsonNode file = exported();

        assertThat(file.get("space").asString()).isEqualTo("retiree");
        JsonNode sections = file.get("sections");
        assertThat(sections.propertyNames()).containsExactlyInAnyOrder("identity", "contact", "pension",
                "pensionPayments", "careerPeriods", "careerPoints", "requests", "signIns", "staffAccesses");
        assertThat(sections.get("identity").get("pensionFileNumber").asString()).isEqualTo(RETIREE);
        assertThat(sections.get("pension").get("monthlyAmount").decimalValue()).isEqualByComparingTo(
                dsl.fetchValue("select monthly_amount from retiree where id = ?", retireeId).toString());
        assertThat(sections.get("pensionPayments").size()).isEqualTo(
                number("select count(*) from pension_payment where retiree_id = ?", retireeId)).isPositive();
        // a payment is written with its codes and ISO dates, for a program to read
        JsonNode payment = sections.get("pensionPayments").get(0);
        assertThat(payment.get("period").asString()).matches("[0-9]{4}-[0-9]{2}");
        assertThat(payment.get("status").asString()).isIn("PAID", "SUSPENDED", "RETURNED");
        assertThat(payment.get("gross").isNumber()).isTrue();
        // the career the pension was liquidated from: the retiree's own, as an affiliate
        long affiliateId = ((Number) dsl.fetchValue("select affiliate_id from retiree where id = ?", retireeId)).longValue();
        assertCareer(sections, affiliateId);
        assertSameForEveryone(sections, me.accountId().value(), List.of("ACCOUNT", "RETIREE"), retireeId);
    }

    @Test
    void aSurvivorsExportHoldsNoCareerTheDeceasedsIsNotTheirs() {
        signInAs(SURVIVOR);

        JsonNode sections = exported().get("sections");

        assertThat(sections.propertyNames()).contains("pension", "pensionPayments")
                .doesNotContain("careerPeriods", "careerPoints");
        assertThat(sections.get("identity").get("pensionKind").asString()).isEqualTo("SURVIVOR");
    }

    private void assertCareer(JsonNode sections, long affiliateId) {
        assertThat(sections.get("careerPeriods").size()).isEqualTo(
                number("select count(*) from affiliation where affiliate_id = ?", affiliateId)).isPositive();
        assertThat(sections.get("careerPoints").size()).isEqualTo(number("""
                select (select count(distinct (extract(year from due_period), company_id)) from contribution where affiliate_id = ?)
                     + (select count(*) from granted_points where affiliate_id = ?)""", affiliateId, affiliateId))
                .isPositive();
    }

    @Test
    void thePdfOpensWithEverySectionInFrenchAndIsDrawnInArabic() throws Exception {
        signInAs(AFFILIATE);

        byte[] french = personalData.pdf(Locale.FRENCH);
        byte[] arabic = personalData.pdf(Locale.forLanguageTag("ar"));

        var reader = new PdfReader(french);
        var text = new StringBuilder();
        var extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Mes données personnelles", "Identité", "Coordonnées",
                "Carrière : employeurs et périodes", "Carrière : points de retraite", "Mes demandes",
                "Mes connexions", "Agents ayant ouvert mon dossier", AFFILIATE);
        assertThat(new String(arabic, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new PdfReader(arabic).getNumberOfPages()).isPositive();
    }

    /** The sections every space has: the person's requests, sign-ins and the staff who opened their file. */
    private void assertSameForEveryone(JsonNode sections, long accountId, List<String> kinds, long personId) {
        assertThat(sections.propertyNames()).containsAll(EVERYONE);
        assertThat(sections.get("requests").size()).isEqualTo(
                number("select count(*) from service_request where requester_account_id = ?", accountId)).isPositive();
        assertThat(sections.get("signIns").size()).isEqualTo(
                number("select count(*) from sign_in where account_id = ?", accountId));
        assertThat(sections.get("staffAccesses").size()).isEqualTo(number("""
                select count(*) from staff_access
                where (subject_kind = 'ACCOUNT' and subject_id = ?) or (subject_kind = ? and subject_id = ?)""",
                accountId, kinds.get(1), personId));
    }

    private JsonNode exported() {
        var out = new ByteArrayOutputStream();
        personalData.writeJson(out);
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    private PortalUser currentUser() {
        return (PortalUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
    }

    private int number(String sql, Object... arguments) {
        return ((Number) dsl.fetchValue(sql, arguments)).intValue();
    }

    private String text(String sql, Object... arguments) {
        return String.valueOf(dsl.fetchValue(sql, arguments));
    }
}
