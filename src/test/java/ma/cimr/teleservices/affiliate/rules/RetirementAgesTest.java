package ma.cimr.teleservices.affiliate.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The ages the simulator's form offers: a retirement still ahead, the usual 60 suggested while it is. */
class RetirementAgesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aYoungAffiliateMayRetireFromTheSchemesEarliestAgeAndIsOfferedSixty() {
        assertThat(RetirementAges.of(LocalDate.of(1990, 5, 1), TODAY))
                .isEqualTo(new RetirementAges(SimulationInput.EARLIEST_AGE, SimulationInput.LATEST_AGE, 60));
    }

    @Test
    void pastFiftyTheEarliestAgeIsTheNextBirthdaysAndNeverOneAlreadyReached() {
        // 55 today, 56 at the next birthday
        assertThat(RetirementAges.of(LocalDate.of(1971, 6, 1), TODAY).earliest()).isEqualTo(56);
        // 55 tomorrow: 55 is still ahead
        assertThat(RetirementAges.of(LocalDate.of(1971, 12, 4), TODAY).earliest()).isEqualTo(55);
    }

    @Test
    void pastSixtyTheSuggestedAgeIsTheEarliestStillAhead() {
        assertThat(RetirementAges.of(LocalDate.of(1964, 1, 15), TODAY))
                .isEqualTo(new RetirementAges(63, SimulationInput.LATEST_AGE, 63));
    }

    @Test
    void theSuggestionNeverGoesPastTheLatestAge() {
        assertThat(RetirementAges.of(LocalDate.of(1955, 1, 15), TODAY).suggested()).isEqualTo(SimulationInput.LATEST_AGE);
    }
}
