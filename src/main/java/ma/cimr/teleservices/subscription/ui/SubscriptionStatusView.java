package ma.cimr.teleservices.subscription.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import ma.cimr.teleservices.subscription.CompanySubscriptions;
import ma.cimr.teleservices.subscription.Subscription;
import ma.cimr.teleservices.subscription.SubscriptionDocument;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The applicant follows their subscription with the link of the e-mail (reference and key): where
 * it stands, the reason of a rejection, and the form to print. A wrong key and an unknown
 * reference get the very same page.
 */
@Route(value = "subscription/status", layout = PublicLayout.class)
@AnonymousAllowed
class SubscriptionStatusView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanySubscriptions subscriptions;

    SubscriptionStatusView(CompanySubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String reference = parameters.getSingleParameter("ref").orElse("");
        String key = parameters.getSingleParameter("token").orElse("");
        add(new H1(getTranslation("delegateSubscription.status.title")));
        Optional<Subscription> found = subscriptions.status(reference, key);
        if (found.isEmpty()) {
            var notFound = new Paragraph(getTranslation("delegateSubscription.status.notFound"));
            notFound.addClassName("subscription-not-found");
            add(notFound);
            return;
        }
        Subscription subscription = found.get();
        var status = new Paragraph(getTranslation("delegateSubscription.status." + subscription.status()));
        status.addClassName("subscription-status");
        add(SubscriptionFacts.summary(subscription, getLocale(), this::getTranslation), status);
        if (subscription.rejectionReason() != null) {
            var reason = new Paragraph(getTranslation("delegateSubscription.status.reason", subscription.rejectionReason()));
            reason.addClassName("subscription-rejection-reason");
            add(reason);
        }
        if (!subscription.status().isDecided()) {
            add(new Paragraph(getTranslation("delegateSubscription.nextSteps")));
        }
        var links = new Div(pdfLink(reference, key, PortalI18NProvider.FRENCH, "statement.pdf.french", "subscription-pdf-fr"),
                pdfLink(reference, key, PortalI18NProvider.ARABIC, "statement.pdf.arabic", "subscription-pdf-ar"));
        links.addClassNames("subscription-pdf-links", "pdf-links");
        add(new PageSection(getTranslation("delegateSubscription.status.form"), links),
                new PageSection(getTranslation("delegateSubscription.section.general"),
                        SubscriptionFacts.general(subscription, this::getTranslation)),
                new PageSection(getTranslation("delegateSubscription.section.head"),
                        SubscriptionFacts.person(subscription.head(), this::getTranslation)),
                new PageSection(getTranslation("delegateSubscription.section.delegate"),
                        SubscriptionFacts.person(subscription.delegate(), this::getTranslation)));
    }

    /** Drawn when followed, through the service: the key is checked again then. */
    private Anchor pdfLink(String reference, String key, Locale language, String textKey, String className) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            SubscriptionDocument document = subscriptions.printableForm(reference, key, language).orElseThrow();
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    SubscriptionDocument.CONTENT_TYPE, document.content().length);
        }), getTranslation(textKey));
        link.addClassName(className);
        link.addClassName("subscription-pdf");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegateSubscription.status.title");
    }
}
