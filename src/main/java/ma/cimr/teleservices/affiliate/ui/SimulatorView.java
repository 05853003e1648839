package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.affiliate.rules.Explanation;
import ma.cimr.teleservices.affiliate.rules.Figure;
import ma.cimr.teleservices.affiliate.rules.RetirementAges;
import ma.cimr.teleservices.affiliate.rules.Simulation;
import ma.cimr.teleservices.affiliate.BuyBack;
import ma.cimr.teleservices.affiliate.BuyBacks;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;

import java.math.BigDecimal;
import java.util.List;

/**
 * "How much will I get, and what would a buy-back change?": the pension with and without a
 * buy-back side by side, its cost before and after the tax deduction, when it pays for itself,
 * each figure with how it was computed; and the buy-back request in one click.
 */
@Menu(title = "nav.affiliate.simulator", order = 3)
@Route(value = "affiliate/simulator", layout = AffiliateLayout.class)
@RolesAllowed(Roles.AFFILIATE)
class SimulatorView extends VerticalLayout implements HasDynamicTitle {

    /** Morocco's income-tax marginal rates (barème 2025). */
    private static final List<Integer> TAX_RATES = List.of(0, 10, 20, 30, 34, 37);

    private final PointsService points;
    private final BuyBacks buyBacks;
    private final Div results = new Div();

    SimulatorView(PointsService points, BuyBacks buyBacks) {
        this.points = points;
        this.buyBacks = buyBacks;
        RetirementAges ages = points.myRetirementAges();
        var age = new IntegerField(getTranslation("simulator.age"));
        age.setMin(ages.earliest());
        age.setMax(ages.latest());
        age.setStepButtonsVisible(true);
        age.setValue(ages.suggested());
        age.addClassName("simulator-age");
        var growth = new BigDecimalField(getTranslation("simulator.growth"));
        growth.setValue(new BigDecimal("2"));
        var amount = new BigDecimalField(getTranslation("simulator.buyBackAmount"));
        amount.addClassName("simulator-amount");
        var pointsToBuy = new BigDecimalField(getTranslation("simulator.buyBackPoints"));
        var mousabbak = new Checkbox(getTranslation("simulator.mousabbak"));
        var tax = new Select<Integer>();
        tax.setLabel(getTranslation("simulator.taxRate"));
        tax.setItems(TAX_RATES);
        tax.setItemLabelGenerator(rate -> rate + " %");
        tax.setValue(TAX_RATES.getLast());
        tax.addClassName("simulator-tax");
        var simulate = new Button(getTranslation("simulator.run"), click -> {
            if (age.getValue() == null || age.isInvalid()) {
                age.setInvalid(true);
                age.setErrorMessage(getTranslation("points.error.retirementAge"));
                return;
            }
            try {
                show(points.simulate(age.getValue(), orZero(growth.getValue()), amount.getValue(), pointsToBuy.getValue(),
                        mousabbak.getValue(), new BigDecimal(tax.getValue())));
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        });
        simulate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simulate.addClassName("simulate");
        add(new H1(getTranslation("simulator.title")), new Paragraph(getTranslation("simulator.intro")),
                new FormLayout(age, growth, amount, pointsToBuy, tax, mousabbak), simulate, results);
    }

    private void show(Simulation s) {
        results.removeAll();
        var without = column("simulator.withoutBuyBack", s.withoutBuyBack());
        var with = column("simulator.withBuyBack", s.withBuyBack());
        var sideBySide = new Div(without, with);
        sideBySide.addClassName("side-by-side");
        results.add(new H2(getTranslation("simulator.results")), sideBySide);
        results.add(new H2(getTranslation("simulator.buyBack")), figures(
                figure("simulator.buyBackPoints.label", s.buyBackPoints()),
                figure("simulator.cost", s.buyBackCost()),
                figure("simulator.netCost", s.buyBackNetCost()),
                figure("simulator.extraMonthly", s.extraMonthlyPension())));
        results.add(new Paragraph(getTranslation("simulator.breakEven") + " " + text(s.breakEven().explanation())));
        if (s.mousabbakSurcharge() != null) {
            results.add(new Paragraph(text(s.mousabbakSurcharge().explanation())));
        }
        var how = new UnorderedList();
        List.of(s.projectedPoints(), s.coefficient(), s.liquidationValue())
                .forEach(f -> how.add(new ListItem(text(f.explanation()))));
        s.assumptions().forEach(a -> how.add(new ListItem(text(a))));
        results.add(new H2(getTranslation("simulator.how")), how);
        if (s.buyBackCost().value().signum() > 0) {
            var ask = new Button(getTranslation("simulator.request"), click -> requestBuyBack(s));
            ask.addClassName("request-buy-back");
            results.add(ask);
        }
    }

    private Div column(String titleKey, Simulation.Pension pension) {
        var monthly = new Span(Formats.amount(pension.monthly().value(), getLocale()));
        monthly.addClassName("monthly-pension");
        var column = new Div(new H3(getTranslation(titleKey)), monthly,
                new Paragraph(text(pension.points().explanation())),
                new Paragraph(text(pension.annual().explanation())),
                new Paragraph(text(pension.monthly().explanation())));
        column.addClassName("simulation-column");
        return column;
    }

    private UnorderedList figures(ListItem... items) {
        var list = new UnorderedList(items);
        list.addClassName("simulation-figures");
        return list;
    }

    private ListItem figure(String labelKey, Figure figure) {
        return new ListItem(getTranslation(labelKey) + " : " + Formats.amount(figure.value(), getLocale())
                + " — " + text(figure.explanation()));
    }

    /**
     * The buy-back as simulated is asked for: the affiliate gets what to pay, where, and the reference
     * to quote; the charter's clocks start when the money is identified (DD040), not now.
     */
    private void requestBuyBack(Simulation s) {
        BuyBack[] asked = new BuyBack[1];
        if (Feedback.attempt(this, () -> asked[0] = buyBacks.ask(s.buyBackCost().value(), getLocale()))) {
            Feedback.done(this, "buyback.asked", asked[0].paymentReference());
            getUI().ifPresent(ui -> ui.navigate("affiliate/buy-backs"));
        }
    }

    private String text(Explanation explanation) {
        return getTranslation(explanation.key(), ExplanationText.arguments(explanation, getLocale()));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulator.title");
    }
}
