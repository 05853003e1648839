package ma.cimr.teleservices.retiree.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.retiree.RetireeChange;
import ma.cimr.teleservices.retiree.RetireeChanges;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.value.Rib;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

/**
 * Staff validate the changes retirees asked, oldest first: what is asked in full (the whole RIB,
 * the address), then accept (the pension file changes, the request is answered) or reject with a
 * reason.
 */
@Menu(title = "nav.backoffice.retireeChanges", order = 3.8)
@Route(value = "backoffice/retiree-changes", layout = BackofficeLayout.class)
@RolesAllowed(Roles.AGENT)
class RetireeChangesView extends VerticalLayout implements HasDynamicTitle {

    private final RetireeChanges changes;
    private final Grid<RetireeChange> grid = new Grid<>();

    RetireeChangesView(RetireeChanges changes) {
        this.changes = changes;
        add(new H1(getTranslation("retiree.changes.review.title")));
        grid.addClassName("changes-to-review");
        grid.addColumn(RetireeChange::requestReference).setHeader(getTranslation("retiree.changes.reference")).setAutoWidth(true);
        grid.addColumn(c -> c.pensionFileNumber() + " — " + c.holderName()).setHeader(getTranslation("retiree.review.holder"));
        grid.addColumn(c -> getTranslation("retiree.changes.kind." + c.kind())).setHeader(getTranslation("retiree.changes.kind"));
        grid.addColumn(this::asked).setHeader(getTranslation("retiree.changes.asked")).setFlexGrow(2);
        grid.addColumn(c -> Formats.dateTime(c.askedAt(), getLocale())).setHeader(getTranslation("retiree.changes.askedOn"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("retiree.review.decision")).setFlexGrow(3);
        grid.setItems(query -> changes.pending(query.getOffset(), query.getLimit()).stream(), query -> changes.pendingCount());
        add(grid);
    }

    private String asked(RetireeChange change) {
        return switch (change.kind()) {
            case PAYMENT -> getTranslation("retiree.paymentMode." + change.paymentMode())
                    + (change.rib() == null ? "" : " " + Rib.parse(change.rib()).grouped());
            case ADDRESS -> change.address() + " (" + change.country() + ")";
            case FAMILY -> getTranslation("retiree.family." + change.familySituation());
        };
    }

    private HorizontalLayout actions(RetireeChange change) {
        var accept = new Button(getTranslation("retiree.review.accept"), click -> {
            if (Feedback.attempt(this, () -> changes.accept(change.id()))) {
                Feedback.done(this, "retiree.review.accepted");
                grid.getDataProvider().refreshAll();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("accept-change");
        var reason = new TextField();
        reason.setPlaceholder(getTranslation("retiree.review.reason"));
        reason.addClassName("reject-reason");
        var reject = new Button(getTranslation("retiree.review.reject"), click -> {
            if (Feedback.attempt(this, () -> changes.reject(change.id(), reason.getValue()))) {
                Feedback.done(this, "retiree.review.rejected");
                grid.getDataProvider().refreshAll();
            }
        });
        reject.addClassName("reject-change");
        return new HorizontalLayout(accept, reason, reject);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.retireeChanges");
    }
}
