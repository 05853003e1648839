package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.affiliate.AffiliateProfile;
import ma.cimr.teleservices.affiliate.AffiliateService;
import ma.cimr.teleservices.affiliate.AffiliationPeriod;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;

import java.util.Locale;

/** The affiliate's identity as the fund knows it, and the employers they contributed with. */
@Menu(title = "nav.affiliate.career", order = 1)
@Route(value = "affiliate", layout = AffiliateLayout.class)
@RolesAllowed(Roles.AFFILIATE)
class AffiliateHomeView extends VerticalLayout implements HasDynamicTitle {

    AffiliateHomeView(AffiliateService affiliates) {
        Locale locale = getLocale();
        AffiliateProfile me = affiliates.myProfile();
        add(new H1(me.firstName() + " " + me.lastName()));
        add(new PageSection(getTranslation("affiliate.identity"), new Facts()
                .add(getTranslation("affiliate.matricule"), me.matricule())
                .add(getTranslation("affiliate.cin"), me.cin())
                .add(getTranslation("affiliate.birthDate"), Formats.date(me.birthDate(), locale))));

        var periods = new Grid<AffiliationPeriod>();
        var company = periods.addColumn(AffiliationPeriod::companyName).setHeader(getTranslation("affiliate.period.company"));
        periods.addColumn(AffiliationPeriod::adherentNumber).setHeader(getTranslation("company.adherentNumber"));
        periods.addColumn(AffiliationPeriod::category).setHeader(getTranslation("affiliate.period.category"));
        var start = periods.addColumn(p -> Formats.shortDate(p.start(), locale)).setHeader(getTranslation("affiliate.period.start"));
        var end = periods.addColumn(p -> p.end() == null ? getTranslation("affiliate.period.ongoing")
                : Formats.shortDate(p.end(), locale)).setHeader(getTranslation("affiliate.period.end"));
        PhoneColumns.keepOnPhone(periods, company, start, end);
        periods.setItems(me.periods());
        periods.setAllRowsVisible(true);
        add(new PageSection(getTranslation("affiliate.career"), periods));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.affiliate.career");
    }
}
