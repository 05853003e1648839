package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.DeclarableCompany;
import ma.cimr.teleservices.declaration.DeclarationFileLimits;
import ma.cimr.teleservices.declaration.DeclarationFileProblem;
import ma.cimr.teleservices.declaration.DeclarationFileReport;
import ma.cimr.teleservices.declaration.DeclarationFileResult;
import ma.cimr.teleservices.declaration.DeclarationImport;
import ma.cimr.teleservices.declaration.DeclarationImportOutcome;
import ma.cimr.teleservices.declaration.ImportedDeclaration;
import ma.cimr.teleservices.declaration.SalaryDeclarations;
import ma.cimr.teleservices.declaration.UploadSetting;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.BoundedUpload;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A télédéclaration user who declares by file sends their payroll's CSV for a due period (DD026):
 * the template, the example and the format's essentials are at hand, the file streams to a
 * temporary copy as it uploads (the size counted on the server), and the import either creates the
 * drafts, reviewed and filed on the declaration's own page, or lists what to fix with the report
 * to download. A form user sees only why the page is not theirs (the service refuses them too).
 */
@Menu(title = "declaration.upload.nav", order = 3)
@Route(value = "company/declarations/file", layout = CompanyLayout.class)
@RolesAllowed(Roles.DECLARATION)
class DeclarationUploadView extends VerticalLayout implements HasDynamicTitle {

    /** Problems shown on the page; the report has them all (up to the reader's limit). */
    static final int PROBLEMS_SHOWN = 50;
    private static final List<String> ACCEPTED = List.of(".csv", ".txt", "text/csv", "text/plain",
            "application/vnd.ms-excel");

    private record Pending(String fileName, Path path) {
    }

    private final DeclarationImport imports;
    private final DeclarationFileReport report;
    private long companyId;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final Select<DuePeriod> period = new Select<>();
    private final Upload upload = new Upload();
    private final Div result = new Div();

    DeclarationUploadView(DeclarationImport imports, DeclarationFileReport report, SalaryDeclarations declarations) {
        this.imports = imports;
        this.report = report;
        addClassName("declaration-upload-view");
        add(new H1(getTranslation("declaration.upload.title")));
        UploadSetting setting;
        try {
            // the company chosen on the history page: an accounting firm sends files for several
            DeclarableCompany company = ActingCompany.current(declarations);
            companyId = company.companyId();
            var actingFor = new Paragraph(company.adherentNumber() + " — " + company.legalName());
            actingFor.addClassName("declaration-upload-company");
            add(actingFor);
            setting = imports.setting(companyId);
        } catch (Refusal refusal) {
            var refused = new Paragraph(getTranslation(refusal.key(), refusal.arguments()));
            refused.addClassName("declaration-upload-refused");
            add(refused);
            return;
        }
        add(new Paragraph(getTranslation("declaration.upload.intro")));

        period.setLabel(getTranslation("declaration.upload.period"));
        period.setItems(setting.periods());
        period.setItemLabelGenerator(this::periodLabel);
        period.setValue(setting.periods().size() > 1 ? setting.periods().get(1) : setting.periods().getFirst());
        period.addClassName("declaration-upload-period");
        var categories = new UnorderedList();
        setting.categories().forEach(c -> categories.add(new ListItem(c)));
        add(period, new PageSection(getTranslation("declaration.upload.categories"), categories));

        add(new PageSection(getTranslation("declaration.upload.downloads"), downloads(), formatHelp()));

        configureUpload();
        var send = new Button(getTranslation("declaration.upload.submit"), event -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("declaration-upload-submit");
        send.setDisableOnClick(true);
        send.addClickListener(event -> send.setEnabled(true));
        result.addClassName("declaration-upload-result");
        result.setWidthFull();
        add(new PageSection(getTranslation("declaration.upload.file"), upload, send), result);
        addDetachListener(event -> forget());
    }

    private String periodLabel(DuePeriod due) {
        Locale locale = getLocale();
        return due.frequency() == DuePeriod.Frequency.MONTH ? Formats.month(due.firstMonth(), locale)
                : getTranslation("declaration.upload.quarter", String.valueOf(due.year()), String.valueOf(due.number()));
    }

    private FlexLayout downloads() {
        var links = new FlexLayout(
                resource("modele-declaration.csv", "declaration.upload.template", "declaration-template"),
                resource("exemple-declaration.csv", "declaration.upload.example", "declaration-example"));
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)");
        return links;
    }

    private static Anchor resource(String name, String textKey, String className) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content;
            try (var in = DeclarationUploadView.class.getResourceAsStream("/declaration/" + name)) {
                content = in.readAllBytes();
            }
            return new DownloadResponse(new ByteArrayInputStream(content), name, "text/csv", content.length);
        }), "");
        link.setText(link.getTranslation(textKey));
        link.addClassName(className);
        return link;
    }

    private Details formatHelp() {
        var help = new VerticalLayout();
        help.setPadding(false);
        for (String part : List.of("columns", "encoding", "values", "limits")) {
            help.add(new Paragraph(getTranslation("declaration.upload.format." + part)));
        }
        var details = new Details(getTranslation("declaration.upload.format"), help);
        details.addClassName("declaration-format");
        return details;
    }

    private void configureUpload() {
        long maxBytes = DeclarationFileLimits.DEFAULT.maxBytes();
        upload.setUploadHandler(new BoundedUpload(maxBytes, 1, () -> pending.get() == null ? 0 : 1, this::keep,
                getTranslation("declaration.upload.fileSize"), getTranslation("declaration.upload.tooMany")));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(ACCEPTED.toArray(String[]::new));
        upload.addFileRemovedListener(event -> forget());
        upload.addClassName("declaration-upload");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("declaration.upload.add"))
                .setMany(getTranslation("declaration.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("declaration.upload.drop"))
                .setMany(getTranslation("declaration.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("declaration.upload.tooMany"))
                .setFileIsTooBig(getTranslation("declaration.upload.fileSize"))
                .setIncorrectFileType(getTranslation("declaration.upload.fileType")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("action.delete"))
                .setRetry(getTranslation("request.attachments.retry")).setStart(getTranslation("request.attachments.start")));
        upload.setI18n(i18n);
    }

    private void send() {
        Pending file = pending.get();
        if (file == null) {
            Feedback.problem(this, "declaration.upload.noFile");
            return;
        }
        result.removeAll();
        DeclarationImportOutcome outcome;
        try {
            outcome = imports.importFile(companyId, period.getValue(), file.fileName(), file.path());
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
            return;
        } finally {
            forget();
            upload.clearFileList();
        }
        if (outcome.imported()) {
            imported(outcome);
        } else {
            rejected(outcome.check());
        }
    }

    /** One category: its review page; several: the history listing the drafts. Shown here until those pages exist. */
    private void imported(DeclarationImportOutcome outcome) {
        Feedback.done(this, "declaration.upload.imported", outcome.importedLines());
        var done = new Paragraph(getTranslation("declaration.upload.imported", outcome.importedLines()));
        done.addClassName("declaration-upload-imported");
        result.add(done);
        List<ImportedDeclaration> drafts = outcome.declarations();
        String next = drafts.size() == 1 ? "company/declarations/" + drafts.getFirst().id() : "company/declarations";
        if (RouteConfiguration.forApplicationScope().getRoute(next).isPresent()) {
            UI.getCurrent().navigate(next);
        }
    }

    private void rejected(DeclarationFileResult check) {
        var summary = new Paragraph(getTranslation("declaration.upload.rejected", check.problemCount()));
        summary.addClassName("declaration-upload-rejected");
        result.add(summary);
        Locale locale = getLocale();
        List<DeclarationFileProblem> shown = check.problems().stream().limit(PROBLEMS_SHOWN).toList();
        if (check.problems().size() > PROBLEMS_SHOWN) {
            result.add(new Paragraph(getTranslation("declaration.upload.firstShown", PROBLEMS_SHOWN)));
        }
        var problems = new Grid<DeclarationFileProblem>();
        problems.addClassName("declaration-upload-problems");
        problems.addColumn(p -> p.line() == 0 ? "" : Long.toString(p.line()))
                .setHeader(getTranslation("declaration.file.report.line")).setFlexGrow(0).setAutoWidth(true);
        problems.addColumn(p -> p.field() == null ? "" : getTranslation("declaration.file.column." + p.field().name()))
                .setHeader(getTranslation("declaration.file.report.field")).setAutoWidth(true).setFlexGrow(0);
        problems.addComponentColumn(p -> new Span(report.message(p, locale)))
                .setHeader(getTranslation("declaration.file.report.problem")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setItems(shown);
        problems.setAllRowsVisible(true);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            report.write(check, locale, out);
            byte[] content = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(content), "rapport-declaration.csv", "text/csv",
                    content.length);
        }), getTranslation("declaration.upload.report"));
        download.addClassName("declaration-upload-report");
        result.add(problems, download);
    }

    /** Called on the upload's request thread with a file it now owns; a second one replaces the first. */
    private void keep(String fileName, String contentType, Path file) {
        delete(pending.getAndSet(new Pending(fileName, file)));
    }

    private void forget() {
        delete(pending.getAndSet(null));
    }

    private static void delete(Pending file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException ignored) {
            // a temporary file: the JVM's temp folder is cleaned anyway
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.upload.nav");
    }
}
