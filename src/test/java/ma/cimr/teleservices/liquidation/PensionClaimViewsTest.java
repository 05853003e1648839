package ma.cimr.teleservices.liquidation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Facts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DECLARATION;
import static ma.cimr.teleservices.DemoLogins.ATLAS_LIQUIDATION;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static ma.cimr.teleservices.liquidation.ClaimFixture.ATLAS;
import static ma.cimr.teleservices.liquidation.ClaimFixture.RIB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-liquidation screens, one use case each: the company's list of claims (and nobody else's
 * login reaching it), the claim form asking the papers of the kind chosen and saying what it
 * refuses, and staff liquidating a claim from its case screen with a second agent's approval.
 */
@Transactional
class PensionClaimViewsTest extends PortalBrowserlessTest {

    @Autowired
    PensionClaims claims;
    @Autowired
    ClaimDesk desk;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private LocalDate turns60;
    private long affiliate;

    @BeforeEach
    void anAtlasEmployeeTurning60NextMonth() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        turns60 = today.plusMonths(1).withDayOfMonth(15);
        affiliate = ClaimFixture.affiliate(dsl, ATLAS, "ZV90001", turns60.minusYears(60));
    }

    @Test
    void theLiquidationUserListsTheCompanysClaimsAndTheDeclarationUserIsTurnedAway() {
        PensionClaim filed = fileNormal();

        assertThat(open("company/pension-claims")).isEqualTo("company/pension-claims");
        @SuppressWarnings("unchecked")
        Grid<ClaimSummary> grid = $(Grid.class).withClassName("pension-claims").first();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(filed.reference());
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("En cours d'examen");

        open("company/pension-claims/" + filed.reference());
        assertThat($(Facts.class).withClassName("claim-facts").all()).hasSize(1);
        assertThat($(Grid.class).withClassName("claim-documents").all()).hasSize(1);
        assertThat($(Grid.class).withClassName("claim-timeline").all()).hasSize(1);

        signInAs(ATLAS_DECLARATION);
        open("company/pension-claims");
        assertThat($(Grid.class).withClassName("pension-claims").all()).isEmpty();
    }

    @Test
    void theClaimFormAsksThePapersOfTheKindChosenAndSaysWhatItRefuses() {
        signInAs(ATLAS_LIQUIDATION);
        int before = dsl.fetchCount(dsl.selectFrom("pension_claim"));
        open("company/pension-claims/new");
        // normal retirement paid into a bank account: CIN, birth, work certificate, RIB
        assertThat($(Upload.class).all()).hasSize(4);

        @SuppressWarnings("unchecked")
        Select<ClaimKind> kind = $(Select.class).withClassName("claim-kind").first();
        kind.setValue(ClaimKind.SURVIVOR_ORPHAN);
        assertThat($(TextField.class).withClassName("claim-survivor-cin").first().isVisible()).isTrue();
        assertThat($(Upload.class).all()).hasSize(6);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PaymentMode> mode = $(RadioButtonGroup.class).withClassName("claim-payment-mode").first();
        mode.setValue(PaymentMode.RAHATI_CARD);
        assertThat($(Upload.class).all()).hasSize(5);
        // hidden, so not found: no RIB asked for a RAHATI card
        assertThat($(TextField.class).withClassName("claim-rib").all()).isEmpty();

        test($(Button.class).withClassName("claim-file").first()).click();
        assertThat(notification()).isEqualTo("Choisissez un affilié parmi votre personnel déclaré.");

        kind.setValue(ClaimKind.NORMAL);
        @SuppressWarnings("unchecked")
        ComboBox<DeclaredAffiliate> who = $(ComboBox.class).withClassName("claim-affiliate").first();
        who.setValue(claims.myStaff().stream().filter(a -> a.id() == affiliate).findFirst().orElseThrow());
        test($(Button.class).withClassName("claim-file").first()).click();
        assertThat(notification()).isEqualTo("Indiquez la date de départ à la retraite.");
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_claim"))).isEqualTo(before);
    }

    @Test
    void anAgentChecksThePapersProposesTheLiquidationAndASecondAgentApprovesIt() {
        PensionClaim filed = fileNormal();

        signInAs(AGENT);
        open("backoffice/pension-claims");
        @SuppressWarnings("unchecked")
        Grid<ClaimSummary> queue = $(Grid.class).withClassName("claim-queue").first();
        assertThat(test(queue).size()).isGreaterThanOrEqualTo(1);

        open("backoffice/pension-claims/" + filed.reference());
        giveAccessReason();
        assertThat($(Facts.class).withClassName("claim-pension").all()).hasSize(1);
        assertThat($(Button.class).withClassName("claim-propose").first().isEnabled()).isFalse();
        for (ClaimDocument paper : filed.documents()) {
            test($(Button.class).withClassName("claim-accept-" + paper.kind().name()).first()).click();
        }
        assertThat($(Button.class).withClassName("claim-propose").first().isEnabled()).isTrue();
        test($(Button.class).withClassName("claim-propose").first()).click();
        assertThat($(Button.class).withClassName("claim-approve").all()).isEmpty();

        signInAs(SECOND_AGENT);
        open("backoffice/pension-claims/" + filed.reference());
        giveAccessReason();
        test($(Button.class).withClassName("claim-approve").first()).click();

        assertThat(dsl.fetchValue("select status from pension_claim where reference = ?", filed.reference()))
                .isEqualTo("LIQUIDATED");
        assertThat($(Facts.class).withClassName("claim-facts").first().getElement().getTextRecursively())
                .containsPattern("DP[0-9]{7}");
        assertThat(dsl.fetchCount(dsl.selectFrom("liquidation_document").where(
                "claim_id = (select id from pension_claim where reference = ?)", filed.reference()))).isEqualTo(2);
    }

    @Test
    void theDemoHoldsAnAtlasClaimWaitingForStaffWithItsPapers() {
        signInAs(AGENT);
        ClaimSummary demo = desk.queue(true).stream()
                .filter(c -> c.adherentNumber().equals(ATLAS) && c.status() == ClaimStatus.FILED).findFirst().orElseThrow();
        PensionClaim claim = desk.claim(demo.reference());
        assertThat(claim.documents()).hasSize(5).allMatch(d -> d.status() == DocumentStatus.RECEIVED);
        assertThat(claim.missingDocuments()).isEmpty();
        assertThat(dsl.fetchValue("select type_code from service_request where reference = ?", demo.reference()))
                .isEqualTo("COMPANY_PENSION_CLAIM");
        assertThat(desk.pension(demo.reference()).monthly()).isPositive();
    }

    @Test
    void theCompanysClaimsReadInArabic() {
        signInAs(ATLAS_LIQUIDATION);
        UI.getCurrent().setLocale(PortalI18NProvider.ARABIC);
        open("company/pension-claims");
        assertThat($(H1.class).first().getText()).isEqualTo("التصفية الإلكترونية: طلبات المعاش");
    }

    private PensionClaim fileNormal() {
        signInAs(ATLAS_LIQUIDATION);
        return claims.file(ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60, RIB),
                ClaimFixture.papers(ClaimKind.NORMAL.requiredDocuments(PaymentMode.BANK_TRANSFER, false)));
    }

    private String notification() {
        return test($(Notification.class).last()).getText();
    }
}
