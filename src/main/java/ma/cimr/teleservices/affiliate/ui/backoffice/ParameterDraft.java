package ma.cimr.teleservices.affiliate.ui.backoffice;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.AgeCoefficient;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ContributionRate;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Scalar;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * The parameter row being edited, whatever its table: a mutable bean for the form. Each table's
 * form uses the fields its key and value need; the others stay empty.
 */
class ParameterDraft {

    private @Nullable Integer appliesFrom;
    private @Nullable Integer age;
    private @Nullable Integer step;
    private Product product = Product.AL_KAMIL;
    private @Nullable ScalarParameter parameter;
    private @Nullable BigDecimal value;
    private @Nullable BigDecimal employerValue;

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

    /**
     * For the save, after the editor's binder has required every field the table uses: one still
     * missing is refused as the form would refuse it.
     */
    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new Refusal("validation.required");
        }
        return value;
    }

    int appliesFrom() {
        return required(appliesFrom);
    }

    int age() {
        return required(age);
    }

    int step() {
        return required(step);
    }

    ScalarParameter parameter() {
        return required(parameter);
    }

    BigDecimal value() {
        return required(value);
    }

    BigDecimal employerValue() {
        return required(employerValue);
    }

    @Nullable Integer getAppliesFrom() {
        return appliesFrom;
    }

    void setAppliesFrom(@Nullable Integer appliesFrom) {
        this.appliesFrom = appliesFrom;
    }

    @Nullable Integer getAge() {
        return age;
    }

    void setAge(@Nullable Integer age) {
        this.age = age;
    }

    @Nullable Integer getStep() {
        return step;
    }

    void setStep(@Nullable Integer step) {
        this.step = step;
    }

    Product getProduct() {
        return product;
    }

    @Nullable ScalarParameter getParameter() {
        return parameter;
    }

    void setParameter(@Nullable ScalarParameter parameter) {
        this.parameter = parameter;
    }

    @Nullable BigDecimal getValue() {
        return value;
    }

    void setValue(@Nullable BigDecimal value) {
        this.value = value;
    }

    @Nullable BigDecimal getEmployerValue() {
        return employerValue;
    }

    void setEmployerValue(@Nullable BigDecimal employerValue) {
        this.employerValue = employerValue;
    }
}
