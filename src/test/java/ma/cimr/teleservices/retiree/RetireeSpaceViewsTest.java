package ma.cimr.teleservices.retiree;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retiree's pages (DD036): the payment history with the tax withheld and, for a month not
 * paid, why and what to do; a suspended pension says so on every page that matters; revisions.
 */
class RetireeSpaceViewsTest extends PortalBrowserlessTest {

    /** Retiree id 17 of the demo: suspended for an expired proof of life, the last two months not paid. */
    private static final String SUSPENDED = "DP0000017";

    @Test
    void thePaymentHistoryShowsGrossTaxNetModeAndWhyAMonthWasNotPaid() {
        signInAs(SUSPENDED);
        open("retiree/payments");

        assertThat($(Div.class).withClassName("suspension-notice").first().getElement().getTextRecursively())
                .contains("certificat de vie non reçu").contains("Pièces justificatives");
        Grid<PensionPayment> grid = $(Grid.class).withClassName("payment-history").first();
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("Suspendu");
        assertThat(test(grid).getCellText(0, 6)).contains("arriérés");
        assertThat(test(grid).getCellText(2, 5)).isEqualTo("Payé");
        assertThat(test(grid).getCellText(2, 6)).isEmpty();
        // the tax column is the gross less the net
        assertThat(test(grid).getCellText(2, 2)).isNotBlank();
    }

    @Test
    void aPensionInPaymentShowsNoSuspension() {
        signInAs(DemoLogins.RETIREE);
        open("retiree");

        assertThat($(Div.class).withClassName("suspension-notice").all()).isEmpty();
        assertThat($(LazyGrid.class).withClassName("payments-grid").all()).hasSize(1);
    }

    @Test
    void revisionsShowTheirMotiveAmountStatusAndSettlementDate() {
        signInAs(DemoLogins.RETIREE);
        open("retiree/revisions");

        Grid<PensionRevision> grid = $(Grid.class).withClassName("revisions").first();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("Rectification des points");
        assertThat(test(grid).getCellText(1, 2)).isEqualTo("Réglée");
        assertThat(test(grid).getCellText(1, 4)).isNotBlank();

        signInAs(DemoLogins.SURVIVOR);
        open("retiree/revisions");
        assertThat($(Paragraph.class).withClassName("no-revisions").all()).hasSize(1);
    }

    @Test
    void aSurvivorSpouseIsAskedForANonRemarriageCertificateToo() {
        signInAs(DemoLogins.SURVIVOR);
        open("retiree/documents");

        Grid<DocumentRequirement> needs = $(Grid.class).withClassName("required-documents").first();
        assertThat(test(needs).size()).isEqualTo(2);
        assertThat(test(needs).getCellText(1, 0)).isEqualTo("Attestation de non-remariage");
    }
}
