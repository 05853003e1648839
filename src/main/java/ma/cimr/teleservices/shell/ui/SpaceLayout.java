package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shared.ui.LanguageSwitch;
import ma.cimr.teleservices.shell.Space;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every signed-in space shares: the fund's name, the space's name, its own navigation, the
 * language choice and the way out. The navigation is built from the routes themselves (DD019):
 * each view says with {@code @Menu} that it is an entry (its title a translation key, its order),
 * Vaadin keeps the entries whose view the signed-in user may open by its own access rules, and a
 * layout keeps those of its space. No layout repeats which roles see which entry.
 */
@JsModule("@vaadin/side-nav/src/vaadin-side-nav.js")
@JsModule("@vaadin/side-nav/src/vaadin-side-nav-item.js")
abstract class SpaceLayout extends AppLayout {

    SpaceLayout(Space space, CurrentUser currentUser, AuthenticationContext authentication,
                LocaleSelection localeSelection) {
        String spaceKey = "space." + space.route();
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

        var navigation = new StringBuilder("<span slot=\"label\">").append(Markup.escape(getTranslation(spaceKey))).append("</span>");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            pathIn(space, entry).ifPresent(path -> navigation.append("<vaadin-side-nav-item path=\"")
                    .append(Markup.escape(path)).append("\">").append(Markup.escape(getTranslation(entry.title())))
                    .append("</vaadin-side-nav-item>"));
        }
        // the navigation as markup: a SideNavItem component per entry kept 1.3 KB each in every session
        // (its state node, its label's, its synchronised "expanded"); the web components draw and follow
        // the same entries from their path attribute alone. The same menu is one string for every session
        getElement().appendChild(new Element("vaadin-side-nav").setAttribute("slot", "drawer")
                .setProperty("innerHTML", Markup.shared(navigation.toString())));
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        KeyboardScrolling.allow(content);
    }

    /**
     * Where the entry's view is in this space: its route, or one of its aliases when one view
     * serves several spaces (a requester's requests); none when it belongs to another space.
     */
    private static Optional<String> pathIn(Space space, MenuEntry entry) {
        Stream<String> aliases = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().equals(entry.menuClass()))
                .flatMap(route -> route.getRouteAliases().stream().map(RouteBaseData::getTemplate));
        return Stream.concat(Stream.of(entry.path()), aliases)
                .map(path -> path.startsWith("/") ? path.substring(1) : path)
                .filter(path -> path.equals(space.route()) || path.startsWith(space.route() + "/"))
                .findFirst();
    }
}
