package ma.cimr.teleservices.pensionrun.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.pensionrun.CardActivations;
import ma.cimr.teleservices.pensionrun.PensionRunSummary;
import ma.cimr.teleservices.pensionrun.PensionRuns;
import ma.cimr.teleservices.pensionrun.RunFile;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import org.jspecify.annotations.Nullable;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The monthly pension runs for staff (DD037): each month's state, counts and bank files; the
 * button that starts the current month or resumes it where it stopped (supervisors and
 * administrators); and the RAHATI card activation that starts a first pension's catch-up (n°2).
 */
@Menu(title = "pensionrun.nav", order = 3.9)
@Route(value = "backoffice/pension-runs", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
class PensionRunsView extends VerticalLayout implements HasDynamicTitle {

    private final PensionRuns pensionRuns;
    private final Grid<PensionRunSummary> runs = new Grid<>();
    private final Grid<RunFile> files = new Grid<>();

    PensionRunsView(PensionRuns pensionRuns, CardActivations cards, CurrentUser currentUser) {
        this.pensionRuns = pensionRuns;
        PortalUser user = currentUser.require();
        Locale locale = getLocale();
        add(new H1(getTranslation("pensionrun.title")), new Paragraph(getTranslation("pensionrun.intro")));

        runs.addClassName("pension-runs");
        runs.addColumn(run -> Formats.month(YearMonth.from(run.duePeriod()), locale))
                .setHeader(getTranslation("pensionrun.month")).setAutoWidth(true);
        runs.addColumn(run -> getTranslation("pensionrun.status." + run.status().name()))
                .setHeader(getTranslation("pensionrun.state")).setAutoWidth(true);
        runs.addColumn(run -> Formats.shortDate(run.executionDate(), locale))
                .setHeader(getTranslation("pensionrun.executionDate")).setAutoWidth(true);
        runs.addColumn(run -> count(run.paid())).setHeader(getTranslation("pensionrun.paid")).setAutoWidth(true);
        runs.addColumn(run -> count(run.suspended())).setHeader(getTranslation("pensionrun.suspended")).setAutoWidth(true);
        runs.addColumn(run -> count(run.arrears())).setHeader(getTranslation("pensionrun.arrears")).setAutoWidth(true);
        runs.addColumn(run -> run.netTotal() == null ? "" : Formats.amount(run.netTotal(), locale))
                .setHeader(getTranslation("pensionrun.netTotal")).setAutoWidth(true);
        runs.addColumn(run -> run.completedAt() == null ? "" : Formats.dateTime(run.completedAt(), locale))
                .setHeader(getTranslation("pensionrun.completedAt")).setAutoWidth(true);
        runs.addColumn(run -> run.lastError() == null ? "" : run.lastError())
                .setHeader(getTranslation("pensionrun.lastError"));
        runs.setAllRowsVisible(true);
        runs.addSelectionListener(selection -> showFiles(selection.getFirstSelectedItem().orElse(null)));

        files.addClassName("pension-run-files");
        files.addColumn(RunFile::bankCode).setHeader(getTranslation("pensionrun.bank")).setAutoWidth(true);
        files.addColumn(RunFile::messageId).setHeader(getTranslation("pensionrun.message")).setAutoWidth(true);
        files.addColumn(file -> Integer.toString(file.transfers())).setHeader(getTranslation("pensionrun.transfers"))
                .setAutoWidth(true);
        files.addColumn(file -> Formats.amount(file.controlSum(), locale)).setHeader(getTranslation("pensionrun.controlSum"))
                .setAutoWidth(true);
        files.addColumn(file -> Formats.dateTime(file.sentAt(), locale)).setHeader(getTranslation("pensionrun.sentAt"));
        files.setAllRowsVisible(true);

        YearMonth month = pensionRuns.currentMonth();
        var start = new Button(getTranslation("pensionrun.start", Formats.month(month, locale)), click -> {
            if (Feedback.attempt(this, () -> {
                PensionRunSummary run = pensionRuns.start(month);
                Feedback.done(this, "pensionrun.started", Formats.month(month, locale), count(run.paid()),
                        count(run.suspended()), count(run.arrears()));
            })) {
                refresh();
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-run");
        start.setVisible(user.has(Role.SUPERVISOR) || user.has(Role.ADMINISTRATOR));

        var number = new TextField(getTranslation("pensionrun.card.number"));
        number.addClassName("card-number");
        var activatedOn = new PortalDatePicker(getTranslation("pensionrun.card.date"));
        activatedOn.addClassName("card-date");
        var activate = new Button(getTranslation("pensionrun.card.activate"), click -> {
            if (activatedOn.getValue() == null) {
                Feedback.problem(this, "validation.required");
                return;
            }
            Feedback.attempt(this, () -> {
                cards.activate(number.getValue(), activatedOn.getValue());
                int paid = cards.payCatchUps();
                Feedback.done(this, "pensionrun.card.activated", number.getValue().strip().toUpperCase(Locale.ROOT), paid);
            });
        });
        activate.addClassName("activate-card");
        var cardForm = new VerticalLayout(new Paragraph(getTranslation("pensionrun.card.intro")), number, activatedOn,
                activate);
        cardForm.setPadding(false);
        cardForm.setVisible(user.has(Role.AGENT) || user.has(Role.SUPERVISOR));

        add(start, new PageSection(getTranslation("pensionrun.runs"), runs),
                new PageSection(getTranslation("pensionrun.files"), files),
                new PageSection(getTranslation("pensionrun.card.title"), cardForm));
        refresh();
    }

    private void refresh() {
        List<PensionRunSummary> all = pensionRuns.runs();
        runs.setItems(all);
        showFiles(all.isEmpty() ? null : all.getFirst());
    }

    private void showFiles(@Nullable PensionRunSummary run) {
        files.setItems(run == null ? List.of() : pensionRuns.files(YearMonth.from(run.duePeriod())));
    }

    private static String count(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pensionrun.title");
    }
}
