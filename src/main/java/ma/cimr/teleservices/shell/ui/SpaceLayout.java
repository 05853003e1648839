package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shared.ui.LanguageSwitch;

/**
 * What every signed-in space shares: the fund's name, the space's name, its own navigation, the
 * language choice and the way out. Subclasses only list their navigation.
 */
abstract class SpaceLayout extends AppLayout {

    private final SideNav navigation = new SideNav();

    SpaceLayout(String spaceKey, CurrentUser currentUser, AuthenticationContext authentication,
                LocaleSelection localeSelection) {
        var brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("portal-brand");
        var spaceName = new Span(getTranslation(spaceKey));
        spaceName.addClassName("portal-space-name");

        var user = new Span(currentUser.find().map(PortalUser::displayName).orElse(""));
        user.addClassName("portal-user");
        var logout = new Button(getTranslation("action.logout"), event -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var spacer = new Span();
        var header = new HorizontalLayout(new DrawerToggle(), brand, spaceName, spacer,
                new LanguageSwitch(localeSelection), user, logout);
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("portal-header");
        addToNavbar(header);

        navigation.setLabel(getTranslation(spaceKey));
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }

    final void item(String labelKey, String path) {
        navigation.addItem(new SideNavItem(getTranslation(labelKey), path));
    }
}
