package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.retiree.PensionRevision;
import ma.cimr.teleservices.retiree.PensionRevisions;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.RetireeLayout;

import java.util.List;

/** The follow-up of revision requests: motive, monthly amount, status and settlement date. */
@Menu(title = "nav.retiree.revisions", order = 5)
@Route(value = "retiree/revisions", layout = RetireeLayout.class)
@RolesAllowed(Roles.RETIREE)
class RevisionsView extends VerticalLayout implements HasDynamicTitle {

    RevisionsView(PensionRevisions revisions) {
        add(new H1(getTranslation("retiree.revisions.title")));
        List<PensionRevision> mine = revisions.mine();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("retiree.revisions.none"));
            none.addClassName("no-revisions");
            add(none);
            return;
        }
        var grid = new Grid<PensionRevision>();
        grid.addClassName("revisions");
        var motive = grid.addColumn(r -> getTranslation("retiree.revisions.motive." + r.motive())).setHeader(getTranslation("retiree.revisions.motive"))
                .setFlexGrow(2);
        var amount = grid.addColumn(r -> Formats.amount(r.amount(), getLocale())).setHeader(getTranslation("retiree.revisions.amount"));
        var status = grid.addColumn(r -> getTranslation("retiree.revisions.status." + r.status())).setHeader(getTranslation("retiree.revisions.status"));
        grid.addColumn(r -> Formats.shortDate(r.requestedOn(), getLocale())).setHeader(getTranslation("retiree.revisions.requestedOn"));
        grid.addColumn(r -> Formats.shortDate(r.settledOn(), getLocale())).setHeader(getTranslation("retiree.revisions.settledOn"));
        PhoneColumns.keepOnPhone(grid, motive, amount, status);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retiree.revisions");
    }
}
