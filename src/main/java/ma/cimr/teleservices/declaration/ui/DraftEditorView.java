package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.DeclarationDetail;
import ma.cimr.teleservices.declaration.DeclarationSummary;
import ma.cimr.teleservices.declaration.DeclarationChannel;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.declaration.DeclaredLine;
import ma.cimr.teleservices.declaration.SalaryDeclarations;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Bidi;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.util.Locale;

/**
 * The draft by form: its lines (one per affiliate), each changed or removed in a dialog, a new one
 * added; the totals follow every change, since the service prices the line and keeps them on the
 * declaration. Each change is saved at once: "Enregistrer le brouillon" only goes back to the
 * history, "Vérifier et déposer" to the comparison with the previous period.
 */
@Route(value = Paths.HISTORY + "/:id([0-9]+)/edit", layout = CompanyLayout.class)
@RolesAllowed(Roles.DECLARATION)
class DraftEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SalaryDeclarations declarations;
    private Paragraph totals = new Paragraph();
    private Grid<DeclaredLine> grid = new Grid<>();
    private long id;

    DraftEditorView(SalaryDeclarations declarations) {
        this.declarations = declarations;
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        DeclarationDetail draft;
        try {
            draft = declarations.detail(id);
        } catch (Refusal refusal) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (draft.summary().status() != DeclarationStatus.DRAFT
                || draft.summary().channel() != DeclarationChannel.FORM) {
            event.forwardTo(Paths.declaration(id));
            return;
        }
        // entered again, not rebuilt, when a link leads from one draft to another (DD047): nothing of the
        // last draft's grid (its sort, its scroll, its rows) is kept
        removeAll();
        DeclarationSummary summary = draft.summary();
        add(new H1(getTranslation("declaration.form.draftTitle", summary.period().toString(), summary.categoryCode())),
                new Paragraph(draft.adherentNumber() + " — " + draft.companyName()));
        totals = new Paragraph();
        totals.addClassName("draft-totals");
        add(totals);

        Locale locale = getLocale();
        grid = new Grid<>();
        grid.addClassName("draft-lines");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DeclaredLine::identifier).setHeader(getTranslation("declaration.form.identifier")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Bidi.text(DeclaredLine::name)).setHeader(getTranslation("declaration.form.name")).setFlexGrow(2);
        grid.addColumn(l -> Formats.amount(l.salary(), locale)).setHeader(getTranslation("declaration.form.salary"))
                .setAutoWidth(true);
        grid.addColumn(DeclaredLine::days).setHeader(getTranslation("declaration.form.days")).setAutoWidth(true);
        grid.addColumn(l -> l.entry() == null && l.exit() == null ? ""
                        : Formats.shortDate(l.entry(), locale) + " → " + Formats.shortDate(l.exit(), locale))
                .setHeader(getTranslation("declaration.form.dates"));
        grid.addColumn(l -> Formats.amount(l.contributions(), locale))
                .setHeader(getTranslation("declaration.form.contributions")).setAutoWidth(true);
        grid.addComponentColumn(line -> lineActions(line, summary.period())).setHeader(getTranslation("declaration.form.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("declaration.form.noLine"));

        var add = new Button(getTranslation("declaration.form.addLine"), click -> new LineDialog(null, summary.period(),
                entry -> {
                    declarations.addLine(id, entry);
                    refresh();
                }).open());
        add.addClassName("add-line");
        add(add, grid);

        var save = new Button(getTranslation("declaration.form.saveDraft"), click -> {
            Feedback.done(this, "declaration.form.saved");
            getUI().ifPresent(ui -> ui.navigate(Paths.HISTORY));
        });
        save.addClassName("save-draft");
        var review = new Button(getTranslation("declaration.form.review"),
                click -> getUI().ifPresent(ui -> ui.navigate(Paths.declaration(id))));
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClassName("review-declaration");
        var delete = new Button(getTranslation("declaration.form.deleteDraft"), click -> {
            if (Feedback.attempt(this, () -> declarations.delete(id))) {
                Feedback.done(this, "declaration.form.deleted");
                getUI().ifPresent(ui -> ui.navigate(Paths.HISTORY));
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("delete-draft");
        var actions = new HorizontalLayout(save, review, delete);
        actions.setWrap(true);
        add(actions);
        refresh();
    }

    private HorizontalLayout lineActions(DeclaredLine line, DuePeriod period) {
        var change = new Button(getTranslation("declaration.form.change"), click -> new LineDialog(line, period,
                entry -> {
                    declarations.changeLine(id, line.lineNumber(), entry);
                    refresh();
                }).open());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.addClassName("change-line");
        var remove = new Button(getTranslation("declaration.form.remove"), click -> {
            if (Feedback.attempt(this, () -> declarations.removeLine(id, line.lineNumber()))) {
                refresh();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-line");
        var actions = new HorizontalLayout(change, remove);
        actions.setSpacing(false);
        return actions;
    }

    private void refresh() {
        DeclarationDetail draft = declarations.detail(id);
        DeclarationSummary summary = draft.summary();
        Locale locale = getLocale();
        totals.setText(getTranslation("declaration.form.totals", String.valueOf(summary.lineCount()),
                Formats.amount(summary.totalSalary(), locale), Formats.amount(summary.totalEmployee(), locale),
                Formats.amount(summary.totalEmployer(), locale), Formats.amount(summary.totalContributions(), locale)));
        grid.setItems(draft.lines());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.form.editorTitle");
    }
}
