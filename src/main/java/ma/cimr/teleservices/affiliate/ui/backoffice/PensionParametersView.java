package ma.cimr.teleservices.affiliate.ui.backoffice;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.AgeCoefficient;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ContributionRate;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Scalar;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;
import ma.cimr.teleservices.affiliate.PensionParameterService;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The points scheme's parameter tables, each value with the year it applies from. Values the fund
 * has not published carry an "illustrative" badge. Staff read them; the administrator edits them
 * under each table, and a saved value is no longer illustrative.
 */
@Menu(title = "nav.backoffice.pensionParameters", order = 7)
@Route(value = "backoffice/pension-parameters", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.CONCILIATOR})
class PensionParametersView extends VerticalLayout implements HasDynamicTitle {

    private final PensionParameterService service;
    private final Locale locale;
    private final Grid<YearValue> purchaseValues = table("purchase-values");
    private final Grid<YearValue> liquidationValues = table("liquidation-values");
    private final Grid<YearValue> revaluations = table("revaluations");
    private final Grid<AgeCoefficient> ageCoefficients = table("age-coefficients");
    private final Grid<ContributionRate> contributionRates = table("contribution-rates");
    private final Grid<Scalar> scalars = table("scalar-parameters");

    PensionParametersView(PensionParameterService service, CurrentUser currentUser) {
        this.service = service;
        this.locale = getLocale();
        boolean administrator = currentUser.require().has(Role.ADMINISTRATOR);
        add(new H1(getTranslation("points.parameters.title")),
                new Paragraph(getTranslation(administrator ? "points.parameters.intro.administrator" : "points.parameters.intro")));

        yearColumn(purchaseValues, "points.parameters.year", YearValue::appliesFrom);
        purchaseValues.addColumn(v -> Formats.amount(v.value(), locale)).setHeader(getTranslation("points.parameters.purchaseValue"));
        statusColumn(purchaseValues, YearValue::illustrative);

        yearColumn(liquidationValues, "points.parameters.year", YearValue::appliesFrom);
        liquidationValues.addColumn(v -> Formats.amount(v.value(), locale)).setHeader(getTranslation("points.parameters.liquidationValue"));
        statusColumn(liquidationValues, YearValue::illustrative);

        yearColumn(revaluations, "points.parameters.revaluationYear", YearValue::appliesFrom);
        revaluations.addColumn(v -> Formats.rate(v.value(), locale)).setHeader(getTranslation("points.parameters.revaluationRate"));
        statusColumn(revaluations, YearValue::illustrative);

        ageCoefficients.addColumn(c -> String.valueOf(c.age())).setHeader(getTranslation("points.parameters.age"));
        ageCoefficients.addColumn(c -> Formats.decimal(c.coefficient(), 3, locale)).setHeader(getTranslation("points.parameters.coefficient"));
        yearColumn(ageCoefficients, "points.parameters.appliesFrom", AgeCoefficient::appliesFrom);
        statusColumn(ageCoefficients, AgeCoefficient::illustrative);

        contributionRates.addColumn(r -> getTranslation("points.parameters.product." + r.product().name()))
                .setHeader(getTranslation("points.parameters.product"));
        contributionRates.addColumn(r -> String.valueOf(r.step())).setHeader(getTranslation("points.parameters.step"));
        contributionRates.addColumn(r -> Formats.rate(r.employeeRate(), locale)).setHeader(getTranslation("points.parameters.employeeRate"));
        contributionRates.addColumn(r -> Formats.rate(r.employerRate(), locale)).setHeader(getTranslation("points.parameters.employerRate"));
        yearColumn(contributionRates, "points.parameters.appliesFrom", ContributionRate::appliesFrom);
        statusColumn(contributionRates, ContributionRate::illustrative);

        scalars.addColumn(s -> getTranslation("points.parameters.scalar." + s.parameter().name()))
                .setHeader(getTranslation("points.parameters.parameter")).setFlexGrow(3);
        scalars.addColumn(this::scalarValue).setHeader(getTranslation("points.parameters.value"));
        yearColumn(scalars, "points.parameters.appliesFrom", Scalar::appliesFrom);
        statusColumn(scalars, Scalar::illustrative);

        @Nullable ParameterEditor purchaseEditor = null;
        @Nullable ParameterEditor liquidationEditor = null;
        @Nullable ParameterEditor revaluationEditor = null;
        @Nullable ParameterEditor coefficientEditor = null;
        @Nullable ParameterEditor rateEditor = null;
        @Nullable ParameterEditor scalarEditor = null;
        if (administrator) {
            purchaseEditor = new ParameterEditor("purchase-value-editor",
                    d -> service.savePurchaseValue(d.appliesFrom(), d.value()), this::refresh)
                    .appliesFrom("points.parameters.year").value("points.parameters.purchaseValue").done();
            liquidationEditor = new ParameterEditor("liquidation-value-editor",
                    d -> service.saveLiquidationValue(d.appliesFrom(), d.value()), this::refresh)
                    .appliesFrom("points.parameters.year").value("points.parameters.liquidationValue").done();
            revaluationEditor = new ParameterEditor("revaluation-editor",
                    d -> service.saveRevaluation(d.appliesFrom(), d.value()), this::refresh)
                    .appliesFrom("points.parameters.revaluationYear").value("points.parameters.revaluationRate").done();
            coefficientEditor = new ParameterEditor("age-coefficient-editor",
                    d -> service.saveAgeCoefficient(d.appliesFrom(), d.age(), d.value()), this::refresh)
                    .age().value("points.parameters.coefficient").appliesFrom("points.parameters.appliesFrom").done();
            rateEditor = new ParameterEditor("contribution-rate-editor",
                    d -> service.saveContributionRate(d.getProduct(), d.appliesFrom(), d.step(), d.value(),
                            d.employerValue()), this::refresh)
                    .step().value("points.parameters.employeeRate").employerValue("points.parameters.employerRate")
                    .appliesFrom("points.parameters.appliesFrom").done();
            scalarEditor = new ParameterEditor("scalar-parameter-editor",
                    d -> service.saveScalar(d.parameter(), d.appliesFrom(), d.value()), this::refresh)
                    .parameter().value("points.parameters.value").appliesFrom("points.parameters.appliesFrom").done();
            editOnSelect(purchaseValues, purchaseEditor, ParameterDraft::of);
            editOnSelect(liquidationValues, liquidationEditor, ParameterDraft::of);
            editOnSelect(revaluations, revaluationEditor, ParameterDraft::of);
            editOnSelect(ageCoefficients, coefficientEditor, ParameterDraft::of);
            editOnSelect(contributionRates, rateEditor, ParameterDraft::of);
            editOnSelect(scalars, scalarEditor, ParameterDraft::of);
        }

        add(section("points.parameters.purchaseValues", purchaseValues, purchaseEditor),
                section("points.parameters.liquidationValues", liquidationValues, liquidationEditor),
                section("points.parameters.revaluations", revaluations, revaluationEditor),
                section("points.parameters.ageCoefficients", ageCoefficients, coefficientEditor),
                section("points.parameters.contributionRates", contributionRates, rateEditor),
                section("points.parameters.scalars", scalars, scalarEditor));
        refresh();
    }

    /** Everything is read again after a save: a hundred rows, and the tables stay consistent with each other. */
    private void refresh() {
        PensionParameters parameters = service.parameters();
        purchaseValues.setItems(parameters.purchaseValues());
        liquidationValues.setItems(parameters.liquidationValues());
        revaluations.setItems(parameters.revaluationRates());
        ageCoefficients.setItems(parameters.ageCoefficients());
        contributionRates.setItems(parameters.contributionRates());
        scalars.setItems(parameters.scalars());
    }

    /** Percentages with their sign; the point price factor is a plain multiplier. */
    private String scalarValue(Scalar scalar) {
        return scalar.parameter() == ScalarParameter.POINT_PRICE_FACTOR
                ? Formats.decimal(scalar.value(), 2, locale)
                : Formats.rate(scalar.value(), locale);
    }

    /** A titled table: what the values do, the table, and the administrator's form. */
    private PageSection section(String key, Grid<?> grid, @Nullable ParameterEditor editor) {
        var section = new PageSection(getTranslation(key), new Paragraph(getTranslation(key + ".help")), grid);
        if (editor != null) {
            section.add(editor);
        }
        return section;
    }

    private <T> void yearColumn(Grid<T> grid, String headerKey, Function<T, Integer> year) {
        // a year is written 2024, never "2 024"
        grid.addColumn(row -> String.valueOf(year.apply(row))).setHeader(getTranslation(headerKey));
    }

    /** Placeholders stand out with a badge, so the fund sees what it still has to replace. */
    private <T> void statusColumn(Grid<T> grid, Predicate<T> illustrative) {
        grid.addComponentColumn(row -> {
            var status = new Span(getTranslation(illustrative.test(row)
                    ? "points.parameters.illustrative" : "points.parameters.published"));
            status.addClassName(illustrative.test(row) ? "illustrative-badge" : "published-value");
            return status;
        }).setHeader(getTranslation("points.parameters.status"));
    }

    private static <T> void editOnSelect(Grid<T> grid, ParameterEditor editor, Function<T, ParameterDraft> draft) {
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editor.edit(draft.apply(event.getValue()));
            }
        });
    }

    private static <T> Grid<T> table(String id) {
        var grid = new Grid<T>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.pensionParameters");
    }
}
