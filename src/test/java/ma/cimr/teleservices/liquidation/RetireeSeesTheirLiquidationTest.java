package ma.cimr.teleservices.liquidation;

import com.vaadin.flow.component.html.Anchor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.affiliate.PensionParameterService;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.retiree.MyLiquidation;
import ma.cimr.teleservices.security.RetireeId;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.ui.Facts;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_LIQUIDATION;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static ma.cimr.teleservices.liquidation.ClaimFixture.ATLAS;
import static ma.cimr.teleservices.liquidation.ClaimFixture.RIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * From the liquidation to the retiree's space (issue 13, DD043): a pension just liquidated shows its
 * claim's status and steps and its liquidation documents to its retiree, in French and Arabic, and
 * to nobody else; a pension liquidated before the portal says it has none online. Survivors' shares
 * are the administrator's parameters.
 */
@Transactional
class RetireeSeesTheirLiquidationTest extends PortalBrowserlessTest {

    @Autowired
    PensionClaims claims;
    @Autowired
    ClaimDesk desk;
    @Autowired
    MyLiquidation myLiquidation;
    @Autowired
    PensionParameterService parameters;
    @Autowired
    Approvals approvals;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private LocalDate today;
    private LocalDate turns60;
    private long affiliate;

    @BeforeEach
    void anAtlasEmployeeTurning60NextMonth() {
        today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        turns60 = today.plusMonths(1).withDayOfMonth(15);
        affiliate = ClaimFixture.affiliate(dsl, ATLAS, "ZT90011", turns60.minusYears(60));
    }

    @Test
    void aNewRetireeSeesTheirClaimsStepsAndDownloadsTheirLiquidationDocumentsInFrenchAndArabic() {
        String fileNumber = liquidatedAndEnrolled();

        signInAs(fileNumber);
        open("retiree");
        assertThat($(Paragraph.class).withClassName("not-paid-yet").single().getElement().getTextRecursively())
                .contains("pas encore été versée");

        open("retiree/liquidation");
        assertThat($(Paragraph.class).withClassName("first-payment-to-come").single().getText())
                .contains("prochain virement mensuel");
        assertThat($(Facts.class).withClassName("liquidation-claim").single().getElement().getTextRecursively())
                .contains("Pension liquidée");
        assertThat($(OrderedList.class).withClassName("liquidation-steps").single().getElement().getTextRecursively())
                .contains("Demande déposée", "Pièce acceptée", "Pension liquidée")
                // who at the fund did what is staff's business, not the retiree's
                .doesNotContain(AGENT, SECOND_AGENT, ATLAS_LIQUIDATION);
        assertThat($(Div.class).withClassName("liquidation-document").all()).hasSize(2);
        assertThat($(Anchor.class).withClassName("liquidation-pdf-fr").all()).hasSize(2);
        assertThat($(Anchor.class).withClassName("liquidation-pdf-ar").all()).hasSize(2);

        long first = myLiquidation.documents().getFirst().id();
        byte[] french = myLiquidation.pdf(first, Locale.FRENCH);
        byte[] arabic = myLiquidation.pdf(first, Locale.forLanguageTag("ar"));
        assertThat(new String(french, 0, 5)).isEqualTo("%PDF-");
        assertThat(arabic).isNotEqualTo(french);

        signInAs(DemoLogins.RETIREE);
        assertThatThrownBy(() -> myLiquidation.pdf(first, Locale.FRENCH)).isInstanceOf(RequestNotFoundException.class);
        assertThat(myLiquidation.claim()).isEmpty();
    }

    @Test
    void aPensionLiquidatedBeforeThePortalSaysItsDocumentsAreNotOnline() {
        signInAs(DemoLogins.RETIREE);
        open("retiree/liquidation");

        assertThat($(Paragraph.class).withClassName("no-liquidation").all()).hasSize(1);
        assertThat($(Div.class).withClassName("liquidation-document").all()).isEmpty();
        open("retiree");
        assertThat($(Paragraph.class).withClassName("not-paid-yet").all()).isEmpty();
    }

    @Test
    void aSurvivingSpousesShareIsTheOneTheAdministratorsSet() {
        int year = today.minusMonths(1).getYear();
        signInAs(DemoLogins.ADMINISTRATOR);
        parameters.saveScalar(ScalarParameter.SURVIVOR_SPOUSE_SHARE, year, new BigDecimal("60"));
        Approval proposal = approvals.pending(0, 100).stream()
                .filter(a -> a.change().getOrDefault("parameter", "").equals("SURVIVOR_SPOUSE_SHARE")).findFirst()
                .orElseThrow();
        signInAs(DemoLogins.SECOND_ADMINISTRATOR);
        approvals.approve(proposal.id());

        signInAs(ATLAS_LIQUIDATION);
        var spouse = new Claimant("ZW90012", "Testeuse", "Amina", LocalDate.of(1970, 3, 4), null, null);
        Set<DocumentKind> asked = ClaimKind.SURVIVOR_SPOUSE.requiredDocuments(PaymentMode.RAHATI_CARD, false);
        PensionClaim filed = claims.file(new NewPensionClaim(affiliate, ClaimKind.SURVIVOR_SPOUSE, today.minusMonths(1),
                spouse, null, "0698765432", false, PaymentMode.RAHATI_CARD, null), ClaimFixture.papers(asked));
        signInAs(AGENT);
        filed.documents().forEach(paper -> desk.checkDocument(filed.reference(), paper.id(), true, null));

        ClaimPension pension = desk.pension(filed.reference());
        assertThat(pension.sharePercent()).isEqualByComparingTo("60");
        assertThat(pension.monthly()).isEqualByComparingTo(pension.basis().pension().monthly().value()
                .multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** Filed by Atlas, proposed by an agent, liquidated by a second one; the retiree opens their space. */
    private String liquidatedAndEnrolled() {
        signInAs(ATLAS_LIQUIDATION);
        PensionClaim filed = claims.file(ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60, RIB),
                ClaimFixture.papers(ClaimKind.NORMAL.requiredDocuments(PaymentMode.BANK_TRANSFER, false)));
        signInAs(AGENT);
        filed.documents().forEach(paper -> desk.checkDocument(filed.reference(), paper.id(), true, null));
        desk.proposeLiquidation(filed.reference());
        signInAs(SECOND_AGENT);
        desk.approveLiquidation(filed.reference());
        Record retiree = dsl.fetchOne("select id, pension_file_number, email, mobile from retiree where affiliate_id = ?",
                affiliate);
        // the claimant's contact is the one the space's enrolment link goes to
        assertThat(retiree.get("email", String.class)).isEqualTo("retraite.test@demo.example");
        assertThat(retiree.get("mobile", String.class)).isEqualTo("+212612345678");
        String fileNumber = retiree.get("pension_file_number", String.class);
        accounts.openRetireeAccount(new RetireeId(retiree.get("id", Long.class)), fileNumber, "Ahmed Testeur",
                "retraite.test@demo.example", DemoLogins.PASSWORD);
        return fileNumber;
    }
}
