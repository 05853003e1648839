package ma.cimr.teleservices.approval.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.Map;

/**
 * What waits for a second person (DD025): each proposal with the change as its proposer saw it,
 * who proposed it and when, a link to its case, and the decision. The proposer sees no approve
 * button on their own proposal (the service refuses it anyway) but may withdraw it.
 */
@Menu(title = "nav.backoffice.approvals", order = 2.5)
@Route(value = "backoffice/approvals", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    /** More than a day's proposals; the oldest first, so nothing waits unseen. */
    private static final int SHOWN = 100;

    private final Approvals approvals;
    private final VerticalLayout list = new VerticalLayout();

    ApprovalsView(Approvals approvals) {
        this.approvals = approvals;
        list.setPadding(false);
        add(new H1(getTranslation("approval.title")), new Paragraph(getTranslation("approval.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        int waiting = approvals.countPending();
        var count = new Paragraph(getTranslation("approval.count", waiting));
        count.addClassName("approvals-count");
        list.add(count);
        for (Approval approval : approvals.pending(0, SHOWN)) {
            list.add(card(approval));
        }
    }

    private PageSection card(Approval approval) {
        var facts = new Facts()
                .add(getTranslation("approval.subject"), approval.subject())
                .add(getTranslation("approval.proposedBy"), getTranslation("approval.proposedByAt",
                        approval.proposedBy(), Formats.dateTime(approval.proposedAt(), getLocale())));
        for (Map.Entry<String, String> entry : approval.change().entrySet()) {
            String value = entry.getKey().equals("kind") ? getTranslation(entry.getValue()) : entry.getValue();
            facts.add(getTranslation("approval.change." + entry.getKey()), value);
        }
        var open = new Anchor(approvals.casePath(approval), getTranslation("approval.openCase"));
        open.addClassName("approval-case");
        var reason = new TextField(getTranslation("approval.reason"));
        reason.addClassName("approval-reason");
        reason.setWidthFull();
        var reject = new Button(getTranslation("approval.reject"), click -> {
            if (Feedback.attempt(this, () -> approvals.reject(approval.id(), reason.getValue()))) {
                Feedback.done(this, "approval.rejected", approval.subject());
                refresh();
            }
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClassName("reject-proposal");
        var buttons = new HorizontalLayout();
        if (approvals.mayApprove(approval)) {
            var approve = new Button(getTranslation("approval.approve"), click -> {
                if (Feedback.attempt(this, () -> approvals.approve(approval.id()))) {
                    Feedback.done(this, "approval.approved", approval.subject());
                    refresh();
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.addClassName("approve-proposal");
            buttons.add(approve);
        } else {
            var why = new Paragraph(getTranslation("approval.notYours"));
            why.addClassName("approval-not-yours");
            buttons.add(why);
        }
        buttons.add(reject);
        var card = new PageSection(getTranslation("approval.action." + approval.action()), facts, open, reason, buttons);
        card.addClassName("approval");
        card.getElement().setAttribute("data-subject", approval.subject());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title");
    }
}
