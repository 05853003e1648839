package ma.cimr.teleservices.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.notification.EmailGateway;
import ma.cimr.teleservices.notification.RecordingEmailGateway;
import ma.cimr.teleservices.notification.RecordingSmsGateway;
import ma.cimr.teleservices.notification.SmsGateway;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo inbox of the development run (issue 14): the e-mails and SMS the portal "sent" through
 * the recording gateways, newest first, their links clickable, so a newcomer can follow an
 * activation, a recovery code or an acknowledgement by hand. It exists only while a recording
 * gateway is in use, which the production profile refuses: there it is "page not found".
 */
@Route(value = "dev/inbox", layout = PublicLayout.class)
@AnonymousAllowed
class DevInboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final EmailGateway emails;
    private final SmsGateway sms;

    DevInboxView(EmailGateway emails, SmsGateway sms) {
        this.emails = emails;
        this.sms = sms;
        addClassName("dev-inbox");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!(emails instanceof RecordingEmailGateway) && !(sms instanceof RecordingSmsGateway)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("devInbox.title")), new Paragraph(getTranslation("devInbox.intro")));
        add(new H2(getTranslation("devInbox.emails")));
        if (emails instanceof RecordingEmailGateway recording) {
            List<RecordingEmailGateway.Email> received = recording.received();
            if (received.isEmpty()) {
                add(new Paragraph(getTranslation("devInbox.none")));
            }
            received.forEach(email -> add(message(email.to(), email.subject(),
                    Formats.dateTime(email.receivedAt(), getLocale()), email.body())));
        } else {
            add(new Paragraph(getTranslation("devInbox.emails.smtp")));
        }
        add(new H2(getTranslation("devInbox.sms")));
        if (sms instanceof RecordingSmsGateway recording) {
            List<RecordingSmsGateway.Sms> sent = recording.sent().reversed();
            if (sent.isEmpty()) {
                add(new Paragraph(getTranslation("devInbox.none")));
            }
            sent.forEach(text -> add(message(text.phoneNumber(), null, null, text.text())));
        } else {
            add(new Paragraph(getTranslation("devInbox.sms.gateway")));
        }
    }

    private Component message(String to, @Nullable String subject, @Nullable String when, String body) {
        var card = new Div();
        card.addClassName("dev-inbox-message");
        card.add(new H3(subject == null ? to : subject));
        card.add(new Paragraph(getTranslation("devInbox.to", to) + (when == null ? "" : " · " + when)));
        var text = new Paragraph();
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Matcher link = LINK.matcher(body);
        int from = 0;
        while (link.find()) {
            text.add(new Text(body.substring(from, link.start())));
            var anchor = new Anchor(link.group(), link.group());
            anchor.addClassName("dev-inbox-link");
            text.add(anchor);
            from = link.end();
        }
        text.add(new Text(body.substring(from)));
        card.add(text);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devInbox.title");
    }
}
