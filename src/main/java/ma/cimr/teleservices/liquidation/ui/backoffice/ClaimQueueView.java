package ma.cimr.teleservices.liquidation.ui.backoffice;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.liquidation.ClaimDesk;
import ma.cimr.teleservices.liquidation.ClaimSummary;
import ma.cimr.teleservices.liquidation.ui.ClaimTexts;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

/** The pension claims companies filed: the open ones oldest first, or all of them. */
@Menu(title = "liquidation.nav.backoffice", order = 3.7)
@Route(value = "backoffice/pension-claims", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class ClaimQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ClaimDesk desk;
    private final VerticalLayout list = new VerticalLayout();

    ClaimQueueView(ClaimDesk desk) {
        this.desk = desk;
        var openOnly = new Checkbox(getTranslation("liquidation.queue.openOnly"), true);
        openOnly.addClassName("claims-open-only");
        openOnly.addValueChangeListener(event -> show(event.getValue()));
        list.setPadding(false);
        add(new H1(getTranslation("liquidation.queue.title")), new Paragraph(getTranslation("liquidation.queue.intro")),
                openOnly, list);
        show(true);
    }

    private void show(boolean openOnly) {
        list.removeAll();
        Grid<ClaimSummary> grid = ClaimTexts.list(this, desk.queue(openOnly));
        grid.addClassName("claim-queue");
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate("backoffice/pension-claims/" + click.getItem().reference())));
        list.add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liquidation.queue.title");
    }
}
