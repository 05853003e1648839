package ma.cimr.teleservices.membership.ui;

import ma.cimr.teleservices.membership.ContractRequest;
import ma.cimr.teleservices.shared.Formats;

import java.time.YearMonth;
import java.util.Locale;
import java.util.function.BiFunction;

/** What a contract request asks, in one line, for the company's list and the staff's queue alike. */
public final class ContractRequestText {

    private ContractRequestText() {
    }

    public static String of(ContractRequest request, Locale locale, BiFunction<String, Object[], String> t) {
        String from = Formats.month(YearMonth.from(request.appliesFrom()), locale);
        return switch (request.kind()) {
            case EXTENSION -> t.apply("membership.contract.text.EXTENSION", new Object[] {request.categoryCode(),
                    request.categoryLabel(), request.headcount(), Formats.amount(request.yearlyPayroll(), locale),
                    Formats.rate(request.employeeRate(), locale), Formats.rate(request.employerRate(), locale), from});
            case RATE_CHANGE -> t.apply("membership.contract.text.RATE_CHANGE", new Object[] {request.categoryCode(),
                    Formats.rate(request.employeeRate(), locale), Formats.rate(request.employerRate(), locale), from});
            case OPTIONS -> t.apply("membership.contract.text.OPTIONS", new Object[] {
                    t.apply(Boolean.TRUE.equals(request.moubakkir()) ? "common.yes" : "common.no", new Object[0]),
                    t.apply(Boolean.TRUE.equals(request.mousabbak()) ? "common.yes" : "common.no", new Object[0]), from});
        };
    }
}
