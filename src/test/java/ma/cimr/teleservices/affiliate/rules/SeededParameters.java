package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.AgeCoefficient;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ContributionRate;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Scalar;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters V5__pension_parameters.sql seeds, and V14 carries back to 1980, written out by
 * hand, so the rules are tested on the real values without a database.
 * {@code PensionParameterServiceTest} checks that the tables hold exactly these.
 */
public final class SeededParameters {

    /** 1996 to 2006: 10.40 × (17.22 / 10.40)^((year − 1995) / 12), to the centime. */
    private static final String[] INTERPOLATED_PURCHASE_VALUES = {
            "10.85", "11.31", "11.80", "12.30", "12.83", "13.38", "13.96", "14.56", "15.18", "15.83", "16.51"};

    private SeededParameters() {
    }

    public static PensionParameters parameters() {
        return new PensionParameters(purchaseValues(), liquidationValues(), revaluations(), ageCoefficients(),
                alKamilRates(), scalars());
    }

    /** The first year priced: V14 carries the 1995 values back to it, as illustrative. */
    public static final int FIRST_PRICED_YEAR = 1980;

    static List<YearValue> purchaseValues() {
        List<YearValue> values = new ArrayList<>();
        for (int year = FIRST_PRICED_YEAR; year < 1995; year++) {
            values.add(new YearValue(year, new BigDecimal("10.40"), true));
        }
        values.add(new YearValue(1995, new BigDecimal("10.40"), false));
        for (int i = 0; i < INTERPOLATED_PURCHASE_VALUES.length; i++) {
            values.add(new YearValue(1996 + i, new BigDecimal(INTERPOLATED_PURCHASE_VALUES[i]), true));
        }
        values.add(new YearValue(2007, new BigDecimal("17.22"), false));
        values.add(new YearValue(2008, new BigDecimal("17.91"), false));
        for (int year = 2009; year <= 2026; year++) {
            values.add(new YearValue(year, new BigDecimal("17.91"), true));
        }
        return values;
    }

    static List<YearValue> liquidationValues() {
        List<YearValue> values = new ArrayList<>();
        for (int year = 2002; year <= 2026; year++) {
            values.add(new YearValue(year, new BigDecimal("11.64"), year > 2010));
        }
        return values;
    }

    static List<YearValue> revaluations() {
        return List.of(
                new YearValue(2019, new BigDecimal("1.50"), false),
                new YearValue(2020, new BigDecimal("0.00"), false),
                new YearValue(2021, new BigDecimal("0.70"), false),
                new YearValue(2022, new BigDecimal("0.00"), true),
                new YearValue(2023, new BigDecimal("0.00"), true),
                new YearValue(2024, new BigDecimal("1.50"), false),
                new YearValue(2025, new BigDecimal("0.00"), true),
                new YearValue(2026, new BigDecimal("0.00"), true));
    }

    static List<AgeCoefficient> ageCoefficients() {
        String[] coefficients = {"0.520", "0.560", "0.600", "0.640", "0.680", "0.720", "0.776", "0.832", "0.888",
                "0.944", "1.000", "1.060", "1.120", "1.180", "1.240", "1.300", "1.360", "1.420", "1.480", "1.540",
                "1.600"};
        List<AgeCoefficient> rows = new ArrayList<>();
        for (int age = 50; age <= 70; age++) {
            rows.add(new AgeCoefficient(1995, age, new BigDecimal(coefficients[age - 50]),
                    age != 55 && age != 60 && age != 70));
        }
        return rows;
    }

    static List<ContributionRate> alKamilRates() {
        String[][] steps = {{"3.00", "3.90"}, {"3.75", "4.88"}, {"4.50", "5.85"}, {"5.25", "6.83"}, {"6.00", "7.80"},
                {"7.00", "9.10"}, {"7.50", "9.75"}, {"8.00", "10.40"}, {"8.50", "11.05"}, {"9.00", "11.70"},
                {"9.50", "12.35"}, {"10.00", "13.00"}};
        List<ContributionRate> rates = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            rates.add(new ContributionRate(Product.AL_KAMIL, 1995, i + 1, new BigDecimal(steps[i][0]),
                    new BigDecimal(steps[i][1]), false));
        }
        return rates;
    }

    static List<Scalar> scalars() {
        return List.of(
                new Scalar(ScalarParameter.EMPLOYER_SURCHARGE, 1995, new BigDecimal("30.0000"), false),
                new Scalar(ScalarParameter.MOUSABBAK_SURCHARGE, 1995, new BigDecimal("38.8900"), false),
                new Scalar(ScalarParameter.POINT_PRICE_FACTOR, 1995, new BigDecimal("6.0000"), false),
                new Scalar(ScalarParameter.SURVIVOR_SPOUSE_SHARE, 1995, new BigDecimal("50.0000"), true),
                new Scalar(ScalarParameter.SURVIVOR_ORPHAN_SHARE, 1995, new BigDecimal("25.0000"), true),
                // what pricing a year needs, carried back; the Mousabbak option is not
                new Scalar(ScalarParameter.EMPLOYER_SURCHARGE, FIRST_PRICED_YEAR, new BigDecimal("30.0000"), true),
                new Scalar(ScalarParameter.POINT_PRICE_FACTOR, FIRST_PRICED_YEAR, new BigDecimal("6.0000"), true));
    }
}
