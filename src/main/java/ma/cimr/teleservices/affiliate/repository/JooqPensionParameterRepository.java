package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.AgeCoefficient;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ContributionRate;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Scalar;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_RATE_STEP;
import static ma.cimr.teleservices.jooq.Tables.PENSION_REVALUATION;
import static ma.cimr.teleservices.jooq.Tables.PENSION_SCALAR_PARAMETER;
import static ma.cimr.teleservices.jooq.Tables.POINT_LIQUIDATION_VALUE;
import static ma.cimr.teleservices.jooq.Tables.POINT_PURCHASE_VALUE;
import static ma.cimr.teleservices.jooq.Tables.RETIREMENT_AGE_COEFFICIENT;

@Repository
class JooqPensionParameterRepository implements PensionParameterRepository {

    private final DSLContext dsl;

    JooqPensionParameterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Six small tables (about a hundred rows), read whole. */
    @Override
    public PensionParameters load() {
        List<YearValue> purchase = yearValues(POINT_PURCHASE_VALUE, POINT_PURCHASE_VALUE.APPLIES_FROM,
                POINT_PURCHASE_VALUE.VALUE, POINT_PURCHASE_VALUE.ILLUSTRATIVE);
        List<YearValue> liquidation = yearValues(POINT_LIQUIDATION_VALUE, POINT_LIQUIDATION_VALUE.APPLIES_FROM,
                POINT_LIQUIDATION_VALUE.VALUE, POINT_LIQUIDATION_VALUE.ILLUSTRATIVE);
        List<YearValue> revaluations = yearValues(PENSION_REVALUATION, PENSION_REVALUATION.APPLIES_FROM,
                PENSION_REVALUATION.RATE, PENSION_REVALUATION.ILLUSTRATIVE);
        List<AgeCoefficient> coefficients = dsl.selectFrom(RETIREMENT_AGE_COEFFICIENT)
                .orderBy(RETIREMENT_AGE_COEFFICIENT.AGE, RETIREMENT_AGE_COEFFICIENT.APPLIES_FROM)
                .fetch(r -> new AgeCoefficient(r.getAppliesFrom(), r.getAge(), r.getCoefficient(), r.getIllustrative()));
        List<ContributionRate> rates = dsl.selectFrom(CONTRIBUTION_RATE_STEP)
                .orderBy(CONTRIBUTION_RATE_STEP.PRODUCT, CONTRIBUTION_RATE_STEP.STEP, CONTRIBUTION_RATE_STEP.APPLIES_FROM)
                .fetch(r -> new ContributionRate(r.getProduct(), r.getAppliesFrom(), r.getStep(),
                        r.getEmployeeRate(), r.getEmployerRate(), r.getIllustrative()));
        List<Scalar> scalars = dsl.selectFrom(PENSION_SCALAR_PARAMETER)
                .orderBy(PENSION_SCALAR_PARAMETER.CODE, PENSION_SCALAR_PARAMETER.APPLIES_FROM)
                .fetch(r -> new Scalar(r.getCode(), r.getAppliesFrom(), r.getValue(),
                        r.getIllustrative()));
        return new PensionParameters(purchase, liquidation, revaluations, coefficients, rates, scalars);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void savePurchaseValue(int appliesFrom, BigDecimal value) {
        saveYearValue(POINT_PURCHASE_VALUE, POINT_PURCHASE_VALUE.APPLIES_FROM, POINT_PURCHASE_VALUE.VALUE,
                POINT_PURCHASE_VALUE.ILLUSTRATIVE, appliesFrom, value);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveLiquidationValue(int appliesFrom, BigDecimal value) {
        saveYearValue(POINT_LIQUIDATION_VALUE, POINT_LIQUIDATION_VALUE.APPLIES_FROM, POINT_LIQUIDATION_VALUE.VALUE,
                POINT_LIQUIDATION_VALUE.ILLUSTRATIVE, appliesFrom, value);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveRevaluation(int year, BigDecimal rate) {
        saveYearValue(PENSION_REVALUATION, PENSION_REVALUATION.APPLIES_FROM, PENSION_REVALUATION.RATE,
                PENSION_REVALUATION.ILLUSTRATIVE, year, rate);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveAgeCoefficient(int appliesFrom, int age, BigDecimal coefficient) {
        dsl.insertInto(RETIREMENT_AGE_COEFFICIENT)
                .set(RETIREMENT_AGE_COEFFICIENT.APPLIES_FROM, (short) appliesFrom)
                .set(RETIREMENT_AGE_COEFFICIENT.AGE, (short) age)
                .set(RETIREMENT_AGE_COEFFICIENT.COEFFICIENT, coefficient)
                .set(RETIREMENT_AGE_COEFFICIENT.ILLUSTRATIVE, false)
                .onConflict(RETIREMENT_AGE_COEFFICIENT.APPLIES_FROM, RETIREMENT_AGE_COEFFICIENT.AGE)
                .doUpdate()
                .set(RETIREMENT_AGE_COEFFICIENT.COEFFICIENT, coefficient)
                .set(RETIREMENT_AGE_COEFFICIENT.ILLUSTRATIVE, false)
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveContributionRate(Product product, int appliesFrom, int step, BigDecimal employeeRate,
                                     BigDecimal employerRate) {
        dsl.insertInto(CONTRIBUTION_RATE_STEP)
                .set(CONTRIBUTION_RATE_STEP.PRODUCT, product)
                .set(CONTRIBUTION_RATE_STEP.APPLIES_FROM, (short) appliesFrom)
                .set(CONTRIBUTION_RATE_STEP.STEP, (short) step)
                .set(CONTRIBUTION_RATE_STEP.EMPLOYEE_RATE, employeeRate)
                .set(CONTRIBUTION_RATE_STEP.EMPLOYER_RATE, employerRate)
                .set(CONTRIBUTION_RATE_STEP.ILLUSTRATIVE, false)
                .onConflict(CONTRIBUTION_RATE_STEP.PRODUCT, CONTRIBUTION_RATE_STEP.APPLIES_FROM, CONTRIBUTION_RATE_STEP.STEP)
                .doUpdate()
                .set(CONTRIBUTION_RATE_STEP.EMPLOYEE_RATE, employeeRate)
                .set(CONTRIBUTION_RATE_STEP.EMPLOYER_RATE, employerRate)
                .set(CONTRIBUTION_RATE_STEP.ILLUSTRATIVE, false)
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveScalar(ScalarParameter parameter, int appliesFrom, BigDecimal value) {
        dsl.insertInto(PENSION_SCALAR_PARAMETER)
                .set(PENSION_SCALAR_PARAMETER.CODE, parameter)
                .set(PENSION_SCALAR_PARAMETER.APPLIES_FROM, (short) appliesFrom)
                .set(PENSION_SCALAR_PARAMETER.VALUE, value)
                .set(PENSION_SCALAR_PARAMETER.ILLUSTRATIVE, false)
                .onConflict(PENSION_SCALAR_PARAMETER.CODE, PENSION_SCALAR_PARAMETER.APPLIES_FROM)
                .doUpdate()
                .set(PENSION_SCALAR_PARAMETER.VALUE, value)
                .set(PENSION_SCALAR_PARAMETER.ILLUSTRATIVE, false)
                .execute();
    }

    /** The three one-value-per-year tables have the same shape: year, value, illustrative. */
    private List<YearValue> yearValues(Table<? extends Record> table, Field<Short> year, Field<BigDecimal> value,
                                       Field<Boolean> illustrative) {
        return dsl.select(year, value, illustrative).from(table).orderBy(year)
                .fetch(r -> new YearValue(r.value1(), r.value2(), r.value3()));
    }

    private void saveYearValue(Table<? extends Record> table, Field<Short> year, Field<BigDecimal> value,
                               Field<Boolean> illustrative, int appliesFrom, BigDecimal newValue) {
        dsl.insertInto(table)
                .set(year, (short) appliesFrom)
                .set(value, newValue)
                .set(illustrative, false)
                .onConflict(year)
                .doUpdate()
                .set(value, newValue)
                .set(illustrative, false)
                .execute();
    }
}
