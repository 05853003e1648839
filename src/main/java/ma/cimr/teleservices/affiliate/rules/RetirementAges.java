package ma.cimr.teleservices.affiliate.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * The retirement ages the simulator offers an affiliate: a retirement still ahead (from the age of
 * their next birthday, never before the scheme's earliest age), up to the latest, and the usual age
 * of 60 suggested while it is still to come. The simulator refuses the others; the form offers
 * only these, so its limits and the rules cannot drift apart.
 */
public record RetirementAges(int earliest, int latest, int suggested) {

    /** The age most affiliates retire at, suggested first. */
    public static final int USUAL = 60;

    public static RetirementAges of(LocalDate birthDate, LocalDate today) {
        int ageNow = Period.between(birthDate, today).getYears();
        int earliest = Math.max(SimulationInput.EARLIEST_AGE, ageNow + 1);
        return new RetirementAges(earliest, SimulationInput.LATEST_AGE,
                Math.min(SimulationInput.LATEST_AGE, Math.max(USUAL, earliest)));
    }
}
