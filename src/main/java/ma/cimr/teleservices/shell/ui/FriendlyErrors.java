package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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
                Notification notification = Notification.show(ui.getTranslation("error.unexpected"), 6000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
