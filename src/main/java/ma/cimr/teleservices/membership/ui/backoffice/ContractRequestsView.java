package ma.cimr.teleservices.membership.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.membership.ContractDesk;
import ma.cimr.teleservices.membership.ContractRequest;
import ma.cimr.teleservices.membership.ui.ContractRequestText;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Bidi;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

/**
 * Member companies' contract requests waiting for a decision, oldest first (adhérents n°7 to 9):
 * staff select one, accept it (the contract changes for the next declarations) or refuse it with
 * a reason.
 */
@Menu(title = "membership.contract.backoffice.nav", order = 2.3)
@Route(value = "backoffice/contract-requests", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class ContractRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final ContractDesk desk;
    private final Grid<ContractRequest> grid = new Grid<>();

    ContractRequestsView(ContractDesk desk) {
        this.desk = desk;
        grid.addColumn(Bidi.text(r -> r.legalName() + " (" + r.adherentNumber() + ")"))
                .setHeader(getTranslation("membership.contract.company"));
        grid.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("membership.contract.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> ContractRequestText.of(r, getLocale(), this::getTranslation))
                .setHeader(getTranslation("membership.contract.what"));
        grid.addColumn(ContractRequest::requestReference).setHeader(getTranslation("request.reference")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.filedAt(), getLocale())).setHeader(getTranslation("membership.submittedAt"))
                .setAutoWidth(true);
        grid.addClassName("contract-requests-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("membership.contract.backoffice.none"));
        var reason = new TextArea(getTranslation("membership.backoffice.reason"));
        reason.setWidthFull();
        reason.addClassName("contract-refusal-reason");
        var accept = new Button(getTranslation("membership.backoffice.accept"), click -> decide(true, reason.getValue()));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.addClassName("accept-contract-request");
        var refuse = new Button(getTranslation("membership.backoffice.refuse"), click -> decide(false, reason.getValue()));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClassName("refuse-contract-request");
        add(new H1(getTranslation("membership.contract.backoffice.title")),
                new Paragraph(getTranslation("membership.contract.backoffice.intro")), grid, reason,
                new HorizontalLayout(accept, refuse));
        refresh();
    }

    private void decide(boolean accepted, String reason) {
        ContractRequest selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            Feedback.problem(this, "membership.contract.backoffice.select");
            return;
        }
        if (Feedback.attempt(this, () -> {
            if (accepted) {
                desk.accept(selected.id());
            } else {
                desk.refuse(selected.id(), reason);
            }
        })) {
            Feedback.done(this, accepted ? "membership.backoffice.accepted" : "membership.backoffice.refused");
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(query -> desk.pending(query.getOffset(), query.getLimit()).stream(), query -> desk.countPending());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.contract.backoffice.title");
    }
}
