package ma.cimr.teleservices.company.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.company.CompanyProfile;
import ma.cimr.teleservices.company.CompanyService;
import ma.cimr.teleservices.company.ContributionCategory;
import ma.cimr.teleservices.company.MonthlyDeclaration;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.util.Locale;

/** The company account: who the company is for the fund, its categories, and what it declared. */
@Menu(title = "nav.company.home", order = 1)
@Route(value = "company", layout = CompanyLayout.class)
@RolesAllowed({Roles.COMPANY_ACCOUNT, Roles.DECLARATION, Roles.PAYMENT_ORDERER, Roles.PAYMENT_VALIDATOR,
        Roles.LIQUIDATION})
class CompanyHomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int MONTHS_SHOWN = 12;

    CompanyHomeView(CompanyService companies) {
        Locale locale = getLocale();
        CompanyProfile company = companies.myCompany();
        add(new H1(company.legalName()));

        add(new PageSection(getTranslation("company.identity"), new Facts()
                .add(getTranslation("company.adherentNumber"), company.adherentNumber())
                .add(getTranslation("company.rc"), company.rcNumber())
                .add(getTranslation("company.patente"), company.patenteNumber())
                .add(getTranslation("company.ice"), company.ice())
                .add(getTranslation("company.address"), company.addressLine() + ", " + company.city())
                .add(getTranslation("company.status"), getTranslation("company.status." + company.status()))
                .add(getTranslation("company.activeAffiliates"), String.valueOf(company.activeAffiliates()))
                .add(getTranslation("company.paymentConfirmations"),
                        getTranslation("company.paymentConfirmations.value", company.paymentConfirmations()))));

        var categories = new Grid<ContributionCategory>();
        var code = categories.addColumn(ContributionCategory::code).setHeader(getTranslation("company.category.code"));
        var label = categories.addColumn(ContributionCategory::label).setHeader(getTranslation("company.category.label"));
        var employeeRate = categories.addColumn(c -> Formats.rate(c.employeeRate(), locale))
                .setHeader(getTranslation("company.category.employeeRate"));
        categories.addColumn(c -> Formats.rate(c.employerRate(), locale))
                .setHeader(getTranslation("company.category.employerRate"));
        categories.addColumn(c -> getTranslation(c.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("company.category.active"));
        PhoneColumns.keepOnPhone(categories, code, label, employeeRate);
        categories.setItems(company.categories());
        categories.setAllRowsVisible(true);
        add(new PageSection(getTranslation("company.categories"), categories));

        var declarations = new Grid<MonthlyDeclaration>();
        var month = declarations.addColumn(d -> Formats.month(d.duePeriod(), locale))
                .setHeader(getTranslation("company.declaration.period"));
        var affiliates = declarations.addColumn(MonthlyDeclaration::affiliates)
                .setHeader(getTranslation("company.declaration.affiliates"));
        declarations.addColumn(d -> Formats.amount(d.salaries(), locale))
                .setHeader(getTranslation("company.declaration.salaries"));
        var contributions = declarations.addColumn(d -> Formats.amount(d.contributions(), locale))
                .setHeader(getTranslation("company.declaration.contributions"));
        PhoneColumns.keepOnPhone(declarations, month, affiliates, contributions);
        declarations.setItems(companies.recentDeclarations(MONTHS_SHOWN));
        declarations.setAllRowsVisible(true);
        add(new PageSection(getTranslation("company.declarations", MONTHS_SHOWN), declarations));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.company.home");
    }
}
