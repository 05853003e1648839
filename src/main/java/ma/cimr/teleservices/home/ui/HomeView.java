package ma.cimr.teleservices.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.request.CharterService;
import ma.cimr.teleservices.shell.ui.MySpaceView;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.shared.ContactChannels;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.PageSection;

import java.util.Locale;

/** The fund's public home: the way into each space, how to reach us, and what we promise. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CharterService charter, ContactChannels contact) {
        addClassName("home-view");
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));

        var spaces = new Div(
                spaceCard("home.space.company", "home.space.company.text"),
                subscriptionCard(),
                spaceCard("home.space.affiliate", "home.space.affiliate.text"),
                spaceCard("home.space.retiree", "home.space.retiree.text"),
                spaceCard("home.space.backoffice", "home.space.backoffice.text"));
        spaces.addClassName("space-cards");
        add(new PageSection(getTranslation("home.spaces"), spaces));

        add(new PageSection(getTranslation("home.contact"), new Facts()
                .addLeftToRight(getTranslation("home.contact.phone"), contact.phone())
                .add(getTranslation("home.contact.retirees"), contact.retireesEmail())
                .add(getTranslation("home.contact.affiliates"), contact.affiliatesEmail())
                .add(getTranslation("home.contact.companies"), contact.companiesEmail())
                .add(getTranslation("home.contact.post"), contact.postalAddress())));

        var commitments = new Div(
                commitments(charter, Population.RETIREE, "home.charter.retirees"),
                commitments(charter, Population.AFFILIATE, "home.charter.affiliates"),
                commitments(charter, Population.COMPANY, "home.charter.companies"));
        commitments.addClassName("charter-columns");
        add(new PageSection(getTranslation("home.charter"),
                new Paragraph(getTranslation("home.charter.intro")), commitments));
    }

    /**
     * Every card enters through {@code my-space}: one login serves all populations, and it sends
     * each person to their own space whichever card they picked.
     */
    private Div spaceCard(String titleKey, String textKey) {
        var card = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)),
                new RouterLink(getTranslation("home.space.enter"), MySpaceView.class));
        card.addClassName("space-card");
        return card;
    }

    /** The delegate's card also leads a company without one to the subscription, and a company not yet a member to téléadhésion (paths: other features' pages). */
    private Component subscriptionCard() {
        Div card = spaceCard("home.space.delegate", "home.space.delegate.text");
        var subscribe = new Anchor("subscription", getTranslation("home.space.delegate.subscribe"));
        subscribe.addClassName("company-subscription-link");
        // and a company not yet a member to téléadhésion (a path too)
        var join = new Anchor("membership", getTranslation("membership.home.join"));
        join.addClassName("membership-link");
        card.add(new Paragraph(subscribe), new Paragraph(join));
        return card;
    }

    private Component commitments(CharterService charter, Population population, String titleKey) {
        Locale locale = getLocale();
        var list = new OrderedList();
        for (ServiceCommitment commitment : charter.commitments(population)) {
            var item = new ListItem(new Span(commitment.label(locale)));
            if (commitment.deadlineBusinessDays() != null) {
                var deadline = new Span(getTranslation("charter.deadline", commitment.deadlineBusinessDays()));
                deadline.getElement().getThemeList().add("badge");
                item.add(new Span(" "), deadline);
            }
            list.add(item);
        }
        var column = new Div(new H3(getTranslation(titleKey)), list);
        column.addClassName("charter-column");
        return column;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
