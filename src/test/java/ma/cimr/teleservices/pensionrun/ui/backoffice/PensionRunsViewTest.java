package ma.cimr.teleservices.pensionrun.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.pensionrun.PensionRunSummary;
import ma.cimr.teleservices.pensionrun.RunFixture;
import ma.cimr.teleservices.pensionrun.RunFile;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's page of the monthly run: a supervisor starts the month and sees its counts and one file
 * per bank; an agent sees the runs without the button, and records a RAHATI card's activation, which
 * sends the first pension's catch-up at once.
 */
class PensionRunsViewTest extends PortalBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    RunFixture fixture;

    @BeforeEach
    void keepTheDemoAside() {
        fixture = new RunFixture(dsl, clock);
        clock.set(LocalDateTime.of(2031, 5, 1, 7, 0).atZone(ZoneId.of("Africa/Casablanca")).toInstant());
    }

    @AfterEach
    void putTheDemoBack() {
        fixture.restore();
    }

    @Test
    void aSupervisorStartsTheMonthAndSeesItsCountsAndOneFilePerBank() {
        signInAs(SUPERVISOR);
        assertThat(open("backoffice/pension-runs")).isEqualTo("backoffice/pension-runs");
        test($(Button.class).withClassName("start-run").first()).click();

        @SuppressWarnings("unchecked")
        Grid<PensionRunSummary> runs = $(Grid.class).withClassName("pension-runs").first();
        assertThat(test(runs).getCellText(0, 0)).contains("2031");
        int paid = ((Number) dsl.fetchValue("select count(*) from pension_payment where due_period = date '2031-05-01' "
                + "and status = 'PAID'")).intValue();
        assertThat(test(runs).getCellText(0, 3)).isEqualTo(Integer.toString(paid));
        @SuppressWarnings("unchecked")
        Grid<RunFile> files = $(Grid.class).withClassName("pension-run-files").first();
        assertThat(test(files).size()).isEqualTo(((Number) dsl.fetchValue(
                "select count(*) from bank_message where purpose = 'PENSION_RUN'")).intValue()).isGreaterThan(1);
    }

    @Test
    void anAgentRecordsACardActivationAndTheFirstPensionLeavesAtOnce() {
        long retiree = fixture.newCardRetiree("DP9900007", LocalDate.of(2031, 3, 1));
        signInAs(AGENT);
        open("backoffice/pension-runs");
        assertThat($(Button.class).withClassName("start-run").all()).as("only supervisors run the month").isEmpty();

        $(TextField.class).withClassName("card-number").first().setValue("dp9900007");
        $(PortalDatePicker.class).withClassName("card-date").first().setValue(LocalDate.of(2031, 4, 30));
        test($(Button.class).withClassName("activate-card").first()).click();

        assertThat(dsl.fetchValue("select rahati_card_activated_on::text from retiree where id = ?", retiree))
                .isEqualTo("2031-04-30");
        // March, April and May, in one file to the card issuer's bank
        assertThat(((Number) dsl.fetchValue("select count(*) from pension_payment where retiree_id = ? and status = 'PAID' "
                + "and catch_up_id is not null", retiree)).intValue()).isEqualTo(3);
        assertThat(dsl.fetchValue("select bank_code from pension_run_file where catch_up_id is not null")).isEqualTo("230");
    }
}
