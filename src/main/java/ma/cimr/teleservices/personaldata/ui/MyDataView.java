package ma.cimr.teleservices.personaldata.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.personaldata.MyPersonalData;
import ma.cimr.teleservices.personaldata.PersonalData;
import ma.cimr.teleservices.personaldata.PersonalDataText;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.RetireeLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * "Mes données" (law 09-08, issue 16, DD041), in every personal space: what the fund holds about
 * the signed-in person, read-only, section by section; both downloads; who signed in and which staff
 * member opened the file and why; and where to ask for a correction (the requests and anomaly
 * reports that exist). Lists are cards, not wide tables, so that a phone reads them.
 */
@Menu(title = "nav.mydata", order = 310)
@Route(value = "affiliate/my-data", layout = AffiliateLayout.class)
@RouteAlias(value = "retiree/my-data", layout = RetireeLayout.class)
@RouteAlias(value = "company/my-data", layout = CompanyLayout.class)
@RouteAlias(value = "delegate/my-data", layout = DelegateLayout.class)
@RolesAllowed(Roles.REQUESTER)
class MyDataView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyPersonalData personalData;
    private final CurrentUser currentUser;

    MyDataView(MyPersonalData personalData, CurrentUser currentUser) {
        this.personalData = personalData;
        this.currentUser = currentUser;
        addClassName("my-data");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String space = SpaceGuard.requireOwnSpace(event, currentUser);
        removeAll();
        PersonalData data = personalData.mine();
        var privacy = new Anchor("privacy", getTranslation("mydata.privacyLink"));
        add(new H1(getTranslation("mydata.title")), new Paragraph(getTranslation("mydata.intro")), privacy);
        add(new PageSection(getTranslation("mydata.download.title"), downloads()));
        add(new PageSection(getTranslation("mydata.rectify.title"), rectify(space)));
        for (PersonalData.Section section : data.sections()) {
            add(section.single() ? record(section) : list(section));
        }
    }

    private FlexLayout downloads() {
        Locale locale = getLocale();
        // drawn when the link is followed, through the service: the access rule is checked then
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = personalData.pdf(locale);
            return new DownloadResponse(new ByteArrayInputStream(content), personalData.fileName("pdf"),
                    "application/pdf", content.length);
        }), getTranslation("mydata.download.pdf"));
        pdf.addClassName("my-data-pdf");
        // written straight to the response: the file never sits in the UI
        var json = new Anchor((DownloadHandler) event -> {
            event.setFileName(personalData.fileName("json"));
            event.setContentType("application/json");
            personalData.writeJson(event.getOutputStream());
        }, getTranslation("mydata.download.json"));
        json.addClassName("my-data-json");
        var links = new FlexLayout(pdf, json, new Paragraph(getTranslation("mydata.download.jsonHelp")));
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)");
        return links;
    }

    /** No correction is made here: each kind of data is corrected where the fund already handles it. */
    private VerticalLayout rectify(String space) {
        var ways = new VerticalLayout(new Paragraph(getTranslation("mydata.rectify.intro")));
        ways.setPadding(false);
        ways.addClassName("my-data-rectify");
        switch (space) {
            case "affiliate" -> ways.add(new Anchor("affiliate/contributions", getTranslation("mydata.rectify.anomaly")));
            case "retiree" -> ways.add(new Anchor("retiree/changes", getTranslation("mydata.rectify.changes")));
            default -> {
            }
        }
        ways.add(new Anchor(space + "/requests/new", getTranslation("mydata.rectify.request")));
        return ways;
    }

    private PageSection record(PersonalData.Section section) {
        var facts = new Facts();
        for (PersonalData.Field field : section.rows().getFirst().fields()) {
            facts.add(label(section, field), text(field));
        }
        var block = new PageSection(getTranslation(PersonalDataText.titleKey(section.name())), facts);
        block.addClassName("my-data-" + section.name());
        return block;
    }

    /** A list: how many, then one card per line, folded so that a long history does not bury the rest. */
    private PageSection list(PersonalData.Section section) {
        List<PersonalData.Row> rows = section.rows();
        PageSection block;
        if (rows.isEmpty()) {
            block = new PageSection(getTranslation(PersonalDataText.titleKey(section.name())),
                    new Paragraph(getTranslation("mydata.none")));
        } else {
            var cards = new Div();
            cards.addClassName("my-data-cards");
            for (PersonalData.Row row : rows) {
                var facts = new Facts();
                for (PersonalData.Field field : row.fields()) {
                    facts.add(label(section, field), text(field));
                }
                facts.addClassName("my-data-card");
                cards.add(facts);
            }
            var details = new Details(getTranslation("mydata.lines", rows.size()), cards);
            details.setOpened(rows.size() <= 3);
            block = new PageSection(getTranslation(PersonalDataText.titleKey(section.name())), details);
        }
        block.addClassName("my-data-" + section.name());
        return block;
    }

    private String label(PersonalData.Section section, PersonalData.Field field) {
        return getTranslation(PersonalDataText.labelKey(section.name(), field.name()));
    }

    private String text(PersonalData.Field field) {
        return PersonalDataText.of(field.value(), getLocale(), (key, locale) -> getTranslation(locale, key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title");
    }
}
