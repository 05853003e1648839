package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import ma.cimr.teleservices.declaration.DeclarationRequest;
import ma.cimr.teleservices.declaration.DeclarationToProcess;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Facts;

import java.util.List;
import java.util.Locale;

/**
 * What the company sees of a declaration before asking to cancel it or recall salaries on it, and
 * the cancellations and recalls already asked, with their request's reference and outcome.
 */
final class DeclarationFacts {

    private DeclarationFacts() {
    }

    static Facts of(Component view, DeclarationToProcess d, Locale locale) {
        return new Facts()
                .add(view.getTranslation("declaration.processing.period"), d.duePeriod().toString())
                .add(view.getTranslation("declaration.processing.category"), d.categoryCode() + " — " + d.categoryLabel())
                .add(view.getTranslation("declaration.processing.status"),
                        view.getTranslation("declaration.processing.status." + d.status()))
                .add(view.getTranslation("declaration.processing.lines"), String.valueOf(d.lineCount()))
                .add(view.getTranslation("declaration.processing.salaries"), Formats.amount(d.totalSalary(), locale))
                .add(view.getTranslation("declaration.processing.contributions"),
                        Formats.amount(d.totalEmployee().add(d.totalEmployer()), locale));
    }

    static Grid<DeclarationRequest> requests(Component view, List<DeclarationRequest> requests, Locale locale) {
        var grid = new Grid<DeclarationRequest>();
        grid.addClassName("declaration-requests");
        grid.addColumn(DeclarationRequest::reference).setHeader(view.getTranslation("request.reference")).setAutoWidth(true);
        grid.addColumn(r -> view.getTranslation("declaration.request.type." + r.type()))
                .setHeader(view.getTranslation("request.type")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.filedAt(), locale)).setHeader(view.getTranslation("declaration.processing.filedAt"));
        grid.addColumn(r -> "CANCELLATION".equals(r.type()) ? view.getTranslation("declaration.cancellation.object." + r.subject())
                : r.subject()).setHeader(view.getTranslation("declaration.request.subject"));
        grid.addColumn(r -> view.getTranslation("declaration.request.outcome." + r.outcome())
                        + (r.reason() == null ? "" : " — " + r.reason()))
                .setHeader(view.getTranslation("request.status"));
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
