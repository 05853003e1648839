package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.ContributionRecalls;
import ma.cimr.teleservices.declaration.DeclarationCancellations;
import ma.cimr.teleservices.declaration.DeclarationToProcess;
import ma.cimr.teleservices.declaration.RecallLine;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Télérappel (adhérents n°3): the salary state recalled for the due period of a declaration (one
 * line per affiliate: matricule, additional salary, days) and the motive; the portal prices it
 * with the period's rates and files the recall and its request.
 */
@Route(value = "company/declarations/:id/recall", layout = CompanyLayout.class)
@RolesAllowed(Roles.DECLARATION)
class RecallView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContributionRecalls recalls;
    private final DeclarationCancellations declarations;
    private final List<RecallLine> lines = new ArrayList<>();
    private long id;

    RecallView(ContributionRecalls recalls, DeclarationCancellations declarations) {
        this.recalls = recalls;
        this.declarations = declarations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render(declarations.mine(id));
        } catch (NumberFormatException | Refusal e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(DeclarationToProcess declaration) {
        Locale locale = getLocale();
        removeAll();
        lines.clear();
        add(new H1(getTranslation("declaration.recall.title")), DeclarationFacts.of(this, declaration, locale));
        try {
            recalls.recallable(id);
            add(form(locale));
        } catch (Refusal refusal) {
            add(new Paragraph(getTranslation(refusal.key(), refusal.arguments())));
        }
        add(new H2(getTranslation("declaration.request.title")),
                DeclarationFacts.requests(this, declarations.requestsOf(id), locale),
                new Anchor("company/declarations/" + id, getTranslation("declaration.request.back")));
    }

    private VerticalLayout form(Locale locale) {
        var matricule = new TextField(getTranslation("declaration.processing.matricule"));
        matricule.addClassName("recall-matricule");
        var salary = new BigDecimalField(getTranslation("declaration.recall.salary"));
        salary.addClassName("recall-salary");
        var days = new IntegerField(getTranslation("declaration.processing.days"));
        days.addClassName("recall-days");
        days.setMin(0);
        days.setMax(92);
        var grid = new Grid<RecallLine>();
        grid.addClassName("recall-lines");
        grid.addColumn(RecallLine::matricule).setHeader(getTranslation("declaration.processing.matricule"));
        grid.addColumn(l -> Formats.amount(l.salary(), locale)).setHeader(getTranslation("declaration.recall.salary"));
        grid.addColumn(RecallLine::days).setHeader(getTranslation("declaration.processing.days"));
        grid.addComponentColumn(l -> new Button(getTranslation("declaration.recall.removeLine"), click -> {
            lines.remove(l);
            grid.setItems(lines);
        }));
        grid.setAllRowsVisible(true);
        var add = new Button(getTranslation("declaration.recall.addLine"), click -> {
            if (matricule.isEmpty() || salary.getValue() == null || days.getValue() == null) {
                Feedback.problem(this, "declaration.recall.error.lineIncomplete");
                return;
            }
            lines.add(new RecallLine(matricule.getValue().trim(), salary.getValue(), days.getValue()));
            grid.setItems(lines);
            matricule.clear();
            salary.clear();
            days.clear();
        });
        add.addClassName("add-recall-line");
        var entry = new HorizontalLayout(matricule, salary, days, add);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        entry.setWrap(true);
        var motive = new TextArea(getTranslation("declaration.recall.motive"));
        motive.addClassName("recall-motive");
        motive.setMaxLength(500);
        motive.setWidthFull();
        var validate = new Button(getTranslation("declaration.recall.validate"), click -> {
            RequestReceipt[] receipt = new RequestReceipt[1];
            if (Feedback.attempt(this, () -> receipt[0] = recalls.file(id, List.copyOf(lines), motive.getValue(), getLocale()))) {
                Feedback.done(this, "declaration.recall.filed", receipt[0].reference(), Formats.date(receipt[0].dueDate(), getLocale()));
                render(declarations.mine(id));
            }
        });
        validate.addClassName("validate-recall");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new VerticalLayout(new Paragraph(getTranslation("declaration.recall.explain")), entry, grid, motive, validate);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.recall.title");
    }
}
