package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.affiliate.AffiliateService;
import ma.cimr.teleservices.affiliate.AnomalyReports;
import ma.cimr.teleservices.affiliate.YearlyContributions;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Contributions declared for the affiliate, per year and employer, with the running total. */
@Menu(title = "nav.affiliate.contributions", order = 4)
@Route(value = "affiliate/contributions", layout = AffiliateLayout.class)
@RolesAllowed(Roles.AFFILIATE)
class ContributionsView extends VerticalLayout implements HasDynamicTitle {

    ContributionsView(AffiliateService affiliates, AnomalyReports reports) {
        Locale locale = getLocale();
        List<YearlyContributions> years = affiliates.myContributions();
        BigDecimal employeeTotal = years.stream().map(YearlyContributions::employeeAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        add(new H1(getTranslation("affiliate.contributions.title")),
                new Paragraph(getTranslation("affiliate.contributions.total", Formats.amount(employeeTotal, locale))));

        var grid = new Grid<YearlyContributions>();
        var year = grid.addColumn(YearlyContributions::year).setHeader(getTranslation("affiliate.contributions.year"));
        var company = grid.addColumn(YearlyContributions::companyName).setHeader(getTranslation("affiliate.period.company"));
        grid.addColumn(YearlyContributions::months).setHeader(getTranslation("affiliate.contributions.months"));
        grid.addColumn(y -> Formats.amount(y.declaredSalary(), locale))
                .setHeader(getTranslation("affiliate.contributions.salary"));
        var employee = grid.addColumn(y -> Formats.amount(y.employeeAmount(), locale))
                .setHeader(getTranslation("affiliate.contributions.employee"));
        grid.addColumn(y -> Formats.amount(y.employerAmount(), locale))
                .setHeader(getTranslation("affiliate.contributions.employer"));
        var reportColumn = grid.addComponentColumn(y -> {
            var report = new Button(getTranslation("anomaly.report"),
                    click -> new AnomalyDialog(reports, y.year(), y.adherentNumber()).open());
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            report.addClassName("report-anomaly");
            return report;
        }).setAutoWidth(true);
        PhoneColumns.keepOnPhone(grid, year, company, employee, reportColumn);
        grid.setItems(years);
        grid.setAllRowsVisible(true);
        var missing = new Button(getTranslation("anomaly.reportMissing"),
                click -> new AnomalyDialog(reports, affiliates.myProfile().periods()).open());
        missing.addClassName("report-missing-period");
        add(missing, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.affiliate.contributions");
    }
}
