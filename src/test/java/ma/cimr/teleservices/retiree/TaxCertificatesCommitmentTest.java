package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.Population;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocataires n°6 on the charter dashboard, from the tax certificate batches themselves (DD036,
 * DD043): a year whose batch finished by 5 January is kept, one finished on the 7th is late, one with
 * no batch once the 5th has passed is counted and not answered, and a 5 January still to come is not
 * counted yet.
 */
@PortalTest
@Transactional
class TaxCertificatesCommitmentTest {

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Autowired
    CharterDashboard dashboard;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    private Instant saved;

    @BeforeEach
    void keepTheClock() {
        saved = clock.instant();
    }

    @AfterEach
    void giveTheClockBack() {
        clock.set(saved);
    }

    @Test
    void eachFifthOfJanuaryIsKeptWhenThatYearsBatchFinishedByIt() {
        batch(2031, LocalDateTime.of(2032, 1, 3, 6, 0));
        batch(2032, LocalDateTime.of(2033, 1, 7, 6, 0));
        clock.set(LocalDateTime.of(2034, 2, 1, 9, 0).atZone(CASABLANCA).toInstant());

        CommitmentFigures sixth = figure(LocalDate.of(2032, 1, 1), LocalDate.of(2035, 12, 31));

        // 2032 kept, 2033 late, 2034 missing; 2035's 5 January is still to come
        assertThat(sixth.requests()).isEqualTo(3);
        assertThat(sixth.answered()).isEqualTo(2);
        assertThat(sixth.answeredInTime()).isEqualTo(1);
        assertThat(figure(LocalDate.of(2032, 1, 6), LocalDate.of(2033, 1, 4)).requests()).isZero();
    }

    private void batch(int year, LocalDateTime finished) {
        dsl.execute("insert into tax_certificate_batch (tax_year, finished_at, certificates) values (?, ?::timestamptz, 1)",
                year, finished.atZone(CASABLANCA).toOffsetDateTime().toString());
    }

    private CommitmentFigures figure(LocalDate from, LocalDate to) {
        return dashboard.figures(from, to).stream()
                .filter(f -> f.commitment().population() == Population.RETIREE && f.commitment().number() == 6)
                .findFirst().orElseThrow();
    }
}
