package ma.cimr.teleservices.declaration.ui.backoffice;

import com.vaadin.flow.component.grid.Grid;
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
        var grid = new Grid<DeclarationToProcess>();
        grid.addClassName("declaration-queue");
        grid.addColumn(RequestFacts.lightColumn(DeclarationToProcess::light, this::getTranslation))
                .setHeader(getTranslation("request.light")).setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.filedAt(), locale)).setHeader(getTranslation("declaration.processing.filedAt"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.adherentNumber() + " " + d.companyName()).setHeader(getTranslation("declaration.processing.company"));
        grid.addColumn(d -> d.duePeriod().toString()).setHeader(getTranslation("declaration.processing.period")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("declaration.processing.kind." + d.kind())).setHeader(getTranslation("declaration.processing.kind"))
                .setAutoWidth(true);
        grid.addColumn(DeclarationToProcess::categoryCode).setHeader(getTranslation("declaration.processing.category")).setAutoWidth(true);
        grid.addColumn(DeclarationToProcess::lineCount).setHeader(getTranslation("declaration.processing.lines")).setAutoWidth(true);
        grid.addColumn(d -> Formats.amount(d.totalEmployee().add(d.totalEmployer()), locale))
                .setHeader(getTranslation("declaration.processing.contributions")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.dueDate(), locale)).setHeader(getTranslation("request.dueDate")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("declaration.processing.status." + d.status()))
                .setHeader(getTranslation("declaration.processing.status")).setAutoWidth(true);
        grid.setItems(query -> processing.queue(query.getOffset(), query.getLimit()).stream(), query -> processing.queueSize());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("backoffice/declarations/" + click.getItem().id())));
        add(new H1(getTranslation("declaration.processing.queue.title")));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.processing.queue.title");
    }
}
