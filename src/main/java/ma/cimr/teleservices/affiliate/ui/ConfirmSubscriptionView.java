package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.affiliate.AffiliateSubscriptions;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The e-mail's link: the address is confirmed, and the affiliate chooses their password (the
 * fund never sees it; at least 12 characters, not a common one). Then they log in with their
 * matricule.
 */
@Route(value = "subscribe/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmSubscriptionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AffiliateSubscriptions subscriptions;

    ConfirmSubscriptionView(AffiliateSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        add(new H1(getTranslation("subscription.confirm.title")));
        if (token.isBlank() || !subscriptions.linkIsValid(token)) {
            add(new Paragraph(getTranslation("subscription.error.link")));
            return;
        }
        add(new Paragraph(getTranslation("subscription.confirm.intro")), new ChoosePasswordForm("subscription.open", "open-space",
                password -> subscriptions.confirm(token, password, getLocale()), login -> {
                    removeAll();
                    var done = new Paragraph(getTranslation("subscription.opened", login));
                    done.addClassName("subscription-opened");
                    add(new H1(getTranslation("subscription.confirm.title")), done, new Anchor("login", getTranslation("action.login")));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscription.confirm.title");
    }
}
