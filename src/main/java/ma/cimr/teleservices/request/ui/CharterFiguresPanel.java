package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.SchemeFigures;
import ma.cimr.teleservices.shared.ui.BarChart;
import org.jspecify.annotations.Nullable;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The charter's figures: a bar per commitment (share answered in time), each saying the commitment
 * in words, the table of counts, shares and median times, then the complaint-handling schemes with
 * their acknowledgement delay. A commitment nobody asked for in the period says that nothing was
 * measured, never 0 % (DD023). Shared by the staff dashboard and the public transparency page.
 */
public class CharterFiguresPanel extends VerticalLayout {

    private final NumberFormat percent;

    public CharterFiguresPanel(List<CommitmentFigures> figures, List<SchemeFigures> schemes) {
        setPadding(false);
        Locale locale = getLocale();
        percent = NumberFormat.getPercentInstance(locale.getLanguage().equals("ar")
                ? Locale.forLanguageTag("ar-MA-u-nu-latn") : locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale.getLanguage().equals("ar")
                ? Locale.forLanguageTag("ar-MA-u-nu-latn") : locale);
        decimal.setMaximumFractionDigits(1);

        var chart = new BarChart(getTranslation("dashboard.chart"));
        for (CommitmentFigures f : figures) {
            if (f.commitment().deadlineBusinessDays() == null && !f.measured()) {
                continue;
            }
            chart.bar(name(f) + " — " + f.commitment().label(locale), f.shareInTime(), inTime(f));
        }

        var grid = new Grid<CommitmentFigures>();
        grid.addColumn(this::name).setHeader(getTranslation("dashboard.commitment")).setAutoWidth(true);
        var commitment = grid.addColumn(f -> f.commitment().label(locale)).setHeader(getTranslation("backoffice.charter.commitment")).setFlexGrow(1);
        grid.addColumn(f -> f.commitment().deadlineBusinessDays() == null ? getTranslation("backoffice.charter.calendarRule")
                : getTranslation("charter.deadline", f.commitment().deadlineBusinessDays()))
                .setHeader(getTranslation("backoffice.charter.deadline")).setAutoWidth(true);
        grid.addColumn(CommitmentFigures::requests).setHeader(getTranslation("dashboard.requests")).setAutoWidth(true);
        var inTime = grid.addColumn(this::inTime).setHeader(getTranslation("dashboard.inTime")).setAutoWidth(true);
        grid.addColumn(f -> f.medianBusinessDays() == null ? "—" : decimal.format(f.medianBusinessDays()))
                .setHeader(getTranslation("dashboard.median")).setAutoWidth(true);
        PhoneColumns.keepOnPhone(grid, commitment, inTime);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.addClassName("commitment-figures");

        var schemeGrid = new Grid<SchemeFigures>();
        var scheme = schemeGrid.addColumn(s -> s.scheme().label(locale)).setHeader(getTranslation("dashboard.scheme")).setFlexGrow(1);
        schemeGrid.addColumn(SchemeFigures::requests).setHeader(getTranslation("dashboard.complaints")).setAutoWidth(true);
        schemeGrid.addColumn(s -> s.requests() == 0 ? getTranslation("dashboard.nothingMeasured")
                        : share(s.shareAcknowledgedInTime()))
                .setHeader(getTranslation("dashboard.acknowledgedInTime")).setAutoWidth(true);
        var schemeInTime = schemeGrid.addColumn(s -> s.requests() == 0 ? getTranslation("dashboard.nothingMeasured")
                        : s.shareInTime() == null ? getTranslation("dashboard.noData") : share(s.shareInTime()))
                .setHeader(getTranslation("dashboard.inTime")).setAutoWidth(true);
        schemeGrid.addColumn(s -> s.medianBusinessDays() == null ? "—" : decimal.format(s.medianBusinessDays()))
                .setHeader(getTranslation("dashboard.median")).setAutoWidth(true);
        PhoneColumns.keepOnPhone(schemeGrid, scheme, schemeInTime);
        schemeGrid.setItems(schemes);
        schemeGrid.setAllRowsVisible(true);
        schemeGrid.addClassName("scheme-figures");

        add(chart, grid, new H2(getTranslation("dashboard.schemes")), schemeGrid);
    }

    /** Nothing asked is not a failure: it says so, as "no answer yet" does; only a measure shows a share. */
    private String inTime(CommitmentFigures f) {
        if (!f.measured()) {
            return getTranslation("dashboard.nothingMeasured");
        }
        return f.shareInTime() == null ? getTranslation("dashboard.noData") : share(f.shareInTime());
    }

    private String share(@Nullable Double share) {
        return share == null ? "—" : percent.format(share);
    }

    private String name(CommitmentFigures f) {
        return getTranslation("population." + f.commitment().population()) + " " + f.commitment().number();
    }
}
