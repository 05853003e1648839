package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.DeclarableCompany;
import ma.cimr.teleservices.declaration.DeclarationSummary;
import ma.cimr.teleservices.declaration.DeclarationChannel;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.declaration.SalaryDeclarations;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.util.List;
import java.util.Locale;

/**
 * The history of télédéclarations per due period and category, drafts included, with their
 * status; the way to a new one (form users) or to the upload (file users). An external firm's
 * login first chooses the company it acts for.
 */
@Menu(title = "nav.company.declarations", order = 2)
@Route(value = Paths.HISTORY, layout = CompanyLayout.class)
@RolesAllowed(Roles.DECLARATION)
class DeclarationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SalaryDeclarations declarations;

    DeclarationsView(SalaryDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("declaration.history.title")));
        DeclarableCompany company;
        try {
            company = ActingCompany.current(declarations);
        } catch (Refusal refusal) {
            add(new Paragraph(getTranslation(refusal.key(), refusal.arguments())));
            return;
        }
        List<DeclarableCompany> companies = declarations.companies();
        if (companies.size() > 1) {
            var chooser = new ComboBox<DeclarableCompany>(getTranslation("declaration.history.company"));
            chooser.addClassName("acting-company");
            chooser.setItems(companies);
            chooser.setItemLabelGenerator(c -> c.adherentNumber() + " — " + c.legalName());
            chooser.setValue(company);
            chooser.setWidthFull();
            chooser.setMaxWidth("32rem");
            chooser.addValueChangeListener(change -> {
                if (change.getValue() != null && change.isFromClient()) {
                    ActingCompany.choose(change.getValue());
                    show();
                }
            });
            add(chooser);
        } else {
            add(new Paragraph(company.adherentNumber() + " — " + company.legalName()));
        }
        try {
            DeclarationMode mode = declarations.mode(company.companyId());
            var actions = new HorizontalLayout();
            actions.setWrap(true);
            if (mode == DeclarationMode.FORM) {
                var create = new Button(getTranslation("declaration.history.new"),
                        click -> getUI().ifPresent(ui -> ui.navigate(Paths.NEW)));
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                create.addClassName("new-declaration");
                actions.add(create);
            } else {
                actions.add(uploadLink());
            }
            add(actions);
            add(history(company.companyId(), declarations.history(company.companyId()).size()));
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
        }
    }

    private com.vaadin.flow.component.html.Anchor uploadLink() {
        var link = new com.vaadin.flow.component.html.Anchor(Paths.FILE, getTranslation("declaration.history.upload"));
        link.addClassName("upload-declaration");
        return link;
    }

    /** The history, read again from the service when the browser asks for its rows: the page keeps none (DD048). */
    private LazyGrid<DeclarationSummary> history(long companyId, int size) {
        Locale locale = getLocale();
        var grid = new LazyGrid<DeclarationSummary>(size,
                (offset, limit) -> LazyGrid.window(declarations.history(companyId), offset, limit));
        grid.addClassName("declaration-history");
        var period = grid.addColumn(getTranslation("declaration.history.period"), d -> d.period().toString()).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.history.category"), DeclarationSummary::categoryCode).setAutoWidth(true);
        grid.addColumn(getTranslation("declaration.history.kind"), d -> getTranslation("declaration.history.kindName." + d.kind().name()));
        var status = grid.addColumn(getTranslation("declaration.history.status"),
                d -> getTranslation("declaration.history.statusName." + d.status().name()));
        grid.addColumn(getTranslation("declaration.history.channel"),
                d -> getTranslation("declaration.history.channelName." + d.channel().name()));
        grid.addColumn(getTranslation("declaration.history.lines"), d -> String.valueOf(d.lineCount()));
        grid.addColumn(getTranslation("declaration.history.salary"), d -> Formats.amount(d.totalSalary(), locale));
        var contributions = grid.addColumn(getTranslation("declaration.history.contributions"),
                d -> Formats.amount(d.totalContributions(), locale));
        grid.addColumn(getTranslation("declaration.history.filedAt"), d -> Formats.dateTime(d.filedAt(), locale));
        // drawn in the browser: a button component a row would stay in the session for every row (DD048)
        var openColumn = grid.addButtonColumn(getTranslation("declaration.history.detail"), getTranslation("declaration.history.open"),
                "open-declaration", d -> getUI().ifPresent(ui -> ui.navigate(d.status() == DeclarationStatus.DRAFT
                        && d.channel() == DeclarationChannel.FORM ? Paths.editor(d.id()) : Paths.declaration(d.id()))));
        grid.keepOnPhone(period, status, contributions, openColumn);
        grid.setEmptyStateText(getTranslation("declaration.history.empty"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.company.declarations");
    }
}
