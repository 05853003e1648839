package ma.cimr.teleservices.retiree;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.value.PensionFileNumber;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static ma.cimr.teleservices.jooq.Tables.CERTIFICATE;
import static ma.cimr.teleservices.jooq.Tables.PENSION_PAYMENT;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.countDistinct;

/**
 * Certificates (DD036): the retiree downloads a pension certificate, in French and Arabic, whose
 * code and QR code a stranger checks on the public page, where the holder shows only masked;
 * expired and unknown codes say so; the tax certificates come as one batch by 5 January.
 */
class CertificatesTest extends PortalBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    Certificates certificates;
    @Autowired
    TaxCertificates taxCertificates;
    @Autowired
    TestClock clock;

    @Test
    void theRetireeDownloadsACertificateWhoseCodeAStrangerChecksWithTheHolderMasked() throws IOException {
        signInAs(DemoLogins.RETIREE);
        open("retiree/certificates");
        int before = $(Span.class).withClassName("certificate-code").all().size();
        test($(Button.class).withClassName("issue-certificate").first()).click();
        assertThat($(Span.class).withClassName("certificate-code").all()).hasSize(before + 1);
        Certificate issued = certificates.mine().getFirst();
        assertThat($(Span.class).withClassName("certificate-code").first().getText()).isEqualTo(issued.groupedCode());

        byte[] french = certificates.pdf(issued.code(), PortalI18NProvider.FRENCH);
        byte[] arabic = certificates.pdf(issued.groupedCode(), PortalI18NProvider.ARABIC);
        String frenchText = text(french);
        assertThat(frenchText).contains("Attestation de pension", DemoLogins.RETIREE, issued.groupedCode());
        assertThat(text(arabic)).contains(issued.groupedCode());
        // the QR code is an image in each file
        assertThat(new String(french, StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");
        assertThat(certificates.checkUrl(issued.code())).endsWith("/verify/" + issued.code());

        SignedIn.out();
        String holder = dsl.select(RETIREE.LAST_NAME).from(RETIREE)
                .where(RETIREE.PENSION_FILE_NUMBER.eq(new PensionFileNumber(DemoLogins.RETIREE))).fetchSingle().value1();
        open("verify/" + issued.code());
        assertThat($(Paragraph.class).withClassName("verify-VALID").all()).hasSize(1);
        String shown = $(com.vaadin.flow.component.html.Div.class).withClassName("verify-result").first().getElement()
                .getTextRecursively();
        assertThat(shown).contains("DP•••••01").doesNotContain(holder).doesNotContain(DemoLogins.RETIREE);

        // typed by hand, in lower case, with its dashes
        open("verify");
        test($(TextField.class).withClassName("verify-code").first()).setValue(issued.groupedCode().toLowerCase());
        test($(Button.class).withClassName("verify-check").first()).click();
        assertThat($(Paragraph.class).withClassName("verify-VALID").all()).hasSize(1);
    }

    @Test
    void anExpiredOrUnknownCodeSaysSo() {
        long retireeId = dsl.select(RETIREE.ID).from(RETIREE)
                .where(RETIREE.PENSION_FILE_NUMBER.eq(new PensionFileNumber("DP0000004"))).fetchSingle().value1();
        dsl.insertInto(CERTIFICATE).set(CERTIFICATE.CODE, "OLDC0DE2345X").set(CERTIFICATE.RETIREE_ID, retireeId)
                .set(CERTIFICATE.KIND, "PENSION").set(CERTIFICATE.ISSUED_AT, OffsetDateTime.now().minusMonths(6))
                .set(CERTIFICATE.VALID_UNTIL, LocalDate.now().minusMonths(3)).onConflictDoNothing().execute();

        assertThat(certificates.check("OLDC-0DE2-345X").state()).isEqualTo(Certificate.State.EXPIRED);
        assertThat(certificates.check("ZZZZ-ZZZZ-ZZZZ").known()).isFalse();
        assertThat(certificates.check("not a code").known()).isFalse();
        open("verify/ZZZZZZZZZZZZ");
        assertThat($(Paragraph.class).withClassName("verify-UNKNOWN").all()).hasSize(1);
    }

    @Test
    void everyPensionPaidInTheYearGetsItsTaxCertificateInOneBatchBeforeTheFifthOfJanuary() {
        Instant saved = clock.instant();
        int year = LocalDate.now().getYear();
        try {
            clock.set(LocalDate.of(year + 1, 1, 2).atTime(8, 0).toInstant(ZoneOffset.UTC));
            int paidInYear = dsl.select(countDistinct(PENSION_PAYMENT.RETIREE_ID)).from(PENSION_PAYMENT)
                    .where(PENSION_PAYMENT.STATUS.eq(PensionPayment.Status.PAID),
                            org.jooq.impl.DSL.extract(org.jooq.impl.DSL.field(PENSION_PAYMENT.DUE_PERIOD.getQualifiedName(),
                                    LocalDate.class), org.jooq.DatePart.YEAR).eq(year))
                    .fetchSingle().value1();

            int issued = taxCertificates.runOnce();

            assertThat(issued).isEqualTo(paidInYear).isPositive();
            assertThat(taxCertificates.runOnce()).as("the batch runs once a year").isZero();
            var batch = taxCertificates.batch(year).orElseThrow();
            assertThat(batch.certificates()).isEqualTo(paidInYear);
            assertThat(taxCertificates.onTime(batch)).isTrue();
            assertThat(dsl.fetchCount(CERTIFICATE, CERTIFICATE.KIND.eq("TAX"), CERTIFICATE.TAX_YEAR.eq(year)))
                    .isEqualTo(paidInYear);
            signInAs(DemoLogins.RETIREE);
            Certificate tax = certificates.mine().stream().filter(c -> c.kind() == Certificate.Kind.TAX).findFirst().orElseThrow();
            assertThat(text(certificates.pdf(tax.code(), PortalI18NProvider.FRENCH))).contains(String.valueOf(year));
        } finally {
            clock.set(saved);
        }
    }

    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
