package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.affiliate.PointsStatement;
import ma.cimr.teleservices.affiliate.StatementDocument;
import ma.cimr.teleservices.affiliate.StatementLine;
import ma.cimr.teleservices.affiliate.rules.Explanation;
import ma.cimr.teleservices.affiliate.rules.PointsChange;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The relevé de points: year by year and employer by employer, what was declared and the points
 * it bought (open a line to see how), the total, the pension it pays today, and why a year's
 * points differ from the year before.
 */
@Menu(title = "nav.affiliate.statement", order = 2)
@Route(value = "affiliate/statement", layout = AffiliateLayout.class)
@RolesAllowed(Roles.AFFILIATE)
class StatementView extends VerticalLayout implements HasDynamicTitle {

    private final PointsService points;
    private final VerticalLayout explanation = new VerticalLayout();

    StatementView(PointsService points) {
        this.points = points;
        Locale locale = getLocale();
        PointsStatement statement = points.myStatement();
        add(new H1(getTranslation("statement.title")));
        add(new Div(new Span(getTranslation("statement.pdf.download")),
                pdfLink(PortalI18NProvider.FRENCH, "statement.pdf.french", "statement-pdf-fr"),
                pdfLink(PortalI18NProvider.ARABIC, "statement.pdf.arabic", "statement-pdf-ar")));
        add(new PageSection(getTranslation("statement.summary"), new Facts()
                .add(getTranslation("statement.totalPoints"), Formats.amount(statement.totalPoints(), locale))
                .add(getTranslation("statement.employeeContributions"), Formats.amount(statement.totalEmployeeContributions(), locale))
                .add(getTranslation("statement.pensionToDate"), Formats.amount(statement.pensionToDate().value(), locale)),
                new Paragraph(text(statement.pensionToDate().explanation()))));

        // the lines are read again when the browser asks for them: the page keeps none (DD048)
        var grid = new LazyGrid<StatementLine>(statement.lines().size(),
                (offset, limit) -> LazyGrid.window(points.myStatement().lines(), offset, limit));
        grid.addClassName("statement-grid");
        var yearColumn = grid.addColumn(getTranslation("affiliate.contributions.year"), l -> String.valueOf(l.year()))
                .setAutoWidth(true);
        grid.addColumn(getTranslation("statement.source"), StatementLine::source);
        grid.addColumn(getTranslation("affiliate.contributions.salary"),
                l -> contribution(l, c -> Formats.amount(c.declaredSalary(), locale)));
        grid.addColumn(getTranslation("statement.rate"), l -> contribution(l, c -> Formats.rate(c.employeeRate(), locale)))
                .setAutoWidth(true);
        grid.addColumn(getTranslation("statement.contributions"), l -> contribution(l, c -> Formats.amount(c.total(), locale)));
        var pointsColumn = grid.addColumn(getTranslation("statement.points"),
                l -> l.priced() ? Formats.amount(l.points(), locale) : getTranslation("statement.unpriced")).setAutoWidth(true);
        grid.addColumn(getTranslation("statement.nature"), l -> getTranslation("statement.nature." + l.nature())).setAutoWidth(true);
        var cumulativeColumn = grid.addColumn(getTranslation("statement.cumulative"),
                l -> Formats.amount(l.cumulativePoints(), locale)).setAutoWidth(true);
        grid.addColumn(getTranslation("statement.managingBody"), l -> getTranslation("statement.managingBody." + l.managingBody()));
        grid.setDetails(line -> text(line.explanation()));
        grid.keepOnPhone(yearColumn, pointsColumn, cumulativeColumn);
        var lines = new PageSection(getTranslation("statement.lines"), new Paragraph(getTranslation("statement.lines.help")));
        // years the fund's tables do not price yet: said once above the lines, and on each line opened
        List<Integer> unpriced = statement.unpricedYears();
        if (!unpriced.isEmpty()) {
            // strings, not numbers: MessageFormat would group the digits of a year
            var note = new Paragraph(getTranslation("statement.unpricedYears", String.valueOf(unpriced.size()),
                    String.valueOf(unpriced.getFirst()), String.valueOf(unpriced.getLast())));
            note.addClassName("unpriced-note");
            lines.add(note);
        }
        lines.add(grid);
        add(lines);

        List<Integer> years = points.explainableYears();
        if (!years.isEmpty()) {
            var year = new Select<Integer>();
            year.setLabel(getTranslation("anomaly.year"));
            year.setItems(years);
            year.addValueChangeListener(event -> explain(event.getValue()));
            year.setValue(years.getFirst());
            add(new PageSection(getTranslation("statement.why"), year, explanation));
        }
    }

    /** The PDF is drawn when the link is followed, through the service: the access rule is checked then. */
    private Anchor pdfLink(Locale language, String textKey, String className) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            StatementDocument document = points.myStatementPdf(language);
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    StatementDocument.CONTENT_TYPE, document.content().length);
        }), getTranslation(textKey));
        link.addClassName(className);
        link.addClassName("statement-pdf");
        return link;
    }

    private void explain(Integer year) {
        explanation.removeAll();
        if (year == null) {
            return;
        }
        PointsChange change = points.whyChanged(year);
        var parts = new UnorderedList();
        change.parts().forEach(part -> parts.add(new ListItem(text(part.explanation()))));
        explanation.add(new Paragraph(text(change.summary())), parts);
        explanation.setPadding(false);
    }

    /** A figure of the contributions, blank on a line of points granted. */
    private static String contribution(StatementLine line, Function<StatementLine.Contributions, String> figure) {
        return line.contributions() == null ? "" : figure.apply(line.contributions());
    }

    private String text(Explanation explanation) {
        return getTranslation(explanation.key(), ExplanationText.arguments(explanation, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title");
    }
}
