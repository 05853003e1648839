package ma.cimr.teleservices.home.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.shared.ContactChannels;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import org.springframework.beans.factory.annotation.Value;

import java.util.List;

/**
 * The privacy notice Moroccan law 09-08 requires of whoever processes personal data: who processes
 * it, why, what, who receives it, how long it is kept, the person's rights and how to use them, and
 * the number of the fund's declaration to the CNDP (a setting: the fund declares each processing).
 */
@Route(value = "privacy", layout = PublicLayout.class)
@AnonymousAllowed
class PrivacyNoticeView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> SECTIONS = List.of("controller", "purposes", "data", "recipients", "retention",
            "security");

    PrivacyNoticeView(ContactChannels contact,
                      @Value("${portal.privacy.cndp-declaration:}") String cndpDeclaration) {
        addClassName("privacy-notice");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")));
        for (String section : SECTIONS) {
            add(new PageSection(getTranslation("privacy." + section + ".title"),
                    new Paragraph(getTranslation("privacy." + section + ".text"))));
        }
        var rights = new UnorderedList();
        for (String right : List.of("access", "rectification", "opposition")) {
            rights.add(new ListItem(getTranslation("privacy.rights." + right)));
        }
        add(new PageSection(getTranslation("privacy.rights.title"), rights,
                new Paragraph(getTranslation("privacy.rights.how", contact.postalAddress(), contact.phone()))));
        var declaration = new Paragraph(cndpDeclaration.isBlank()
                ? getTranslation("privacy.cndp.pending")
                : getTranslation("privacy.cndp.number", cndpDeclaration));
        declaration.addClassName("privacy-cndp");
        add(new PageSection(getTranslation("privacy.cndp.title"), declaration,
                new Paragraph(getTranslation("privacy.cndp.complaint"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
