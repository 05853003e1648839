package ma.cimr.teleservices.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import ma.cimr.teleservices.audit.AccessReason;
import ma.cimr.teleservices.audit.PersonFile;
import ma.cimr.teleservices.audit.StaffAccesses;
import ma.cimr.teleservices.shared.ui.Feedback;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashSet;
import java.util.Set;

/**
 * Asks a staff member why they open a person's file before the screen shows it (law 09-08, DD041):
 * a short choice and a sentence, recorded for the person to read. Asked once per person and staff
 * session: the same agent coming back to the same file in the same session is not asked again, a
 * new session asks again. Until a reason is given the screen holds this form and nothing of the file.
 */
public final class AccessReasonGate extends VerticalLayout {

    private static final String JUSTIFIED = AccessReasonGate.class.getName() + ".justified";

    private AccessReasonGate(StaffAccesses accesses, PersonFile person, String route, Runnable recorded) {
        addClassName("access-reason-gate");
        setPadding(false);
        setMaxWidth("40em");
        var reason = new Select<AccessReason>();
        reason.setLabel(getTranslation("accesslog.gate.reason"));
        reason.setItems(AccessReason.values());
        reason.setItemLabelGenerator(choice -> getTranslation("accesslog.reason." + choice.name()));
        reason.addClassName("access-reason");
        reason.setWidthFull();
        var text = new TextArea(getTranslation("accesslog.gate.text"));
        text.setHelperText(getTranslation("accesslog.gate.textHelp"));
        text.setMaxLength(StaffAccesses.MAX_TEXT);
        text.addClassName("access-reason-text");
        text.setWidthFull();
        var open = new Button(getTranslation("accesslog.gate.open"), click -> {
            if (Feedback.attempt(this, () -> accesses.record(person, reason.getValue(), text.getValue(), route))) {
                justified().add(person);
                recorded.run();
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("access-reason-open");
        add(new Paragraph(getTranslation("accesslog.gate.intro")), reason, text, open);
    }

    /**
     * Shows the file at once when this session already gave a reason for this person; otherwise puts
     * the question on the screen, in place of everything, and shows the file once it is answered.
     *
     * @param route the screen's own route, recorded with the reason
     * @param show  draws the file on the screen (it may clear the screen first)
     */
    public static <S extends Component & HasComponents> void guard(S screen, StaffAccesses accesses, PersonFile person,
                                                                   String route, Runnable show) {
        if (justified().contains(person)) {
            show.run();
            return;
        }
        screen.removeAll();
        var title = new H1(screen.getTranslation("accesslog.gate.title"));
        var gate = new AccessReasonGate(accesses, person, route, () -> {
            screen.removeAll();
            show.run();
        });
        screen.add(title, gate);
    }

    /**
     * For a screen listing several people (a work queue): opens one person's data (a document's file)
     * at once if this session gave a reason for them, else after asking in a dialog.
     */
    public static void ask(StaffAccesses accesses, PersonFile person, String route, Runnable open) {
        if (justified().contains(person)) {
            open.run();
            return;
        }
        var dialog = new Dialog();
        dialog.addClassName("access-reason-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("accesslog.gate.title"));
        dialog.add(new AccessReasonGate(accesses, person, route, () -> {
            dialog.close();
            open.run();
        }));
        dialog.getFooter().add(new Button(dialog.getTranslation("accesslog.gate.cancel"), click -> dialog.close()));
        dialog.open();
    }

    /** Whether this session already said why it opens this person's file. */
    public static boolean justified(PersonFile person) {
        return justified().contains(person);
    }

    /**
     * The files this staff member gave a reason for in this session. Kept per login as well: a session
     * is one person's, but a desk shared without signing out must not pass one agent's reasons to the next.
     */
    @SuppressWarnings("unchecked")
    private static Set<PersonFile> justified() {
        VaadinSession session = VaadinSession.getCurrent();
        Authentication staff = SecurityContextHolder.getContext().getAuthentication();
        String key = JUSTIFIED + "." + (staff == null ? "" : staff.getName());
        if (session.getAttribute(key) instanceof Set<?> existing) {
            return (Set<PersonFile>) existing;
        }
        Set<PersonFile> fresh = new HashSet<>();
        session.setAttribute(key, fresh);
        return fresh;
    }
}
