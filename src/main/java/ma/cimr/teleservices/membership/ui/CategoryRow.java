package ma.cimr.teleservices.membership.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.membership.MembershipRules;
import ma.cimr.teleservices.membership.StaffCategory;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;

/** One category of staff as typed: code, label, headcount, yearly payroll, each checked by its rule. */
class CategoryRow extends HorizontalLayout {

    private final TextField code = new TextField();
    private final TextField label = new TextField();
    private final IntegerField headcount = new IntegerField();
    private final BigDecimalField payroll = new BigDecimalField();
    private final BiFunction<String, Object[], String> translation;

    CategoryRow(BiFunction<String, Object[], String> translation) {
        this.translation = translation;
        code.setLabel(translation.apply("membership.category.code", new Object[0]));
        code.setMaxLength(6);
        code.addClassName("category-code");
        label.setLabel(translation.apply("membership.category.label", new Object[0]));
        label.addClassName("category-label");
        headcount.setLabel(translation.apply("membership.category.headcount", new Object[0]));
        headcount.addClassName("category-headcount");
        payroll.setLabel(translation.apply("membership.category.payroll", new Object[0]));
        payroll.addClassName("category-payroll");
        addClassName("category-row");
        setAlignItems(Alignment.BASELINE);
        add(code, label, headcount, payroll);
    }

    boolean valid() {
        boolean fine = show(code, MembershipRules.categoryCode(code.getValue()));
        fine &= show(label, MembershipRules.label(label.getValue()));
        Optional<String> count = MembershipRules.headcount(headcount.getValue());
        headcount.setInvalid(count.isPresent());
        headcount.setErrorMessage(count.map(key -> translation.apply(key, new Object[0])).orElse(null));
        Optional<String> amount = MembershipRules.payroll(payroll.getValue());
        payroll.setInvalid(amount.isPresent());
        payroll.setErrorMessage(amount.map(key -> translation.apply(key, new Object[0])).orElse(null));
        return fine && count.isEmpty() && amount.isEmpty();
    }

    StaffCategory category() {
        Integer count = headcount.getValue();
        BigDecimal amount = payroll.getValue();
        return new StaffCategory(code.getValue(), label.getValue(), count == null ? 0 : count,
                amount == null ? BigDecimal.ZERO : amount);
    }

    private boolean show(TextField field, Optional<String> problem) {
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.map(key -> translation.apply(key, new Object[0])).orElse(null));
        return problem.isEmpty();
    }
}
