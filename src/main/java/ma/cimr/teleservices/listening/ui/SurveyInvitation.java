package ma.cimr.teleservices.listening.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import ma.cimr.teleservices.listening.Survey;
import ma.cimr.teleservices.listening.Surveys;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shell.Space;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * The discreet invitation to the survey (DD042): the first time a signed-in person opens a page of
 * their space while a survey period is open, a small notice in the corner asks them to answer, with
 * a button to the survey and one to dismiss it. Once per period (the survey records it), and looked
 * up once per session, not at every page. Nothing blocks the page; the survey stays under « Votre
 * avis » until the period ends.
 */
@Component
class SurveyInvitation implements VaadinServiceInitListener {

    private static final Set<String> SPACES = Set.of(Space.COMPANY.route(), Space.DELEGATE.route(),
            Space.AFFILIATE.route(), Space.RETIREE.route());
    private static final Logger log = LoggerFactory.getLogger(SurveyInvitation.class);
    private static final String LOOKED_UP = SurveyInvitation.class.getName() + ".lookedUp";

    private final Surveys surveys;
    private final CurrentUser currentUser;

    SurveyInvitation(Surveys surveys, CurrentUser currentUser) {
        this.surveys = surveys;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addAfterNavigationListener(this::afterNavigation));
    }

    private void afterNavigation(AfterNavigationEvent event) {
        String space = event.getLocation().getFirstSegment();
        VaadinSession session = VaadinSession.getCurrent();
        PortalUser user = currentUser.find().orElse(null);
        if (!SPACES.contains(space) || session == null || user == null || user.kind() == AccountKind.STAFF
                || !space.equals(Space.of(user.kind()).route()) || session.getAttribute(LOOKED_UP) != null) {
            return;
        }
        Optional<Survey> survey;
        try {
            survey = surveys.invitation();
        } catch (RuntimeException e) {
            // an invitation is never worth a page: the database briefly away, the page opens without it
            // (and the next page tries again)
            log.warn("survey invitation not looked up: {}", e.toString());
            return;
        }
        session.setAttribute(LOOKED_UP, Boolean.TRUE);
        survey.ifPresent(open -> invite(UI.getCurrent(), open, space));
    }

    private static void invite(UI ui, Survey survey, String space) {
        var notification = new Notification();
        notification.addClassName("survey-invitation");
        notification.setPosition(Notification.Position.BOTTOM_END);
        var text = new Span(ui.getTranslation("survey.invitation", survey.questions().size()));
        var answer = new Button(ui.getTranslation("survey.invitation.answer"), click -> {
            notification.close();
            ui.navigate(space + "/" + FeedbackView.PUBLIC_ROUTE);
        });
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClassName("survey-invitation-answer");
        var later = new Button(ui.getTranslation("survey.invitation.later"), click -> notification.close());
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.addClassName("survey-invitation-later");
        var content = new HorizontalLayout(text, answer, later);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        content.setWrap(true);
        notification.add(content);
        notification.open();
    }
}
