package ma.cimr.teleservices.liquidation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.liquidation.PensionClaims;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

/** The company's pension claims (e-liquidation), newest first, and the way to file a new one. */
@Menu(title = "liquidation.nav.claims", order = 5)
@Route(value = "company/pension-claims", layout = CompanyLayout.class)
@RolesAllowed(Roles.LIQUIDATION)
class PensionClaimsView extends VerticalLayout implements HasDynamicTitle {

    PensionClaimsView(PensionClaims claims) {
        add(new H1(getTranslation("liquidation.claims.title")), new Paragraph(getTranslation("liquidation.claims.intro")));
        var file = new Button(getTranslation("liquidation.claims.new"),
                click -> getUI().ifPresent(ui -> ui.navigate("company/pension-claims/new")));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClassName("claim-new");
        var grid = ClaimTexts.list(this, claims.myClaims());
        grid.addClassName("pension-claims");
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate("company/pension-claims/" + click.getItem().reference())));
        add(file, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liquidation.claims.title");
    }
}
