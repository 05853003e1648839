package ma.cimr.teleservices.notification.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.notification.FailedMessage;
import ma.cimr.teleservices.notification.FailedMessages;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

/** The e-mails and SMS the outbox gave up on: retry one once its cause is fixed, or give it up for good. */
@Menu(title = "nav.backoffice.failedMessages", order = 9.5)
@Route(value = "backoffice/outbox", layout = BackofficeLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
class FailedMessagesView extends VerticalLayout implements HasDynamicTitle {

    private final FailedMessages messages;
    private final Grid<FailedMessage> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    FailedMessagesView(FailedMessages messages) {
        this.messages = messages;
        setSizeFull();
        add(new H1(getTranslation("outbox.failed.title")), new Paragraph(getTranslation("outbox.failed.intro")), count);
        grid.setId("failed-messages");
        grid.addColumn(m -> Formats.dateTime(m.createdAt(), getLocale())).setHeader(getTranslation("outbox.failed.created")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("outbox.channel." + m.channel())).setHeader(getTranslation("outbox.failed.channel")).setAutoWidth(true);
        grid.addColumn(FailedMessage::maskedRecipient).setHeader(getTranslation("outbox.failed.recipient")).setAutoWidth(true);
        grid.addColumn(m -> m.subject() == null ? "" : m.subject()).setHeader(getTranslation("outbox.failed.subject"));
        grid.addColumn(FailedMessage::attempts).setHeader(getTranslation("outbox.failed.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("outbox.failed.error"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("outbox.failed.actions")).setAutoWidth(true);
        addAndExpand(grid);
        refresh();
    }

    private HorizontalLayout actions(FailedMessage message) {
        var retry = new Button(getTranslation("outbox.failed.retry"), click -> {
            if (Feedback.attempt(this, () -> messages.retry(message.id()))) {
                Feedback.done(this, "outbox.failed.retried");
                refresh();
            }
        });
        retry.addClassName("retry-message");
        var abandon = new Button(getTranslation("outbox.failed.abandon"), click -> confirmAbandon(message).open());
        abandon.addThemeVariants(ButtonVariant.LUMO_ERROR);
        abandon.addClassName("abandon-message");
        return new HorizontalLayout(retry, abandon);
    }

    private ConfirmDialog confirmAbandon(FailedMessage message) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("outbox.failed.abandon.title"));
        dialog.setText(getTranslation("outbox.failed.abandon.text", message.maskedRecipient()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("outbox.failed.abandon"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            if (Feedback.attempt(this, () -> messages.abandon(message.id()))) {
                Feedback.done(this, "outbox.failed.abandoned");
                refresh();
            }
        });
        return dialog;
    }

    private void refresh() {
        int total = messages.count();
        count.setText(getTranslation("outbox.failed.count", total));
        grid.setItems(query -> messages.list(query.getOffset(), query.getLimit()).stream(), query -> messages.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.failedMessages");
    }
}
