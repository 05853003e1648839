package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.company.ContributionCategory;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.delegate.GeneralInformation;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.DelegateLayout;

/**
 * « Informations générales »: the number of E@sypaiement confirmations the company wants (1 or
 * 2), with a warning while it has fewer active validators than that, and its categories of staff.
 * Going down to one confirmation asks for the delegate's password (DD024).
 */
@Menu(title = "nav.delegate.company", order = 2)
@Route(value = "delegate/company", layout = DelegateLayout.class)
@RolesAllowed(Roles.DELEGATE)
class GeneralInformationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DelegateService delegates;
    private final Paragraph validatorsWarning = new Paragraph();

    GeneralInformationView(DelegateService delegates) {
        this.delegates = delegates;
        GeneralInformation information = delegates.generalInformation();
        add(new H1(getTranslation("delegate.company.title")),
                new Facts().add(getTranslation("company.adherentNumber"), information.adherentNumber())
                        .add(getTranslation("delegate.company.legalName"), information.legalName()));

        var confirmations = new RadioButtonGroup<Integer>();
        confirmations.setLabel(getTranslation("delegate.company.confirmations"));
        confirmations.setItems(1, 2);
        confirmations.setItemLabelGenerator(count -> getTranslation("delegate.company.confirmations." + count));
        confirmations.setValue(information.paymentConfirmations());
        confirmations.addClassName("payment-confirmations");
        var password = new PasswordField(getTranslation("password.confirmation.label"));
        password.addClassName("confirmations-password");
        password.setHelperText(getTranslation("delegate.company.fewerConfirmations"));
        Runnable showPassword = () -> password.setVisible(confirmations.getValue() != null
                && confirmations.getValue() < delegates.generalInformation().paymentConfirmations());
        confirmations.addValueChangeListener(event -> showPassword.run());
        showPassword.run();
        var save = new Button(getTranslation("action.save"), click -> {
            if (Feedback.attempt(this, () -> delegates.setPaymentConfirmations(confirmations.getValue() == null ? 0
                    : confirmations.getValue(), password.getValue()))) {
                Feedback.done(this, "delegate.company.saved");
                showWarning();
            }
            password.clear();
            showPassword.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-confirmations");
        validatorsWarning.addClassName("validators-warning");
        add(new PageSection(getTranslation("delegate.company.payment"),
                new Paragraph(getTranslation("delegate.company.paymentIntro")), confirmations, password, save,
                validatorsWarning));

        var categories = new Grid<ContributionCategory>();
        categories.addColumn(ContributionCategory::code).setHeader(getTranslation("company.category.code"));
        categories.addColumn(ContributionCategory::label).setHeader(getTranslation("company.category.label"));
        categories.addColumn(category -> getTranslation(category.active()
                ? "delegate.company.categoryActive" : "delegate.company.categoryInactive"))
                .setHeader(getTranslation("delegate.users.status"));
        categories.setItems(information.categories());
        categories.setAllRowsVisible(true);
        add(new PageSection(getTranslation("delegate.company.categories"),
                new Paragraph(getTranslation("delegate.company.categoriesIntro")), categories));
    }

    /**
     * Read at each entry: the page is entered again, not rebuilt, when the delegate opens it from
     * itself (DD047), and a validator may have activated their login meanwhile.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showWarning();
    }

    private void showWarning() {
        GeneralInformation information = delegates.generalInformation();
        validatorsWarning.setText(getTranslation("delegate.company.validatorsWarning",
                information.paymentConfirmations(), information.activeValidators()));
        validatorsWarning.setVisible(information.lacksValidators());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delegate.company");
    }
}
