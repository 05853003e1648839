package ma.cimr.teleservices.affiliate.ui.backoffice;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.AgeCoefficient;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ContributionRate;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Scalar;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;

import java.math.BigDecimal;

/**
 * The parameter row being edited, whatever its table: a mutable bean for the form. Each table's
 * form uses the fields its key and value need; the others stay empty.
 */
class ParameterDraft {

    private Integer appliesFrom;
    private Integer age;
    private Integer step;
    private Product product = Product.AL_KAMIL;
    private ScalarParameter parameter;
    private BigDecimal value;
    private BigDecimal employerValue;

    static ParameterDraft of(YearValue row) {
        var draft = new ParameterDraft();
        draft.appliesFrom = row.appliesFrom();
        draft.value = row.value();
        return draft;
    }

    static ParameterDraft of(AgeCoefficient row) {
        var draft = new ParameterDraft();
        draft.appliesFrom = row.appliesFrom();
        draft.age = row.age();
        draft.value = row.coefficient();
        return draft;
    }

    static ParameterDraft of(ContributionRate row) {
        var draft = new ParameterDraft();
        draft.product = row.product();
        draft.appliesFrom = row.appliesFrom();
        draft.step = row.step();
        draft.value = row.employeeRate();
        draft.employerValue = row.employerRate();
        return draft;
    }

    static ParameterDraft of(Scalar row) {
        var draft = new ParameterDraft();
        draft.parameter = row.parameter();
        draft.appliesFrom = row.appliesFrom();
        draft.value = row.value();
        return draft;
    }

    Integer getAppliesFrom() {
        return appliesFrom;
    }

    void setAppliesFrom(Integer appliesFrom) {
        this.appliesFrom = appliesFrom;
    }

    Integer getAge() {
        return age;
    }

    void setAge(Integer age) {
        this.age = age;
    }

    Integer getStep() {
        return step;
    }

    void setStep(Integer step) {
        this.step = step;
    }

    Product getProduct() {
        return product;
    }

    ScalarParameter getParameter() {
        return parameter;
    }

    void setParameter(ScalarParameter parameter) {
        this.parameter = parameter;
    }

    BigDecimal getValue() {
        return value;
    }

    void setValue(BigDecimal value) {
        this.value = value;
    }

    BigDecimal getEmployerValue() {
        return employerValue;
    }

    void setEmployerValue(BigDecimal employerValue) {
        this.employerValue = employerValue;
    }
}
