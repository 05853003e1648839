package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import ma.cimr.teleservices.shared.ui.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An unexpected failure during an action: logged in full for the team, shown to the user as one
 * translated sentence, never as a stack trace.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the user interface", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Feedback.unexpected(ui);
            }
        }));
    }
}
