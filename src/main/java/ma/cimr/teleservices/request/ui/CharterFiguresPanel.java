package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.shared.ui.BarChart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The charter's figures: a bar per commitment (share answered in time) and the table of counts,
 * shares and median times. Shared by the staff dashboard and the public transparency page.
 */
public class CharterFiguresPanel extends VerticalLayout {

    public CharterFiguresPanel(List<CommitmentFigures> figures) {
        setPadding(false);
        Locale locale = getLocale();
        NumberFormat percent = NumberFormat.getPercentInstance(locale.getLanguage().equals("ar")
                ? Locale.forLanguageTag("ar-MA-u-nu-latn") : locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale.getLanguage().equals("ar")
                ? Locale.forLanguageTag("ar-MA-u-nu-latn") : locale);
        decimal.setMaximumFractionDigits(1);

        var chart = new BarChart(getTranslation("dashboard.chart"));
        for (CommitmentFigures f : figures) {
            if (f.commitment().deadlineBusinessDays() == null && f.requests() == 0) {
                continue;
            }
            chart.bar(name(f), f.shareInTime(), f.shareInTime() == null ? getTranslation("dashboard.noData")
                    : percent.format(f.shareInTime()));
        }

        var grid = new Grid<CommitmentFigures>();
        grid.addColumn(this::name).setHeader(getTranslation("dashboard.commitment")).setAutoWidth(true);
        grid.addColumn(f -> f.commitment().label(locale)).setHeader(getTranslation("backoffice.charter.commitment")).setFlexGrow(1);
        grid.addColumn(f -> f.commitment().deadlineBusinessDays() == null ? getTranslation("backoffice.charter.calendarRule")
                : getTranslation("charter.deadline", f.commitment().deadlineBusinessDays()))
                .setHeader(getTranslation("backoffice.charter.deadline")).setAutoWidth(true);
        grid.addColumn(CommitmentFigures::requests).setHeader(getTranslation("dashboard.requests")).setAutoWidth(true);
        grid.addColumn(f -> f.shareInTime() == null ? "—" : percent.format(f.shareInTime()))
                .setHeader(getTranslation("dashboard.inTime")).setAutoWidth(true);
        grid.addColumn(f -> f.medianBusinessDays() == null ? "—" : decimal.format(f.medianBusinessDays()))
                .setHeader(getTranslation("dashboard.median")).setAutoWidth(true);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        add(chart, grid);
    }

    private String name(CommitmentFigures f) {
        return getTranslation("population." + f.commitment().population()) + " " + f.commitment().number();
    }
}
