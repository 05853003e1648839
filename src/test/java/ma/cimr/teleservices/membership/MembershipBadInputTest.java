package ma.cimr.teleservices.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static ma.cimr.teleservices.jooq.Tables.MEMBERSHIP_APPLICATION;
import static ma.cimr.teleservices.jooq.Tables.MEMBERSHIP_DOCUMENT;
import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input to a membership application (issue 12): an existing member, an invalid ICE or RC,
 * oversized or wrong-type papers, a rate outside the offer's steps: each refused with a clear
 * message, and nothing half-written (no application, no paper, no e-mail).
 */
class MembershipBadInputTest extends MembershipTestSupport {

    @Autowired
    Teleadhesion teleadhesion;

    private int applications;
    private int documents;
    private int messages;

    private void countWhatIsStored() {
        applications = dsl.fetchCount(MEMBERSHIP_APPLICATION);
        documents = dsl.fetchCount(MEMBERSHIP_DOCUMENT);
        messages = dsl.fetchCount(OUTBOX_MESSAGE);
    }

    private void assertNothingWasWritten() {
        assertThat(dsl.fetchCount(MEMBERSHIP_APPLICATION)).isEqualTo(applications);
        assertThat(dsl.fetchCount(MEMBERSHIP_DOCUMENT)).isEqualTo(documents);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE)).isEqualTo(messages);
    }

    private MembershipForm with(UnaryOperator<MembershipForm> change) {
        return change.apply(form());
    }

    private static MembershipForm identity(MembershipForm f, String rc, String ice) {
        return new MembershipForm(f.legalName(), rc, ice, f.patenteNumber(), f.taxIdentifier(), f.cnssNumber(),
                f.addressLine(), f.city(), f.activity(), f.headName(), f.headFunction(), f.contactName(), f.contactEmail(),
                f.contactPhone(), f.product(), f.rateStep(), f.moubakkir(), f.mousabbak(), f.categories());
    }

    private void refused(MembershipForm form, List<MembershipDocument> papers, String key) {
        assertThatThrownBy(() -> teleadhesion.apply(form, papers, Locale.FRENCH)).hasMessage(key);
        assertNothingWasWritten();
    }

    @Test
    void anExistingMemberAnInvalidIceOrRcAndARateOutsideTheStepsAreRefusedAndNothingIsWritten() {
        countWhatIsStored();
        // Atlas Conserves' trade register number
        refused(with(f -> identity(f, "123456", ice)), papers(), "membership.error.alreadyMember");
        String wrongKey = ice.substring(0, 13) + (ice.charAt(13) == '9' ? '0' : (char) (ice.charAt(13) + 1)) + ice.charAt(14);
        refused(with(f -> identity(f, rcNumber, wrongKey)), papers(), "validation.ice.key");
        refused(with(f -> identity(f, rcNumber, "12345")), papers(), "validation.ice.format");
        refused(with(f -> identity(f, "12345678", ice)), papers(), "validation.rc");
        refused(with(f -> identity(f, "RC-77", ice)), papers(), "validation.rc");
        MembershipForm f = form();
        refused(new MembershipForm(f.legalName(), f.rcNumber(), f.ice(), f.patenteNumber(), f.taxIdentifier(),
                f.cnssNumber(), f.addressLine(), f.city(), f.activity(), f.headName(), f.headFunction(), f.contactName(),
                f.contactEmail(), f.contactPhone(), Product.AL_KAMIL, 29, false, false, f.categories()), papers(),
                "membership.error.rateStep");
    }

    @Test
    void oversizedWrongTypeOrMissingPapersAreRefusedAndNothingIsWritten() {
        countWhatIsStored();
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        var statutes = new MembershipDocument(DocumentKind.STATUTES, "statuts.pdf", "application/pdf", PDF);
        refused(form(), List.of(statutes,
                new MembershipDocument(DocumentKind.RC_EXTRACT, "modele-j.pdf", "application/pdf", tooLarge)),
                "request.error.fileSize");
        refused(form(), List.of(statutes, new MembershipDocument(DocumentKind.RC_EXTRACT, "modele-j.pdf",
                "application/pdf", "MZ\u0090 an executable".getBytes(StandardCharsets.ISO_8859_1))), "request.error.fileType");
        refused(form(), List.of(statutes, new MembershipDocument(DocumentKind.RC_EXTRACT, "modele-j.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PDF)), "request.error.fileType");
        refused(form(), List.of(statutes), "membership.error.documentsMissing");
    }

    @Test
    void aSecondApplicationOfACompanyAlreadyApplyingIsRefused() {
        teleadhesion.apply(form(), papers(), Locale.FRENCH);
        countWhatIsStored();
        refused(form(), papers(), "membership.error.alreadyApplying");
    }

    @Test
    void theFormSaysUnderTheFieldWhatIsWrongWithTheIce() {
        countWhatIsStored();
        open("membership");
        type("ice", "001561191000065");
        test($(Button.class).withClassName("membership-validate").first()).click();
        TextField field = $(TextField.class).withClassName("ice").first();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("La clé de cet ICE ne correspond pas");
        assertNothingWasWritten();
    }
}
