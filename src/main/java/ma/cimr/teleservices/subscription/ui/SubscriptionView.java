package ma.cimr.teleservices.subscription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import ma.cimr.teleservices.subscription.CompanySubscriptions;
import ma.cimr.teleservices.subscription.SubscribingCompany;
import ma.cimr.teleservices.subscription.SubscriptionRules;

/**
 * "Entreprise adhérente" → "Abonnement": the company names its user administrator. Step 1, the
 * adherent number; step 2, the form in three parts ({@link SubscriptionFormLayout}); then the
 * delegate confirms their e-mail from the link sent to it.
 */
@Route(value = "subscription", layout = PublicLayout.class)
@AnonymousAllowed
class SubscriptionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanySubscriptions subscriptions;

    SubscriptionView(CompanySubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        addClassName("company-subscription");
    }

    /** A fresh first step at every visit. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        askAdherentNumber();
    }

    private void askAdherentNumber() {
        removeAll();
        var adherentNumber = new TextField(getTranslation("delegateSubscription.field.adherentNumber"));
        adherentNumber.addClassName("adherent-number");
        adherentNumber.setMaxLength(6);
        var binder = new Binder<StringBuilder>();
        binder.forField(adherentNumber).asRequired(getTranslation("validation.required"))
                .withValidator(Rules.of(SubscriptionRules::adherentNumber, this::getTranslation))
                .bind(StringBuilder::toString, (draft, value) -> draft.replace(0, draft.length(), value));
        var number = new StringBuilder();
        binder.setBean(number);
        var refusal = new Paragraph();
        refusal.addClassName("subscription-refused");
        refusal.setVisible(false);
        var next = new Button(getTranslation("delegateSubscription.next"), click -> {
            refusal.setVisible(false);
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                showForm(subscriptions.companyToSubscribe(number.toString()));
            } catch (Refusal e) {
                refusal.setText(getTranslation(e.key(), e.arguments()));
                refusal.setVisible(true);
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("subscription-next");
        add(new H1(getTranslation("delegateSubscription.title")),
                new Paragraph(getTranslation("delegateSubscription.intro")),
                new Paragraph(getTranslation("delegateSubscription.step1")), adherentNumber, refusal, next);
    }

    private void showForm(SubscribingCompany company) {
        removeAll();
        // a mistyped number may well be another company's: the way back to step 1
        var otherNumber = new Button(getTranslation("delegateSubscription.otherNumber"), click -> askAdherentNumber());
        otherNumber.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        otherNumber.addClassName("subscription-other-number");
        add(new H1(getTranslation("delegateSubscription.title")),
                new Paragraph(getTranslation("delegateSubscription.step2")), otherNumber,
                new SubscriptionFormLayout(company, subscriptions, email -> {
                    removeAll();
                    var sent = new Paragraph(getTranslation("delegateSubscription.sent", email));
                    sent.addClassName("subscription-sent");
                    add(new H1(getTranslation("delegateSubscription.title")), sent);
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegateSubscription.title");
    }
}
