package ma.cimr.teleservices.affiliate.ui.backoffice;

import ma.cimr.teleservices.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;
import ma.cimr.teleservices.affiliate.PensionParameterService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static ma.cimr.teleservices.DemoLogins.ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.SECOND_ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator replaces an illustrative parameter value; staff only read the tables. Rolled back. */
@Transactional
class PensionParametersViewTest extends PortalBrowserlessTest {

    @Autowired
    PensionParameterService service;
    @Autowired
    DSLContext dsl;

    @Test
    void theAdministratorReplacesAnIllustrativePurchaseValueAndItStopsBeingIllustrative() {
        signInAs(ADMINISTRATOR);
        assertThat(open("backoffice/pension-parameters")).isEqualTo("backoffice/pension-parameters");

        @SuppressWarnings("unchecked")
        Grid<YearValue> purchaseValues = $(Grid.class).id("purchase-values");
        assertThat(test(purchaseValues).size()).isEqualTo(47);
        int row2026 = rowOf(purchaseValues, 2026);
        int row2008 = rowOf(purchaseValues, 2008);
        assertThat(status(purchaseValues, row2026)).isEqualTo("Illustrative");
        assertThat(status(purchaseValues, row2008)).isEqualTo("Publiée");

        test(purchaseValues).select(row2026);
        Component editor = $(ParameterEditor.class).id("purchase-value-editor");
        assertThat($(IntegerField.class, editor).first().getValue()).isEqualTo(2026);
        BigDecimalField value = $(BigDecimalField.class, editor).first();
        assertThat(value.getValue()).isEqualByComparingTo("17.91");
        value.setValue(new BigDecimal("18.50"));
        test($(Button.class, editor).withText("Enregistrer").first()).click();
        // proposed: in force once another administrator approves it (DD025)
        assertThat(test(purchaseValues).getCellText(row2026, 1)).isEqualTo("17,91");
        assertThat(status(purchaseValues, row2026)).isEqualTo("Illustrative");

        signInAs(SECOND_ADMINISTRATOR);
        assertThat(open("backoffice/approvals")).isEqualTo("backoffice/approvals");
        var proposal = $(PageSection.class).withClassName("approval").all().stream()
                .filter(card -> "point_purchase_value 2026".equals(card.getElement().getAttribute("data-subject")))
                .findFirst().orElseThrow();
        assertThat(proposal.getElement().getTextRecursively()).contains("Valeur d'achat du point (salaire de référence)", "18.50", ADMINISTRATOR);
        test($(Button.class, proposal).withClassName("approve-proposal").first()).click();

        open("backoffice/pension-parameters");
        @SuppressWarnings("unchecked")
        Grid<YearValue> updated = $(Grid.class).id("purchase-values");
        assertThat(test(updated).getCellText(row2026, 1)).isEqualTo("18,50");
        assertThat(status(updated, row2026)).isEqualTo("Publiée");
        assertThat(service.parameters().purchaseValue(2026).illustrative()).isFalse();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PENSION_PARAMETER_SAVED")
                .and(AUDIT_EVENT.ACTOR.eq(SECOND_ADMINISTRATOR)))).isEqualTo(1);
    }

    @Test
    void everyTableIsShownWithItsIllustrativeValuesMarked() {
        signInAs(ADMINISTRATOR);
        open("backoffice/pension-parameters");
        for (String id : new String[] {"purchase-values", "liquidation-values", "revaluations", "age-coefficients",
                "contribution-rates", "scalar-parameters"}) {
            assertThat(test($(Grid.class).id(id)).size()).as(id).isPositive();
        }
        // the coefficient at 55 is published, the one at 57 illustrative
        Grid<?> coefficients = $(Grid.class).id("age-coefficients");
        assertThat(test(coefficients).getCellText(5, 0)).isEqualTo("55");
        assertThat(status(coefficients, 5)).isEqualTo("Publiée");
        assertThat(status(coefficients, 7)).isEqualTo("Illustrative");
    }

    @Test
    void anAgentReadsTheTablesWithoutAnyForm() {
        signInAs(AGENT);
        assertThat(open("backoffice/pension-parameters")).isEqualTo("backoffice/pension-parameters");
        assertThat(test($(Grid.class).id("purchase-values")).size()).isEqualTo(47);
        assertThat($(ParameterEditor.class).all()).isEmpty();
        assertThat(menu()).extracting(MenuItem::path).contains("backoffice/pension-parameters");
    }

    private int rowOf(Grid<YearValue> grid, int year) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).appliesFrom() == year) {
                return row;
            }
        }
        throw new AssertionError("no row for " + year);
    }

    /** The text of the status column, the last one; an illustrative value must be shown as a badge. */
    private String status(Grid<?> grid, int row) {
        int last = grid.getColumns().size() - 1;
        var status = (Span) test(grid).getCellComponent(row, last);
        assertThat(status.hasClassName("illustrative-badge")).isEqualTo(status.getText().equals("Illustrative"));
        return status.getText();
    }
}
