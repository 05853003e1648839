package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;

import java.math.BigDecimal;

/**
 * The points scheme's parameter tables. Every save inserts the row, or replaces the one with the
 * same key, as a value the fund stands by: it is no longer illustrative.
 */
public interface PensionParameterRepository {

    PensionParameters load();

    void savePurchaseValue(int appliesFrom, BigDecimal value);

    void saveLiquidationValue(int appliesFrom, BigDecimal value);

    void saveRevaluation(int year, BigDecimal rate);

    void saveAgeCoefficient(int appliesFrom, int age, BigDecimal coefficient);

    void saveContributionRate(Product product, int appliesFrom, int step, BigDecimal employeeRate,
                              BigDecimal employerRate);

    void saveScalar(ScalarParameter parameter, int appliesFrom, BigDecimal value);
}
