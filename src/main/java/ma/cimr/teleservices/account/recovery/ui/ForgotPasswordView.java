package ma.cimr.teleservices.account.recovery.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.recovery.PasswordRecovery;
import ma.cimr.teleservices.account.recovery.RecoveryStep;
import ma.cimr.teleservices.account.recovery.RecoveryStep.AnswerSecretQuestions;
import ma.cimr.teleservices.account.recovery.RecoveryStep.PasswordChanged;
import ma.cimr.teleservices.account.recovery.RecoveryStep.ProveIdentity;
import ma.cimr.teleservices.account.recovery.RecoveryStep.Refused;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A forgotten password, in three steps: the login; the code e-mailed to the confirmed address;
 * then the secret answers (or, for an affiliate, the CIN and birth date) with the new password.
 * The first two steps show exactly the same page whatever the login is: only a right code, which
 * only the mailbox's owner has, leads further. The attempt's handle stays on the server, in this view.
 */
@Route(value = "forgot-password", layout = PublicLayout.class)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Refusals about what proves the person (answers, CIN and birth date), not about the new password. */
    private static final Set<String> PROOF_REFUSALS = Set.of("recovery.error.answers", "recovery.error.identity");

    private final PasswordRecovery recovery;

    ForgotPasswordView(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        askLogin(null);
    }

    private void askLogin(@Nullable String noticeKey) {
        removeAll();
        add(new H1(getTranslation("recovery.password.title")));
        if (noticeKey != null) {
            var notice = new Paragraph(getTranslation(noticeKey));
            notice.addClassName("recovery-notice");
            add(notice);
        }
        var login = new TextField(getTranslation("login.username"));
        login.addClassName("recovery-login");
        var send = new Button(getTranslation("recovery.password.send"), click -> {
            if (login.getValue().isBlank()) {
                login.setInvalid(true);
                login.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            askCode(recovery.start(login.getValue(), getLocale()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-code");
        add(new Paragraph(getTranslation("recovery.password.intro")), login, send, otherCases());
    }

    private void askCode(String handle) {
        removeAll();
        var sent = new Paragraph(getTranslation("recovery.password.sent"));
        sent.addClassName("recovery-sent");
        var code = new TextField(getTranslation("recovery.password.code"));
        code.addClassName("recovery-code");
        var check = new Button(getTranslation("recovery.password.check"), click -> {
            RecoveryStep step = recovery.checkCode(handle, code.getValue());
            switch (step) {
                case AnswerSecretQuestions questions -> askAnswers(handle, questions.questions());
                case ProveIdentity identity -> askIdentity(handle);
                case Refused refused when refused.startOver() -> askLogin(refused.messageKey());
                case Refused refused -> {
                    code.setInvalid(true);
                    code.setErrorMessage(getTranslation(refused.messageKey()));
                }
                case PasswordChanged done -> showDone(done.login());
            }
        });
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check-code");
        var restart = new Button(getTranslation("recovery.password.restart"), click -> askLogin(null));
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        restart.addClassName("restart");
        add(new H1(getTranslation("recovery.password.title")), sent, code, check, restart, otherCases());
    }

    private void askAnswers(String handle, List<String> questions) {
        removeAll();
        // the questions are the ones chosen for this login: shown as they were written
        List<TextField> answers = questions.stream().map(question -> {
            var answer = new TextField(question);
            // a French question in an Arabic page keeps its question mark at its end
            answer.addClassNames("recovery-answer", "own-direction");
            answer.setRequiredIndicatorVisible(true);
            answer.setWidthFull();
            return answer;
        }).toList();
        add(new H1(getTranslation("recovery.password.title")), new Paragraph(getTranslation("recovery.password.answersIntro")));
        answers.forEach(this::add);
        add(new ChoosePasswordForm("recovery.password.reset", "reset-password",
                password -> outcome(answers, () -> recovery.resetWithAnswers(handle,
                        answers.stream().map(TextField::getValue).toList(), password, getLocale())),
                this::showDone));
    }

    private void askIdentity(String handle) {
        removeAll();
        var cin = new TextField(getTranslation("affiliate.cin"));
        cin.addClassName("recovery-cin");
        cin.setRequiredIndicatorVisible(true);
        var birthDate = new PortalDatePicker(getTranslation("affiliate.birthDate"));
        birthDate.setMax(LocalDate.now());
        // the calendar opens among birth years, not on today
        birthDate.setInitialPosition(LocalDate.now().minusYears(40));
        birthDate.addClassName("recovery-birth-date");
        birthDate.setRequiredIndicatorVisible(true);
        add(new H1(getTranslation("recovery.password.title")), new Paragraph(getTranslation("recovery.password.identityIntro")),
                cin, birthDate, new ChoosePasswordForm("recovery.password.reset", "reset-password",
                        password -> outcome(List.of(cin, birthDate), () -> recovery.resetWithIdentity(handle,
                                cin.getValue(), birthDate.getValue(), password, getLocale())),
                        this::showDone));
    }

    /**
     * The login once the password is set, as ChoosePasswordForm expects it. Wrong answers (or a
     * wrong CIN and birth date) are said under those fields, not under the new password; a
     * refusal of the password itself goes back to the form.
     */
    private @Nullable String outcome(List<? extends HasValidation> proofs, Supplier<RecoveryStep> attempt) {
        proofs.forEach(field -> field.setInvalid(false));
        RecoveryStep step = attempt.get();
        if (step instanceof PasswordChanged done) {
            return done.login();
        }
        Refused refused = (Refused) step;
        if (refused.startOver()) {
            askLogin(refused.messageKey());
            return null;
        }
        if (PROOF_REFUSALS.contains(refused.messageKey())) {
            proofs.forEach(field -> field.setInvalid(true));
            proofs.getFirst().setErrorMessage(getTranslation(refused.messageKey()));
            return null;
        }
        throw new Refusal(refused.messageKey());
    }

    private void showDone(String login) {
        removeAll();
        var done = new Paragraph(getTranslation("recovery.password.done", login));
        done.addClassName("recovery-done");
        add(new H1(getTranslation("recovery.password.title")), done, new Anchor("login", getTranslation("action.login")));
    }

    /** Who cannot use this page, and where they go: the same on every step. */
    private PageSection otherCases() {
        // paths, not classes: the pages are in this feature but reached as any link would
        var letters = new Anchor("delegate-letters", getTranslation("recovery.password.delegateLetters"));
        letters.addClassName("delegate-letters-link");
        var forgotLogin = new Anchor("forgot-login", getTranslation("recovery.password.forgotLogin"));
        return new PageSection(getTranslation("recovery.password.others"),
                new Paragraph(getTranslation("recovery.password.companyUsers")),
                new Paragraph(getTranslation("recovery.password.delegates")), letters,
                new Paragraph(getTranslation("recovery.password.affiliates")), forgotLogin);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.password.title");
    }
}
