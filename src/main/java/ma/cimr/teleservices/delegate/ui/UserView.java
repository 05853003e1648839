package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.delegate.UserChanges;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * One login of the company: who and what it is, its changes (name, address, roles, declaration
 * settings, secret questions) and what the delegate can do to its access. A login of another
 * company is "not found", exactly as a login that does not exist. A new address, the validator
 * role and a reset of the access ask for the delegate's password, and so does suspending,
 * reactivating, closing or a departure that stops another administrator; an administrator's
 * address and access are not changed here at all, and the page says where they are (DD024).
 */
@Route(value = "delegate/users/:login", layout = DelegateLayout.class)
@RolesAllowed(Roles.DELEGATE)
class UserView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DelegateService delegates;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private String login = "";

    UserView(DelegateService delegates, CurrentUser currentUser, AuthenticationContext authentication, Clock clock) {
        this.delegates = delegates;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("company-user");
    }

    static RouteParameters parameters(String login) {
        return new RouteParameters("login", login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getRouteParameters().get("login").orElse("");
        CompanyUserAccount user;
        try {
            user = delegates.user(asked);
        } catch (Refusal noSuchUser) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        login = user.login();
        show(user);
    }

    private void reload() {
        CompanyUserAccount user = delegates.user(login);
        boolean myself = user.login().equalsIgnoreCase(currentUser.require().login());
        if (myself && user.status() != AccountStatus.ACTIVE) {
            // the administrator stopped their own access: their session ends with it
            authentication.logout();
            return;
        }
        show(user);
    }

    private void show(CompanyUserAccount user) {
        Locale locale = getLocale();
        removeAll();
        add(new RouterLink(getTranslation("delegate.user.back"), DelegateHomeView.class),
                new H1(getTranslation("delegate.user.title", user.login())));
        var facts = new Facts()
                .add(getTranslation("delegate.users.name"), user.displayName())
                .add(getTranslation("delegate.users.email"), user.email() == null ? "" : user.emailConfirmed()
                        ? user.email() : getTranslation("delegate.user.emailUnproven", user.email()))
                .add(getTranslation("delegate.users.teleservice"), Labels.teleservice(this, user))
                .add(getTranslation("delegate.users.roles"), Labels.roles(this, user.roles()))
                .add(getTranslation("delegate.users.status"), getTranslation(Labels.statusKey(user.status())))
                .add(getTranslation("delegate.user.createdAt"), Formats.dateTime(user.createdAt(), locale))
                .add(getTranslation("delegate.users.lastLogin"), user.lastLoginAt() == null
                        ? getTranslation("delegate.users.neverLoggedIn") : Formats.dateTime(user.lastLoginAt(), locale));
        if (user.declaration() != null) {
            facts.add(getTranslation("delegate.users.declaration"), Labels.declaration(this, user.declaration()));
        }
        if (user.lockedAt(clock.instant())) {
            facts.add(getTranslation("delegate.users.lock"), getTranslation("delegate.users.locked"));
        }
        if (user.dormant()) {
            facts.add(getTranslation("delegate.users.dormancy"),
                    getTranslation("delegate.user.dormantSince", DelegateService.DORMANT_AFTER.toDays()));
        }
        add(facts);
        if (user.status() != AccountStatus.CLOSED) {
            add(changes(user), secretQuestions(), access(user));
        } else {
            add(new Paragraph(getTranslation("delegate.user.closedExplained")));
        }
    }

    private PageSection changes(CompanyUserAccount user) {
        var name = new TextField(getTranslation("delegate.users.name"));
        name.setValue(user.displayName());
        name.addClassName("user-name");
        name.setRequiredIndicatorVisible(true);
        var email = new EmailField(getTranslation("delegate.users.email"));
        email.setValue(user.email() == null ? "" : user.email());
        email.addClassName("user-email");
        email.setRequiredIndicatorVisible(true);
        boolean throughTheFund = throughTheFund(user);
        email.setReadOnly(throughTheFund);
        email.setHelperText(getTranslation(throughTheFund ? "delegate.user.emailThroughTheFund" : "delegate.user.emailHelp"));
        var orderer = new Checkbox(getTranslation("role.PAYMENT_ORDERER"), user.roles().contains(Role.PAYMENT_ORDERER));
        orderer.addClassName("user-orderer");
        var validator = new Checkbox(getTranslation("role.PAYMENT_VALIDATOR"), user.roles().contains(Role.PAYMENT_VALIDATOR));
        validator.addClassName("user-validator");
        var confirmation = new PasswordField(getTranslation("delegate.user.confirmPassword"));
        confirmation.addClassName("user-confirmation");
        boolean payment = user.teleservice() == Teleservice.PAYMENT;
        orderer.setVisible(payment);
        validator.setVisible(payment);
        // the field appears with what needs it: a new address, or the validator role granted
        Runnable showConfirmation = () -> confirmation.setVisible(
                !email.getValue().strip().equalsIgnoreCase(user.email() == null ? "" : user.email())
                        || payment && validator.getValue() && !user.roles().contains(Role.PAYMENT_VALIDATOR));
        validator.addValueChangeListener(event -> showConfirmation.run());
        // a login orders or validates, never both (DD024): ticking one unticks the other
        orderer.addValueChangeListener(event -> validator.setValue(validator.getValue() && !event.getValue()));
        validator.addValueChangeListener(event -> orderer.setValue(orderer.getValue() && !event.getValue()));
        email.addValueChangeListener(event -> showConfirmation.run());
        showConfirmation.run();
        var form = new FormLayout(name, email, orderer, validator, confirmation);

        DeclarationFields declaration = null;
        if (user.teleservice() == Teleservice.DECLARATION) {
            declaration = new DeclarationFields(delegates.generalInformation().categories());
            declaration.setValue(user.declaration());
        }
        DeclarationFields declarationFields = declaration;
        var save = new Button(getTranslation("action.save"), click -> {
            boolean newAddress = !email.getValue().strip().equalsIgnoreCase(user.email() == null ? "" : user.email());
            boolean saved = Feedback.attempt(this, () -> delegates.editUser(login, new UserChanges(name.getValue(),
                    email.getValue(), orderer.getValue(), validator.getValue(),
                    declarationFields == null ? null : declarationFields.value()), confirmation.getValue(), getLocale()));
            if (saved) {
                Feedback.done(this, newAddress ? "delegate.user.savedEmailPending" : "delegate.user.saved", email.getValue());
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-user");
        var section = declaration == null ? new PageSection(getTranslation("delegate.user.changes"), form, save)
                : new PageSection(getTranslation("delegate.user.changes"), form, declaration, save);
        section.addClassName("user-changes");
        return section;
    }

    private PageSection secretQuestions() {
        List<String> current = delegates.secretQuestions(login);
        var list = new UnorderedList();
        current.forEach(question -> list.add(new ListItem(question)));
        // as the user wrote them: a French question keeps its "?" at its end in an Arabic page
        list.addClassNames("current-questions", "own-direction");
        var none = new Paragraph(getTranslation("delegate.secret.none"));
        none.setVisible(current.isEmpty());
        var fields = new SecretQuestionFields();
        var save = new Button(getTranslation("delegate.secret.save"), click -> {
            if (Feedback.attempt(this, () -> delegates.setSecretQuestions(login, fields.value()))) {
                Feedback.done(this, "delegate.secret.saved");
                reload();
            }
        });
        save.addClassName("save-questions");
        return new PageSection(getTranslation("delegate.secret.title"), list, none,
                new Paragraph(getTranslation("delegate.secret.intro")), fields, save);
    }

    private PageSection access(CompanyUserAccount user) {
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        boolean usable = user.status() == AccountStatus.ACTIVE || user.status() == AccountStatus.PENDING;
        boolean anotherAdministrator = anotherAdministrator(user);
        if (user.status() == AccountStatus.SUSPENDED) {
            actions.add(anotherAdministrator
                    ? onPassword("delegate.action.reactivate", "reactivate-user", null,
                    password -> delegates.reactivate(login, password), "delegate.action.reactivated")
                    : action("delegate.action.reactivate", "reactivate-user",
                    () -> delegates.reactivate(login, null), "delegate.action.reactivated"));
        }
        if (usable) {
            actions.add(anotherAdministrator
                    ? onPassword("delegate.action.suspend", "suspend-user", null,
                    password -> delegates.suspend(login, password), "delegate.action.suspended")
                    : action("delegate.action.suspend", "suspend-user",
                    () -> delegates.suspend(login, null), "delegate.action.suspended"));
            if (!throughTheFund(user)) {
                var reset = new Button(getTranslation("delegate.action.reset"), click -> resetDialog().open());
                reset.addClassName("reset-access");
                actions.add(reset);
            }
            actions.add(action("delegate.action.sendLogin", "send-login",
                    () -> delegates.sendLogin(login, getLocale()), "delegate.action.loginSent"));
        }
        if (user.lockedAt(clock.instant())) {
            actions.add(action("locked.unlock", "unlock-user", () -> delegates.unlock(login), "locked.unlocked"));
        }
        var departure = new Button(getTranslation("delegate.departure.action"), click -> departureDialog().open());
        departure.addClassName("departure");
        var close = anotherAdministrator
                ? onPassword("delegate.action.close", "close-user", "delegate.close.text",
                password -> delegates.close(login, password), "delegate.action.closed")
                : new Button(getTranslation("delegate.action.close"), click -> closeDialog().open());
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClassName("close-user");
        actions.add(departure, close);
        var section = new PageSection(getTranslation("delegate.user.access"),
                new Paragraph(getTranslation("delegate.user.accessIntro")), actions);
        if (throughTheFund(user)) {
            var explained = new Paragraph(getTranslation("delegate.user.administratorThroughTheFund"));
            explained.addClassName("through-the-fund");
            var letters = new Anchor("delegate-letters", getTranslation("delegate.user.lettersLink"));
            letters.addClassName("delegate-letters-link");
            section.add(explained, letters);
        }
        return section;
    }

    /** An administrator's login, the delegate's own included: its access and address change through the fund. */
    private boolean throughTheFund(CompanyUserAccount user) {
        return user.administrator() || user.roles().contains(Role.DELEGATE)
                || user.login().equalsIgnoreCase(currentUser.require().login());
    }

    /** Another administrator's login (a successor, a deputy), not the delegate's own: stopping it takes the password. */
    private boolean anotherAdministrator(CompanyUserAccount user) {
        return (user.administrator() || user.roles().contains(Role.DELEGATE))
                && !user.login().equalsIgnoreCase(currentUser.require().login());
    }

    /**
     * An action on another administrator's login: the button opens a dialog where the delegate
     * types their own password, the service checks it (DD024).
     */
    private Button onPassword(String labelKey, String className, @Nullable String textKey, PasswordAction action, String doneKey) {
        var button = new Button(getTranslation(labelKey), click -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(labelKey) + " · " + login);
            dialog.addClassName("administrator-action-dialog");
            var password = new PasswordField(getTranslation("password.confirmation.label"));
            password.addClassName("administrator-action-confirmation");
            password.setRequiredIndicatorVisible(true);
            var confirm = new Button(getTranslation(labelKey), confirmed -> {
                if (Feedback.attempt(this, () -> action.run(password.getValue()))) {
                    dialog.close();
                    Feedback.done(this, doneKey, login);
                    reload();
                } else {
                    password.clear();
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClassName("confirm-administrator-action");
            dialog.add(new Paragraph(getTranslation("delegate.user.administratorAction")));
            if (textKey != null) {
                dialog.add(new Paragraph(getTranslation(textKey)));
            }
            dialog.add(password);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), cancel -> dialog.close()), confirm);
            dialog.open();
        });
        button.addClassName(className);
        return button;
    }

    /** What an action on another administrator does with the password the delegate typed. */
    private interface PasswordAction {
        void run(String password);
    }

    /** A new activation link cuts the user's password now: the delegate's own password first. */
    private Dialog resetDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("delegate.reset.title", login));
        dialog.addClassName("reset-dialog");
        var password = new PasswordField(getTranslation("password.confirmation.label"));
        password.addClassName("reset-confirmation");
        password.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("delegate.action.reset"), click -> {
            if (Feedback.attempt(this, () -> delegates.resetAccess(login, password.getValue(), getLocale()))) {
                dialog.close();
                Feedback.done(this, "delegate.action.resetDone", login);
                reload();
            } else {
                password.clear();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-reset");
        dialog.add(new Paragraph(getTranslation("delegate.reset.text")), password);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }

    private Button action(String labelKey, String className, Runnable action, String doneKey) {
        var button = new Button(getTranslation(labelKey), click -> {
            if (Feedback.attempt(this, action)) {
                Feedback.done(this, doneKey, login);
                reload();
            }
        });
        button.addClassName(className);
        return button;
    }

    private ConfirmDialog closeDialog() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("delegate.close.title", login));
        dialog.setText(getTranslation("delegate.close.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("delegate.action.close"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("confirm-close");
        dialog.addConfirmListener(event -> {
            if (Feedback.attempt(this, () -> delegates.close(login, null))) {
                Feedback.done(this, "delegate.action.closed", login);
                reload();
            }
        });
        return dialog;
    }

    /** Shows every login the departure would suspend before anything happens. */
    private Dialog departureDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("delegate.departure.title"));
        dialog.addClassName("departure-dialog");
        var logins = new UnorderedList();
        logins.addClassName("departure-logins");
        // stopping another administrator takes the delegate's password (DD024)
        var password = new PasswordField(getTranslation("password.confirmation.label"));
        password.addClassName("departure-confirmation");
        password.setRequiredIndicatorVisible(true);
        password.setVisible(false);
        for (CompanyUserAccount account : delegates.departurePreview(login)) {
            if (anotherAdministrator(account) && (account.status() == AccountStatus.ACTIVE
                    || account.status() == AccountStatus.PENDING)) {
                password.setVisible(true);
            }
            String what = Labels.teleservice(this, account);
            logins.add(new ListItem(getTranslation("delegate.departure.line", account.login(), what,
                    getTranslation(Labels.statusKey(account.status())))));
        }
        var confirm = new Button(getTranslation("delegate.departure.confirm"), click -> {
            int[] suspended = new int[1];
            if (Feedback.attempt(this, () -> suspended[0] = delegates.departure(login, password.getValue()))) {
                dialog.close();
                Feedback.done(this, "delegate.departure.done", suspended[0]);
                reload();
            } else {
                password.clear();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-departure");
        dialog.add(new Paragraph(getTranslation("delegate.departure.intro")), logins, password);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegate.user.title", login);
    }
}
