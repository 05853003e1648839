package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.DeclarationDetail;
import ma.cimr.teleservices.declaration.DeclarationDocument;
import ma.cimr.teleservices.declaration.DeclarationSummary;
import ma.cimr.teleservices.declaration.DeclarationChannel;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.declaration.DeclaredLine;
import ma.cimr.teleservices.declaration.FiledDeclaration;
import ma.cimr.teleservices.declaration.LineProblem;
import ma.cimr.teleservices.declaration.PeriodComparison;
import ma.cimr.teleservices.declaration.SalaryDeclarations;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Bidi;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One declaration. A draft: the comparison with the previous period (joiners, leavers, the missing,
 * salary jumps, the total's change) and the lines the fund's data contradicts, then "Déposer" or
 * "Revenir". A filed one: where it stands, its totals and lines, the receipt in French and Arabic,
 * the file as sent, and the way to ask a cancellation or a recall.
 */
@Route(value = Paths.HISTORY + "/:id([0-9]+)", layout = CompanyLayout.class)
@RolesAllowed(Roles.DECLARATION)
class DeclarationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SalaryDeclarations declarations;
    private long id;

    DeclarationView(SalaryDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        DeclarationDetail detail;
        try {
            detail = declarations.detail(id);
        } catch (Refusal refusal) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(detail);
    }

    private void show(DeclarationDetail detail) {
        removeAll();
        DeclarationSummary summary = detail.summary();
        add(new H1(getTranslation("declaration.review.title", summary.period().toString(), summary.categoryCode())),
                new Paragraph(detail.adherentNumber() + " — " + detail.companyName()));
        if (summary.status() == DeclarationStatus.DRAFT) {
            review(detail);
        } else {
            filed(detail);
        }
    }

    // --- a draft: compare, then file or go back ---

    private void review(DeclarationDetail detail) {
        DeclarationSummary summary = detail.summary();
        Locale locale = getLocale();
        PeriodComparison comparison = declarations.compare(id);
        add(new Paragraph(getTranslation("declaration.review.intro")));
        BigDecimal percent = comparison.salaryChangePercent();
        var figures = new Facts()
                .add(getTranslation("declaration.review.source"), getTranslation("declaration.review.source."
                        + comparison.source().name(), comparison.previousPeriod().toString()))
                .add(getTranslation("declaration.review.lines"), String.valueOf(summary.lineCount()))
                .add(getTranslation("declaration.review.previousSalary"), Formats.amount(comparison.previousSalary(), locale))
                .add(getTranslation("declaration.review.currentSalary"), Formats.amount(comparison.currentSalary(), locale))
                .add(getTranslation("declaration.review.salaryChange"), signed(comparison.salaryChange(), locale)
                        + (percent == null ? "" : " (" + signed(percent, locale) + " %)"))
                .add(getTranslation("declaration.review.contributions"), Formats.amount(summary.totalContributions(), locale))
                .add(getTranslation("declaration.review.contributionsChange"), signed(comparison.contributionsChange(), locale));
        figures.addClassName("comparison-figures");
        add(new PageSection(getTranslation("declaration.review.totals"), figures));
        add(changes("declaration.review.joiners", "comparison-joiners", comparison.joiners()));
        add(changes("declaration.review.leavers", "comparison-leavers", comparison.leavers()));
        add(changes("declaration.review.missing", "comparison-missing", comparison.missing()));
        add(changes(getTranslation("declaration.review.jumps", comparison.jumpPercent()), "comparison-jumps",
                comparison.salaryJumps()));
        List<LineProblem> problems = declarations.problems(id);
        if (!problems.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("line-problems");
            problems.forEach(problem -> list.add(new ListItem(getTranslation(problem.key(), problem.arguments().toArray()))));
            add(new PageSection(getTranslation("declaration.review.problems"), list));
        }
        var file = new Button(getTranslation("declaration.review.file"), click -> {
            FiledDeclaration[] filed = new FiledDeclaration[1];
            if (Feedback.attempt(this, () -> filed[0] = declarations.file(id))) {
                Feedback.done(this, "declaration.review.filed", filed[0].requestReference(),
                        Formats.date(filed[0].dueDate(), getLocale()));
                show(declarations.detail(id));
            }
        });
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClassName("file-declaration");
        var back = new Button(getTranslation("declaration.review.back"), click -> getUI().ifPresent(ui -> ui.navigate(
                summary.channel() == DeclarationChannel.FORM ? Paths.editor(id) : Paths.HISTORY)));
        back.addClassName("back-to-draft");
        var actions = new HorizontalLayout(file, back);
        actions.setWrap(true);
        add(actions);
    }

    private Component changes(String titleKeyOrText, String className, List<PeriodComparison.Change> changes) {
        Locale locale = getLocale();
        String title = titleKeyOrText.startsWith("declaration.") ? getTranslation(titleKeyOrText) : titleKeyOrText;
        var grid = new Grid<PeriodComparison.Change>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PeriodComparison.Change::identifier).setHeader(getTranslation("declaration.form.identifier"))
                .setAutoWidth(true);
        grid.addColumn(Bidi.text(PeriodComparison.Change::name)).setHeader(getTranslation("declaration.form.name"));
        grid.addColumn(c -> Formats.amount(c.previousSalary(), locale)).setHeader(getTranslation("declaration.review.before"));
        grid.addColumn(c -> Formats.amount(c.currentSalary(), locale)).setHeader(getTranslation("declaration.review.now"));
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("declaration.review.none"));
        return new PageSection(title + " (" + changes.size() + ")", grid);
    }

    private static String signed(BigDecimal value, Locale locale) {
        String amount = Formats.amount(value.abs(), locale);
        return value.signum() < 0 ? "−" + amount : value.signum() > 0 ? "+" + amount : amount;
    }

    // --- a filed declaration ---

    private void filed(DeclarationDetail detail) {
        DeclarationSummary summary = detail.summary();
        Locale locale = getLocale();
        var facts = new Facts()
                .add(getTranslation("declaration.history.status"), getTranslation("declaration.history.statusName." + summary.status().name()))
                .add(getTranslation("declaration.history.kind"), getTranslation("declaration.history.kindName." + summary.kind().name()))
                .add(getTranslation("declaration.history.channel"), getTranslation("declaration.history.channelName." + summary.channel().name()))
                .add(getTranslation("declaration.history.filedAt"), Formats.dateTime(summary.filedAt(), locale))
                .add(getTranslation("declaration.history.receipt.request"), java.util.Objects.toString(summary.requestReference(), ""))
                .add(getTranslation("declaration.history.lines"), String.valueOf(summary.lineCount()))
                .add(getTranslation("declaration.history.receipt.totalSalary"), Formats.amount(summary.totalSalary(), locale))
                .add(getTranslation("declaration.history.receipt.totalEmployee"), Formats.amount(summary.totalEmployee(), locale))
                .add(getTranslation("declaration.history.receipt.totalEmployer"), Formats.amount(summary.totalEmployer(), locale))
                .add(getTranslation("declaration.history.receipt.total"), Formats.amount(summary.totalContributions(), locale));
        facts.addClassName("declaration-facts");
        add(facts);

        var documents = new HorizontalLayout(
                download(() -> declarations.receipt(id, PortalI18NProvider.FRENCH), "declaration.history.receiptFr", "receipt-fr"),
                download(() -> declarations.receipt(id, PortalI18NProvider.ARABIC), "declaration.history.receiptAr", "receipt-ar"));
        if (summary.channel() == DeclarationChannel.FILE) {
            documents.add(download(() -> declarations.sentFile(id), "declaration.history.sentFile", "sent-file"));
        }
        documents.setWrap(true);
        add(documents);

        if (summary.correctable()) {
            var cancel = new Button(getTranslation("declaration.history.addCancellation"),
                    click -> getUI().ifPresent(ui -> ui.navigate(Paths.cancellation(id))));
            cancel.addClassName("add-cancellation");
            var recall = new Button(getTranslation("declaration.history.addRecall"),
                    click -> getUI().ifPresent(ui -> ui.navigate(Paths.recall(id))));
            recall.addClassName("add-recall");
            var corrections = new HorizontalLayout(cancel, recall);
            corrections.setWrap(true);
            add(corrections);
        }

        var lines = new Grid<DeclaredLine>();
        lines.addClassName("declaration-lines");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT);
        lines.addColumn(DeclaredLine::identifier).setHeader(getTranslation("declaration.form.identifier")).setAutoWidth(true);
        lines.addColumn(Bidi.text(DeclaredLine::name)).setHeader(getTranslation("declaration.form.name"));
        lines.addColumn(l -> Formats.amount(l.salary(), locale)).setHeader(getTranslation("declaration.form.salary"));
        lines.addColumn(DeclaredLine::days).setHeader(getTranslation("declaration.form.days"));
        lines.addColumn(l -> Formats.amount(l.contributions(), locale)).setHeader(getTranslation("declaration.form.contributions"));
        lines.setItems(detail.lines());
        lines.setHeight("24rem");
        add(new PageSection(getTranslation("declaration.history.linesTitle"), lines));
        add(new Anchor(Paths.HISTORY, getTranslation("declaration.history.backToHistory")));
    }

    /** The document is made when the link is followed, through the service: the access rule is checked then. */
    private Anchor download(Supplier<DeclarationDocument> document, String textKey, String className) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            DeclarationDocument made = document.get();
            return new DownloadResponse(new ByteArrayInputStream(made.content()), made.fileName(), made.mimeType(),
                    made.content().length);
        }), getTranslation(textKey));
        link.addClassName(className);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.company.declarations");
    }
}
