package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.account.SecondFactorService;
import ma.cimr.teleservices.shell.ui.PublicLayout;

import java.util.List;

/**
 * The ten recovery codes of a new enrolment, shown this once: the session forgets them as the
 * page shows them, and the database keeps only their hashes (DD021).
 */
@Route(value = "second-factor/recovery-codes", layout = PublicLayout.class)
@PermitAll
class RecoveryCodesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    RecoveryCodesView() {
        addClassName("recovery-codes-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var session = VaadinSession.getCurrent().getSession();
        Object codes = session.getAttribute(SecondFactorService.NEW_RECOVERY_CODES);
        session.removeAttribute(SecondFactorService.NEW_RECOVERY_CODES);
        if (!(codes instanceof List<?> list) || list.isEmpty()) {
            event.forwardTo("my-space");
            return;
        }
        var shown = new UnorderedList();
        shown.addClassName("recovery-codes");
        list.forEach(code -> shown.add(new ListItem(String.valueOf(code))));
        var next = new Anchor("my-space", getTranslation("login.secondFactor.recoveryCodes.continue"));
        next.addClassName("recovery-codes-continue");
        add(new H1(getTranslation("login.secondFactor.recoveryCodes.heading")),
                new Paragraph(getTranslation("login.secondFactor.recoveryCodes.help")), shown, next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.secondFactor.recoveryCodes.title");
    }
}
