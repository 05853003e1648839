package ma.cimr.teleservices.declaration.ui.backoffice;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.DeclarationProcessing;
import ma.cimr.teleservices.declaration.DeclarationToProcess;
import ma.cimr.teleservices.request.ui.RequestFacts;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.Locale;

/**
 * The declarations to process, oldest filing first, with the charter's due date (2 business days
 * from the filing, adhérents n°2) and its traffic light, as the request queues show them; paged
 * from the database.
 */
@Menu(title = "nav.backoffice.declarations", order = 1.5)
@Route(value = "backoffice/declarations", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class DeclarationQueueView extends VerticalLayout implements HasDynamicTitle {

    DeclarationQueueView(DeclarationProcessing processing) {
        Locale locale = getLocale();
        setSizeFull();
        // a page of the queue read from the database when the browser asks for it: the page keeps no row (DD048)
        var grid = new LazyGrid<DeclarationToProcess>(processing.queueSize(), processing::queue);
        grid.addClassName("declaration-queue");
        grid.addBadgeColumn(getTranslation("request.light"), d -> RequestFacts.lightLabel(d.light(), this::getTranslation),
                d -> RequestFacts.lightTone(d.light())).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.processing.filedAt"), d -> Formats.dateTime(d.filedAt(), locale)).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.processing.company"), d -> d.adherentNumber() + " " + d.companyName());
        grid.addColumn(getTranslation("declaration.processing.period"), d -> d.duePeriod().toString()).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.processing.kind"), d -> getTranslation("declaration.processing.kind." + d.kind()))
                .setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.processing.category"), DeclarationToProcess::categoryCode).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.processing.lines"), d -> String.valueOf(d.lineCount())).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.processing.contributions"),
                d -> Formats.amount(d.totalEmployee().add(d.totalEmployer()), locale)).setAutoWidth(true);
        grid.addColumn(getTranslation("request.dueDate"), d -> Formats.date(d.dueDate(), locale)).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.processing.status"), d -> getTranslation("declaration.processing.status." + d.status()))
                .setAutoWidth(true);
        grid.setRowClickListener(d -> getUI().ifPresent(ui -> ui.navigate("backoffice/declarations/" + d.id())));
        add(new H1(getTranslation("declaration.processing.queue.title")));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.processing.queue.title");
    }
}
