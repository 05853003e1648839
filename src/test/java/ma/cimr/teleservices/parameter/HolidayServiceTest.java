package ma.cimr.teleservices.parameter;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static ma.cimr.teleservices.DemoLogins.ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The holiday table is seeded, read by staff, changed by the administrator alone, and audited. */
@PortalTest
class HolidayServiceTest {

    /** A Wednesday with no holiday, far from the demo's dates. */
    private static final LocalDate ORDINARY_WEDNESDAY = LocalDate.of(2031, 3, 12);

    @Autowired
    HolidayService holidays;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void fixedAndIslamicHolidaysAreSeededFrom2024To2030() {
        SignedIn.as(accounts, AGENT);
        for (int year = 2024; year <= 2030; year++) {
            var list = holidays.holidays(year);
            assertThat(list).as("holidays of " + year)
                    .anySatisfy(h -> assertThat(h.date()).isEqualTo(LocalDate.of(2024, 11, 18).withYear(h.date().getYear())))
                    .anySatisfy(h -> assertThat(h.kind()).isEqualTo(PublicHoliday.Kind.ISLAMIC));
            assertThat(list.stream().filter(h -> h.labelEn().equals("Eid al-Adha"))).hasSize(2);
        }
        assertThat(holidays.holidays(2025)).extracting(PublicHoliday::date)
                .contains(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 7, 30),
                        LocalDate.of(2025, 11, 18));
    }

    @Test
    void theCalendarSkipsSeededHolidays() {
        // Thursday 2025-07-31: the next business day skips nothing but the weekend; Tuesday 29 July skips Throne Day
        assertThat(holidays.calendar().plusBusinessDays(LocalDate.of(2025, 7, 29), 1)).isEqualTo(LocalDate.of(2025, 7, 31));
    }

    @Test
    void anAgentReadsButCannotChangeTheTable() {
        SignedIn.as(accounts, AGENT);
        var holiday = new PublicHoliday(ORDINARY_WEDNESDAY, PublicHoliday.Kind.FIXED, "Essai", "تجربة", "Test", false);
        assertThatThrownBy(() -> holidays.save(holiday)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holidays.delete(LocalDate.of(2025, 1, 1))).isInstanceOf(AccessDeniedException.class);
        assertThat(holidays.holidays(2025)).extracting(PublicHoliday::date).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void theAdministratorsChangeReachesTheCalendarAndTheAuditTrail() {
        SignedIn.as(accounts, ADMINISTRATOR);
        LocalDate tuesday = ORDINARY_WEDNESDAY.minusDays(1);
        assertThat(holidays.calendar().plusBusinessDays(tuesday, 1)).isEqualTo(ORDINARY_WEDNESDAY);

        holidays.save(new PublicHoliday(ORDINARY_WEDNESDAY, PublicHoliday.Kind.ISLAMIC, "Essai", "تجربة", "Test", true));
        assertThat(holidays.calendar().plusBusinessDays(tuesday, 1)).isEqualTo(ORDINARY_WEDNESDAY.plusDays(1));

        holidays.delete(ORDINARY_WEDNESDAY);
        assertThat(holidays.calendar().plusBusinessDays(tuesday, 1)).isEqualTo(ORDINARY_WEDNESDAY);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(ADMINISTRATOR)
                .and(AUDIT_EVENT.TARGET.eq(ORDINARY_WEDNESDAY.toString())))).isEqualTo(2);
    }
}
