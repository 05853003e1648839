package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.database.DatabaseOutage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What no screen caught. A {@link Refusal} (a rule said no, e.g. a rate limit reached on any
 * page) is shown in its own words and is not a defect; anything else is an unexpected failure,
 * logged in full for the team and shown to the user as one translated sentence, never as a stack trace.
 * A database that cannot be reached is neither (DD038): the user is told the service is briefly
 * unavailable and to try again, the log gets one line instead of a trace per click.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            Refusal refusal = refusalIn(error.getThrowable());
            if (refusal != null) {
                if (ui != null) {
                    Feedback.refused(ui, refusal);
                }
                return;
            }
            if (DatabaseOutage.causedBy(error.getThrowable())) {
                log.warn("The database cannot be reached: {}", error.getThrowable().toString());
                if (ui != null) {
                    Feedback.problem(ui, "error.database.text");
                }
                return;
            }
            log.error("Unexpected error in the user interface", error.getThrowable());
            if (ui != null) {
                Feedback.unexpected(ui);
            }
        }));
    }

    private static @Nullable Refusal refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
