package ma.cimr.teleservices.affiliate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.affiliate.rules.PointsChange;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.OTHER_AFFILIATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo affiliate answers "how much will I get, and what would a buy-back change?" in their
 * space: the statement, why their points changed, the simulator, and the buy-back request.
 */
class AffiliatePointsTest extends PortalBrowserlessTest {

    @Autowired
    PointsService points;
    @Autowired
    AffiliateService affiliates;
    @Autowired
    ServiceRequests requests;
    @Autowired
    BuyBacks buyBacks;
    @Autowired
    org.jooq.DSLContext dsl;

    @Test
    void theStatementHasALinePerYearAndEmployerAndAddsUp() {
        signInAs(AFFILIATE);
        PointsStatement statement = points.myStatement();
        assertThat(statement.lines()).filteredOn(line -> line.nature() == StatementLine.Nature.CONTRIBUTION)
                .hasSize(affiliates.myContributions().size());
        assertThat(statement.totalPoints()).isEqualByComparingTo(statement.lines().stream()
                .map(StatementLine::pointsCounted).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(statement.lines().getFirst().cumulativePoints()).isEqualByComparingTo(statement.totalPoints());
        // read from the top, the running total only goes down, line by line
        for (int i = 1; i < statement.lines().size(); i++) {
            assertThat(statement.lines().get(i).cumulativePoints())
                    .isEqualByComparingTo(statement.lines().get(i - 1).cumulativePoints()
                            .subtract(statement.lines().get(i - 1).pointsCounted()));
        }
        assertThat(statement.pensionToDate().value()).isPositive();

        open("affiliate/statement");
        assertThat($(LazyGrid.class).withClassName("statement-grid").first().size()).isEqualTo(statement.lines().size());
    }

    @Test
    void whyPointsChangedSplitsTheDifferenceExactly() {
        signInAs(AFFILIATE);
        int year = points.explainableYears().getFirst();
        PointsChange change = points.whyChanged(year);
        assertThat(change.parts().stream().map(PointsChange.Part::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(change.difference());
    }

    @Test
    void theStatementPageExplainsAYearInThreeParts() {
        signInAs(AFFILIATE);
        open("affiliate/statement");
        int year = points.explainableYears().get(1);
        test($(Select.class).withCaption("Année").first()).selectItem(String.valueOf(year));
        var parts = $(com.vaadin.flow.component.html.ListItem.class).all();
        assertThat(parts).hasSize(3);
        assertThat(parts).anySatisfy(part -> assertThat(part.getText()).contains("salaire"));
        assertThat(parts).anySatisfy(part -> assertThat(part.getText()).contains("prix du point"));
    }

    @Test
    void eachAffiliateSeesTheirOwnPoints() {
        signInAs(AFFILIATE);
        PointsStatement mine = points.myStatement();
        // the demo gives this affiliate free points for sickness and a paid buy-back, and nobody else
        List<String> grantedToMe = mine.lines().stream()
                .filter(line -> line.nature() != StatementLine.Nature.CONTRIBUTION).map(StatementLine::source).toList();
        assertThat(grantedToMe).hasSize(3);
        signInAs(OTHER_AFFILIATE);
        PointsStatement theirs = points.myStatement();
        assertThat(theirs.totalPoints()).isNotEqualByComparingTo(mine.totalPoints());
        assertThat(theirs.lines()).allSatisfy(line -> {
            assertThat(line.nature()).isEqualTo(StatementLine.Nature.CONTRIBUTION);
            assertThat(grantedToMe).doesNotContain(line.source());
        });
    }

    @Test
    void theSimulatorComparesWithAndWithoutABuyBackAndAsksForItWithoutFilingARequest() {
        signInAs(AFFILIATE);
        open("affiliate/simulator");
        test($(IntegerField.class).withClassName("simulator-age").first()).setValue(62);
        test($(BigDecimalField.class).withClassName("simulator-amount").first()).setValue(new BigDecimal("30000"));
        test($(Button.class).withClassName("simulate").first()).click();

        var pensions = $(Span.class).withClassName("monthly-pension").all();
        assertThat(pensions).hasSize(2);
        BigDecimal without = amount(pensions.get(0).getText());
        BigDecimal with = amount(pensions.get(1).getText());
        assertThat(with).isGreaterThan(without);

        int requestsBefore = requests.myRequests().size();
        test($(Button.class).withClassName("request-buy-back").first()).click();
        // the buy-back and what to pay, with its reference; the charter's clocks wait for the money (DD040)
        assertThat(currentPath()).isEqualTo("affiliate/buy-backs");
        ma.cimr.teleservices.affiliate.BuyBack asked = buyBacks.mine().getFirst();
        assertThat(asked.amount()).isEqualByComparingTo("30000");
        assertThat(asked.paymentReference()).matches("RA\\d{10}");
        assertThat($(ma.cimr.teleservices.shared.ui.Facts.class).withClassName("buy-back-facts").first().getElement()
                .getTextRecursively()).contains(asked.paymentReference());
        assertThat(requests.myRequests()).as("no request typed at the asking").hasSize(requestsBefore);
    }

    @Test
    void anAgeOutsideFiftyToSeventyIsRefusedWithAMessage() {
        signInAs(AFFILIATE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> points.simulate(49, BigDecimal.ZERO, null, null, false,
                BigDecimal.TEN)).isInstanceOf(Refusal.class).hasMessage("points.error.retirementAge");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> points.simulate(71, BigDecimal.ZERO, null, null, false,
                BigDecimal.TEN)).isInstanceOf(Refusal.class).hasMessage("points.error.retirementAge");
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
    }
}
