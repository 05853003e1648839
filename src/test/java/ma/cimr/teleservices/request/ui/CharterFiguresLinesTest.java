package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.request.CharterService;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's lines say what they measure: each bar names the commitment in words, not only
 * its number, and a commitment nobody asked for in the period says that nothing was measured,
 * never "0 %" (DD023; seen: "Affiliés 2 — 0 %").
 */
class CharterFiguresLinesTest extends PortalBrowserlessTest {

    private static final String NOTHING_MEASURED = "Rien à mesurer : aucune demande sur la période";

    @Autowired
    CharterService charter;
    @Autowired
    TestClock clock;

    @Test
    void eachBarSaysItsCommitmentInWords() {
        signInAs(AGENT);
        open("backoffice/dashboard");

        List<String> bars = barLabels();
        ServiceCommitment subscriptions = charter.commitments(Population.AFFILIATE).get(1);
        assertThat(bars).contains("Affiliés 2 — " + subscriptions.labelFr());
        assertThat(bars).isNotEmpty().allSatisfy(bar -> assertThat(bar).matches(".+ \\d+ — .{20,}"));
    }

    @Test
    void aPeriodWithNoRequestSaysNothingWasMeasuredOnEveryLineNotZeroPercent() {
        signInAs(AGENT);
        open("backoffice/dashboard");
        LocalDate future = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).plusYears(5);
        List<DatePicker> period = $(DatePicker.class).all();
        test(period.get(1)).setValue(future.plusDays(30));
        test(period.get(0)).setValue(future);

        assertThat(barValues()).isNotEmpty().containsOnly(NOTHING_MEASURED);
        List<String> inTime = new ArrayList<>();
        Grid<CommitmentFigures> grid = commitmentGrid();
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            inTime.add(rows.getCellText(row, 4));
        }
        assertThat(inTime).hasSize(25).containsOnly(NOTHING_MEASURED);
    }

    @Test
    void theDemoYearShowsAShareForEveryCommitmentAskedFor() {
        signInAs(AGENT);
        open("backoffice/dashboard");

        // the affiliates' space opens the moment it is asked for: all in time, not "0 %"
        Grid<CommitmentFigures> grid = commitmentGrid();
        var rows = test(grid);
        String subscriptions = null;
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getCellText(row, 0).equals("Affiliés 2")) {
                subscriptions = rows.getCellText(row, 4);
            }
        }
        // the French percent sign follows a narrow no-break space
        assertThat(subscriptions).isNotNull().matches("100\\s?\\p{Zs}?%");
        assertThat(barValues()).doesNotContain(NOTHING_MEASURED);
    }

    @SuppressWarnings("unchecked")
    private Grid<CommitmentFigures> commitmentGrid() {
        return $(Grid.class).withClassName("commitment-figures").first();
    }

    private List<String> barLabels() {
        return $(Span.class).withClassName("bar-label").all().stream().map(Span::getText).toList();
    }

    private List<String> barValues() {
        return $(Span.class).withClassName("bar-value").all().stream().map(Span::getText).toList();
    }
}
