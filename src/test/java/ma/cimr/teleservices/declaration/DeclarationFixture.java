package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.DuePeriod;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What the declaration tests share: the demo's form company and the periods it may declare. */
final class DeclarationFixture {

    static final String TETOUAN_DECLARATION = DemoLogins.TETOUAN_DECLARATION;
    static final String TETOUAN_DELEGATE = DemoLogins.TETOUAN_DELEGATE;
    static final String FIRM = DemoLogins.FIRM_DECLARATION;
    static final String TETOUAN = "100936";
    static final String ATLAS = "100234";
    static final String MAGHREB = "100567";
    static final String FES = "100891";

    private DeclarationFixture() {
    }

    static DuePeriod currentMonth(Clock clock) {
        return DuePeriod.month(YearMonth.from(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE)));
    }

    static long company(SalaryDeclarations declarations, String adherentNumber) {
        return declarations.companies().stream().filter(c -> c.adherentNumber().equals(adherentNumber))
                .findFirst().orElseThrow().companyId();
    }

    static long category(SalaryDeclarations declarations, long companyId, String code) {
        List<DeclarableCategory> categories = declarations.categories(companyId);
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }
}
