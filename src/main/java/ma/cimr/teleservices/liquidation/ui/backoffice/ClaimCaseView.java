package ma.cimr.teleservices.liquidation.ui.backoffice;

import ma.cimr.teleservices.audit.PersonFile;
import ma.cimr.teleservices.audit.StaffAccesses;
import ma.cimr.teleservices.audit.ui.AccessReasonGate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.liquidation.ClaimDesk;
import ma.cimr.teleservices.liquidation.ClaimDocument;
import ma.cimr.teleservices.liquidation.ClaimPension;
import ma.cimr.teleservices.liquidation.ClaimStatus;
import ma.cimr.teleservices.liquidation.DocumentStatus;
import ma.cimr.teleservices.liquidation.PensionClaim;
import ma.cimr.teleservices.liquidation.ui.ClaimTexts;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.Locale;
import java.util.Optional;

/**
 * A pension claim worked by staff (DD035): its papers checked one by one, missing ones asked for
 * (the clock pauses), the pension computed from the affiliate's points with how, and the decision:
 * the liquidation proposed by one staff member and approved by another (DD025), or the claim
 * refused with its reason.
 */
@Route(value = "backoffice/pension-claims/:reference", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class ClaimCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimDesk desk;
    private final StaffAccesses accesses;
    private String reference = "";

    ClaimCaseView(ClaimDesk desk, StaffAccesses accesses) {
        this.desk = desk;
        this.accesses = accesses;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        try {
            PensionClaim claim = desk.claim(reference);
            // the affiliate retiring reads who opened their claim and why (DD041)
            AccessReasonGate.guard(this, accesses, PersonFile.affiliate(claim.affiliate().id()),
                    "backoffice/pension-claims/" + reference, () -> show(desk.claim(reference)));
        } catch (RequestNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(PensionClaim claim) {
        removeAll();
        add(new H1(getTranslation("liquidation.case.title", claim.reference())), ClaimTexts.facts(this, claim));
        add(new PageSection(getTranslation("liquidation.documents.title"),
                ClaimTexts.documents(this, claim, id -> desk.document(claim.reference(), id))));
        if (claim.status().open()) {
            add(checks(claim), ask(claim), pension(claim), decision(claim));
        }
        add(new PageSection(getTranslation("liquidation.timeline.title"), ClaimTexts.timeline(this, claim)),
                new Anchor("backoffice/requests/" + claim.reference(), getTranslation("liquidation.case.request")),
                new Anchor("backoffice/pension-claims", getTranslation("liquidation.case.back")));
    }

    /** The papers received and not checked yet: accept, or refuse with a reason. */
    private PageSection checks(PensionClaim claim) {
        var rows = new VerticalLayout();
        rows.setPadding(false);
        rows.addClassName("claim-checks");
        for (ClaimDocument document : claim.documents()) {
            if (document.status() != DocumentStatus.RECEIVED) {
                continue;
            }
            var reason = new TextField(getTranslation("liquidation.case.refuseReason"));
            var accept = new Button(getTranslation("liquidation.case.accept"),
                    click -> act(() -> desk.checkDocument(reference, document.id(), true, null), "liquidation.case.checked"));
            accept.addClassName("claim-accept-" + document.kind().name());
            var refuse = new Button(getTranslation("liquidation.case.refuseDocument"),
                    click -> act(() -> desk.checkDocument(reference, document.id(), false, reason.getValue()),
                            "liquidation.case.checked"));
            refuse.addClassName("claim-refuse-" + document.kind().name());
            var row = new FlexLayout(new Paragraph(getTranslation("liquidation.document." + document.kind().name())
                    + " — " + document.fileName()), reason, accept, refuse);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            rows.add(row);
        }
        if (rows.getComponentCount() == 0) {
            rows.add(new Paragraph(getTranslation("liquidation.case.nothingToCheck")));
        }
        return new PageSection(getTranslation("liquidation.case.checks"), rows);
    }

    private PageSection ask(PensionClaim claim) {
        var missing = new TextArea(getTranslation("liquidation.case.whatIsMissing"));
        missing.addClassName("claim-missing");
        missing.setWidthFull();
        var ask = new Button(getTranslation("liquidation.case.ask"),
                click -> act(() -> desk.askForDocuments(reference, missing.getValue()), "liquidation.case.asked"));
        ask.addClassName("claim-ask");
        ask.setEnabled(claim.status() == ClaimStatus.FILED);
        return new PageSection(getTranslation("liquidation.case.askTitle"), missing, ask);
    }

    /** The pension the claim's points pay, figure by figure; or why it cannot be computed. */
    private PageSection pension(PensionClaim claim) {
        Locale locale = getLocale();
        try {
            ClaimPension pension = desk.pension(claim.reference());
            var facts = new Facts()
                    .add(getTranslation("liquidation.pdf.points"),
                            Formats.decimal(pension.basis().pension().points().value(), 2, locale))
                    .add(getTranslation("liquidation.pdf.age"), String.valueOf(pension.basis().age()))
                    .add(getTranslation("liquidation.pdf.coefficient"),
                            Formats.decimal(pension.basis().coefficient().value(), 3, locale))
                    .add(getTranslation("liquidation.pdf.liquidationValue"),
                            Formats.amount(pension.basis().liquidationValue().value(), locale))
                    .add(getTranslation("liquidation.pdf.annual"),
                            Formats.amount(pension.basis().pension().annual().value(), locale))
                    .add(getTranslation("liquidation.pdf.share"), Formats.rate(pension.sharePercent(), locale))
                    .add(getTranslation("liquidation.pdf.monthly"), Formats.amount(pension.monthly(), locale));
            facts.addClassName("claim-pension");
            return new PageSection(getTranslation("liquidation.case.pension"), facts);
        } catch (Refusal refusal) {
            return new PageSection(getTranslation("liquidation.case.pension"),
                    new Paragraph(getTranslation(refusal.key(), refusal.arguments())));
        }
    }

    /** Propose the liquidation, approve another's proposal, or refuse the claim. */
    private PageSection decision(PensionClaim claim) {
        var content = new VerticalLayout();
        content.setPadding(false);
        Optional<Approval> pending = desk.pendingLiquidation(claim.reference());
        if (pending.isPresent()) {
            var waiting = new Paragraph(getTranslation("liquidation.case.awaitingApproval", pending.get().proposedBy()));
            waiting.addClassName("claim-awaiting-approval");
            content.add(waiting);
            if (desk.mayApprove(pending.get())) {
                var approve = new Button(getTranslation("liquidation.case.approve"),
                        click -> act(() -> desk.approveLiquidation(reference), "liquidation.case.liquidated"));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                approve.addClassName("claim-approve");
                content.add(approve);
            }
        } else {
            var propose = new Button(getTranslation("liquidation.case.propose"),
                    click -> act(() -> desk.proposeLiquidation(reference), "liquidation.case.proposed"));
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.addClassName("claim-propose");
            propose.setEnabled(claim.status() == ClaimStatus.FILED && claim.documentsAccepted());
            content.add(new Paragraph(getTranslation("liquidation.case.proposeHelp")), propose);
        }
        var reason = new TextArea(getTranslation("liquidation.case.refusalReason"));
        reason.addClassName("claim-refusal-reason");
        reason.setWidthFull();
        var refuse = new Button(getTranslation("liquidation.case.refuse"),
                click -> act(() -> desk.refuse(reference, reason.getValue()), "liquidation.case.refused"));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClassName("claim-refuse");
        content.add(reason, refuse);
        return new PageSection(getTranslation("liquidation.case.decision"), content);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Feedback.done(this, doneKey, reference);
            show(desk.claim(reference));
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liquidation.case.title", reference);
    }
}
