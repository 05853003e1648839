package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import ma.cimr.teleservices.shared.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: the team gets the whole trace in the log, the person one translated
 * sentence and the way home, never a stack trace (in development mode as in production).
 * When the database cannot be reached (DD038) it is not a defect of the page: the person reads
 * that the service is briefly unavailable and nothing was lost (503), the log gets one line.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String title = "";

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseOutage.causedBy(parameter.getCaughtException())) {
            log.warn("Could not open {}: the database cannot be reached ({})", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            add(heading(getTranslation("error.database.title")), new Paragraph(getTranslation("error.database.text")),
                    new Anchor(event.getLocation().getPath(), getTranslation("error.database.retry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        add(heading(getTranslation("error.internal.title")), new Paragraph(getTranslation("error.unexpected")),
                new Anchor("", getTranslation("nav.public.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The page's one heading is also the browser tab's title: a screen reader announces where the person is. */
    private H1 heading(String text) {
        title = text;
        return new H1(text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
