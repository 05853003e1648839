package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shell.ui.DelegateLayout;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The review screen: every access of the company in one grid (login, person, téléservice, roles,
 * declaration settings, state with lock and dormancy, last login), with the way to each login's page.
 */
@Menu(title = "nav.delegate.users", order = 1)
@Route(value = "delegate", layout = DelegateLayout.class)
@RolesAllowed(Roles.DELEGATE)
class DelegateHomeView extends VerticalLayout implements HasDynamicTitle {

    private final DelegateService delegates;
    // the accesses are read again when the browser asks for them: the page keeps none (DD048)
    private final LazyGrid<CompanyUserAccount> grid = new LazyGrid<>(0, (offset, limit) -> LazyGrid.window(shown(), offset, limit));
    private final Checkbox dormantOnly = new Checkbox();
    private final Checkbox showClosed = new Checkbox();
    private final Paragraph validatorsWarning = new Paragraph();

    DelegateHomeView(DelegateService delegates, Clock clock) {
        this.delegates = delegates;
        Locale locale = getLocale();
        add(new H1(getTranslation("delegate.users.title")), new Paragraph(getTranslation("delegate.users.intro")));
        validatorsWarning.addClassName("validators-warning");
        add(validatorsWarning);

        // eight columns on a laptop's width: long labels wrap, the way to a login's page stays in view
        grid.addColumn(getTranslation("delegate.users.login"), CompanyUserAccount::login).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(getTranslation("delegate.users.name"), CompanyUserAccount::displayName).inOwnDirection()
                .setWidth("9rem").setFlexGrow(2);
        grid.addColumn(getTranslation("delegate.users.teleservice"), u -> Labels.teleservice(this, u)).setWidth("9rem");
        grid.addColumn(getTranslation("delegate.users.roles"), u -> Labels.roles(this, u.roles())).setWidth("9rem");
        grid.addColumn(getTranslation("delegate.users.declaration"), u -> Labels.declaration(this, u.declaration())).setWidth("7rem");
        // the lock and the dormancy are rare: said with the state rather than in two mostly empty columns
        grid.addColumn(getTranslation("delegate.users.status"), u -> state(u, clock)).setWidth("6rem");
        grid.addColumn(getTranslation("delegate.users.lastLogin"), u -> u.lastLoginAt() == null
                ? getTranslation("delegate.users.neverLoggedIn") : Formats.dateTime(u.lastLoginAt(), locale)).setWidth("7rem");
        // drawn in the browser: a button component a row would stay in the session for every row (DD048)
        grid.addButtonColumn("", getTranslation("delegate.users.manage"), "manage-user",
                        u -> getUI().ifPresent(ui -> ui.navigate(UserView.class, UserView.parameters(u.login()))))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.wrapCellContent();
        grid.setEmptyStateText(getTranslation("delegate.users.none"));
        grid.addClassName("company-users");

        dormantOnly.setLabel(getTranslation("delegate.users.dormantOnly"));
        dormantOnly.setHelperText(getTranslation("delegate.users.dormantHelp", DelegateService.DORMANT_AFTER.toDays()));
        dormantOnly.addClassName("dormant-only");
        dormantOnly.addValueChangeListener(event -> refresh());
        showClosed.setLabel(getTranslation("delegate.users.showClosed"));
        showClosed.addClassName("show-closed");
        showClosed.addValueChangeListener(event -> refresh());

        var newUser = new Button(getTranslation("delegate.new.title"), click -> new NewUserDialog(delegates, this::refresh).open());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClassName("new-user");
        var newAdministrator = new Button(getTranslation("delegate.administrator.title"),
                click -> new NewAdministratorDialog(delegates, this::refresh).open());
        newAdministrator.addClassName("new-administrator");
        var tools = new HorizontalLayout(newUser, newAdministrator, dormantOnly, showClosed);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
        refresh();
    }

    private void refresh() {
        grid.refresh(shown().size());
        var information = delegates.generalInformation();
        validatorsWarning.setText(getTranslation("delegate.company.validatorsWarning",
                information.paymentConfirmations(), information.activeValidators()));
        validatorsWarning.setVisible(information.lacksValidators());
    }

    /** The accesses the filters let through. */
    private List<CompanyUserAccount> shown() {
        return delegates.companyUsers().stream()
                .filter(u -> showClosed.getValue() || u.status() != AccountStatus.CLOSED)
                .filter(u -> !dormantOnly.getValue() || u.dormant())
                .toList();
    }

    /** "Actif", or "Actif · verrouillé · dormant". */
    private String state(CompanyUserAccount user, Clock clock) {
        var state = new StringBuilder(getTranslation(Labels.statusKey(user.status())));
        if (user.lockedAt(clock.instant())) {
            state.append(" · ").append(getTranslation("delegate.users.locked"));
        }
        if (user.dormant()) {
            state.append(" · ").append(getTranslation("delegate.users.dormant"));
        }
        return state.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delegate.users");
    }
}
