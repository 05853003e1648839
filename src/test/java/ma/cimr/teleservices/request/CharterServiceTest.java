package ma.cimr.teleservices.request;

import ma.cimr.teleservices.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every numbered commitment of the charter's annex is a row, in three languages. */
@PortalTest
class CharterServiceTest {

    @Autowired
    CharterService charter;

    @Test
    void theCharterHasEightCommitmentsForRetireesSixForAffiliatesElevenForCompanies() {
        assertThat(charter.commitments(Population.RETIREE)).extracting(ServiceCommitment::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(charter.commitments(Population.AFFILIATE)).extracting(ServiceCommitment::number)
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(charter.commitments(Population.COMPANY)).extracting(ServiceCommitment::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void deadlinesAreTheCharters() {
        assertThat(charter.commitments(Population.RETIREE)).extracting(ServiceCommitment::deadlineBusinessDays)
                .containsExactly(null, 4, null, null, 3, null, 4, 2);
        assertThat(charter.commitments(Population.AFFILIATE)).extracting(ServiceCommitment::deadlineBusinessDays)
                .containsExactly(7, 3, 4, 8, 4, 4);
        assertThat(charter.commitments(Population.COMPANY)).extracting(ServiceCommitment::deadlineBusinessDays)
                .containsExactly(4, 2, 4, 4, 3, 5, 5, 5, 5, 4, 4);
    }

    @Test
    void aCommitmentFallsDueItsBusinessDaysAfterTheRequestArrivesAndACalendarRuleHasNoDueDate() {
        List<ServiceCommitment> retirees = charter.commitments(Population.RETIREE);
        // received on a Friday: 4 business days are Monday to Thursday, the weekend not counted
        LocalDate friday = LocalDate.of(2026, 10, 2);
        assertThat(charter.dueOn(retirees.get(1), friday)).contains(LocalDate.of(2026, 10, 8));
        assertThat(charter.dueOn(retirees.get(0), friday)).isEmpty();
    }

    @Test
    void theDefaultPeriodIsTwelveMonthsEndingOnTheDayShown() {
        assertThat(CharterDashboard.twelveMonthsEndingOn(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2025, 12, 4));
    }

    @Test
    void eachCommitmentReadsInFrenchArabicAndEnglish() {
        List<ServiceCommitment> all = charter.commitments(Population.COMPANY);
        assertThat(all.get(1).label(Locale.FRENCH)).isEqualTo("Traitement des déclarations de salaires dans un délai de 2 jours ouvrés.");
        assertThat(all.get(1).label(Locale.forLanguageTag("ar"))).contains("التصريحات بالأجور");
        assertThat(all.get(1).label(Locale.ENGLISH)).isEqualTo("Salary declarations processed within 2 business days.");
    }
}
