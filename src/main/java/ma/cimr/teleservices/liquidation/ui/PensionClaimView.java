package ma.cimr.teleservices.liquidation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.liquidation.PensionClaim;
import ma.cimr.teleservices.liquidation.PensionClaims;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

/**
 * One of the company's claims: its facts, its papers and what staff said of each, the papers still
 * to send (staff asked for them, or refused one), and its timeline. Another company's is "not found".
 */
@Route(value = "company/pension-claims/:reference", layout = CompanyLayout.class)
@RolesAllowed(Roles.LIQUIDATION)
class PensionClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PensionClaims claims;
    private String reference = "";

    PensionClaimView(PensionClaims claims) {
        this.claims = claims;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        try {
            show(claims.myClaim(reference));
        } catch (RequestNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(PensionClaim claim) {
        removeAll();
        add(new H1(getTranslation("liquidation.claim.title", claim.reference())), ClaimTexts.facts(this, claim));
        add(new PageSection(getTranslation("liquidation.documents.title"),
                ClaimTexts.documents(this, claim, id -> claims.myDocument(claim.reference(), id))));
        if (claim.status().open() && !claim.missingDocuments().isEmpty()) {
            var uploads = new DocumentUploads();
            uploads.ask(claim.missingDocuments());
            var send = new Button(getTranslation("liquidation.claim.send"), click -> send(uploads));
            send.addClassName("claim-send-documents");
            add(new PageSection(getTranslation("liquidation.claim.missing"),
                    new Paragraph(getTranslation("liquidation.claim.missingHelp")), uploads, send));
        }
        add(new PageSection(getTranslation("liquidation.timeline.title"), ClaimTexts.timeline(this, claim)),
                new Anchor("company/pension-claims", getTranslation("liquidation.claim.back")));
    }

    private void send(DocumentUploads uploads) {
        try {
            PensionClaim claim = claims.sendDocuments(reference, uploads.documents());
            Feedback.done(this, "liquidation.claim.sent", claim.reference());
            show(claim);
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liquidation.claim.title", reference);
    }
}
