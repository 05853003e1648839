package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_RATE_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

/** A period is priced with the rates in force for it: a change applies from its month on, never before. */
@PortalTest
@Transactional
class ContributionRatesTest {

    @Autowired
    ContributionRatesRepository rates;
    @Autowired
    DSLContext dsl;

    @Test
    void aRateChangeAppliesFromItsMonthOnAndEarlierPeriodsKeepTheCategorysRates() {
        long companyId = dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(AdherentNumber.parse("100234"))).fetchSingle().value1();
        long categoryId = dsl.select(CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId).and(CONTRIBUTION_CATEGORY.CODE.eq("CAD"))).fetchSingle().value1();
        dsl.insertInto(CONTRIBUTION_RATE_CHANGE)
                .set(CONTRIBUTION_RATE_CHANGE.CATEGORY_ID, categoryId)
                .set(CONTRIBUTION_RATE_CHANGE.APPLIES_FROM, LocalDate.of(2026, 7, 1))
                .set(CONTRIBUTION_RATE_CHANGE.EMPLOYEE_RATE, new BigDecimal("7.00"))
                .set(CONTRIBUTION_RATE_CHANGE.EMPLOYER_RATE, new BigDecimal("9.10"))
                .execute();

        ContributionRates june = rates.ratesFor(companyId, categoryId, LocalDate.of(2026, 6, 1)).orElseThrow();
        ContributionRates july = rates.ratesFor(companyId, categoryId, LocalDate.of(2026, 7, 1)).orElseThrow();

        assertThat(june.employeeRate()).isEqualByComparingTo("6.00");
        assertThat(july.employeeRate()).isEqualByComparingTo("7.00");
        assertThat(july.employeeAmount(Money.of("10000.05"))).isEqualTo(Money.of("700.00"));
        assertThat(july.employerAmount(Money.of("10000.05"))).isEqualTo(Money.of("910.00"));
    }

    @Test
    void anotherCompanysCategoryHasNoRatesForThisCompany() {
        long companyId = dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(AdherentNumber.parse("100234"))).fetchSingle().value1();
        long otherCategory = dsl.select(CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.ne(companyId)).limit(1).fetchSingle().value1();

        assertThat(rates.ratesFor(companyId, otherCategory, LocalDate.of(2026, 6, 1))).isEmpty();
    }
}
