package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shared.ui.LanguageSwitch;

/** The public space: the fund's home page and the login, open to anyone. */
@AnonymousAllowed
public class PublicLayout extends AppLayout {

    PublicLayout(AuthenticationContext authentication, LocaleSelection localeSelection) {
        var brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("portal-brand");
        var home = new Anchor("", getTranslation("nav.public.home"));
        // paths, not classes: the request feature's public pages
        var complaint = new Anchor("complaint", getTranslation("nav.public.complaint"));
        var follow = new Anchor("follow", getTranslation("nav.public.follow"));
        var transparency = new Anchor("transparency", getTranslation("nav.public.transparency"));
        var privacy = new Anchor("privacy", getTranslation("nav.public.privacy"));
        // the help feature's page (DD042), a path too
        var help = new Anchor("help", getTranslation("nav.public.help"));
        var spacer = new Span();
        var header = new HorizontalLayout(brand, home, complaint, follow, transparency, privacy, help, spacer,
                new LanguageSwitch(localeSelection));
        if (authentication.isAuthenticated()) {
            header.add(new RouterLink(getTranslation("nav.public.mySpace"), MySpaceView.class));
            var logout = new Button(getTranslation("action.logout"), event -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(logout);
        } else {
            header.add(new Anchor("login", getTranslation("action.login")));
        }
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("portal-header");
        addToNavbar(header);
        // the public pages have no side navigation
        setDrawerOpened(false);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        KeyboardScrolling.allow(content);
    }
}
