package ma.cimr.teleservices.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.membership.CompanyContract;
import ma.cimr.teleservices.membership.ContractCategory;
import ma.cimr.teleservices.membership.ContractRequest;
import ma.cimr.teleservices.membership.Contracts;
import ma.cimr.teleservices.membership.MembershipOption;
import ma.cimr.teleservices.membership.RateStep;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * "Mon contrat": the company's categories with the rates this month is priced at, its options,
 * and the three structured requests that change them (adhérents n°7 to 9): a rate change for a
 * category (an allowed step, from a month on), an extension to a new category, the options. Each
 * files its service request; the list below says what became of each one.
 */
@Menu(title = "membership.contract.nav", order = 4.5)
@Route(value = "company/contract", layout = CompanyLayout.class)
@RolesAllowed(Roles.COMPANY_ACCOUNT)
class ContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Contracts contracts;
    private final Clock clock;

    ContractView(Contracts contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
        addClassName("company-contract");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        CompanyContract contract = contracts.mine();
        List<RateStep> steps = contracts.steps();
        var categories = new Grid<ContractCategory>();
        var code = categories.addColumn(ContractCategory::code).setHeader(getTranslation("membership.category.code")).setAutoWidth(true);
        var label = categories.addColumn(ContractCategory::label).setHeader(getTranslation("membership.category.label"));
        var employeeRate = categories.addColumn(c -> Formats.rate(c.employeeRate(), getLocale()))
                .setHeader(getTranslation("membership.contract.employeeRate")).setAutoWidth(true);
        categories.addColumn(c -> Formats.rate(c.employerRate(), getLocale()))
                .setHeader(getTranslation("membership.contract.employerRate")).setAutoWidth(true);
        PhoneColumns.keepOnPhone(categories, code, label, employeeRate);
        categories.setItems(contract.categories());
        categories.setAllRowsVisible(true);
        categories.addClassName("contract-categories");
        var options = new Paragraph(getTranslation("membership.contract.options", contract.options().isEmpty()
                ? getTranslation("membership.contract.noOption")
                : String.join(", ", contract.options().stream().map(o -> getTranslation(o.labelKey())).toList())));
        options.addClassName("contract-options");
        add(new H1(getTranslation("membership.contract.title")),
                new Paragraph(getTranslation("membership.contract.intro", contract.legalName(), contract.adherentNumber())),
                categories, options,
                rateChange(contract, steps), extension(steps), optionsRequest(contract), requests());
    }

    private PageSection rateChange(CompanyContract contract, List<RateStep> steps) {
        var category = new Select<ContractCategory>();
        category.setLabel(getTranslation("membership.contract.category"));
        category.setItems(contract.categories());
        category.setItemLabelGenerator(c -> c.code() + " — " + c.label());
        category.addClassName("rate-change-category");
        var step = stepSelect(steps, "rate-change-step");
        var from = monthSelect("rate-change-from");
        var send = new Button(getTranslation("membership.contract.send"), click -> {
            if (category.getValue() == null || step.getValue() == null) {
                Feedback.problem(this, "membership.contract.error.incomplete");
                return;
            }
            file(() -> contracts.requestRateChange(category.getValue().id(), step.getValue().step(), from.getValue()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("request-rate-change");
        return new PageSection(getTranslation("membership.contract.kind.RATE_CHANGE"),
                new HorizontalLayout(category, step, from), send);
    }

    private PageSection extension(List<RateStep> steps) {
        var row = new CategoryRow(this::getTranslation);
        var step = stepSelect(steps, "extension-step");
        var from = monthSelect("extension-from");
        var send = new Button(getTranslation("membership.contract.send"), click -> {
            if (!row.valid() || step.getValue() == null) {
                Feedback.problem(this, "membership.contract.error.incomplete");
                return;
            }
            file(() -> contracts.requestExtension(row.category(), step.getValue().step(), from.getValue()));
        });
        send.addClassName("request-extension");
        return new PageSection(getTranslation("membership.contract.kind.EXTENSION"), row,
                new HorizontalLayout(step, from), send);
    }

    private PageSection optionsRequest(CompanyContract contract) {
        var moubakkir = new Checkbox(getTranslation("membership.option.MOUBAKKIR"),
                contract.options().contains(MembershipOption.MOUBAKKIR));
        moubakkir.addClassName("contract-moubakkir");
        var mousabbak = new Checkbox(getTranslation("membership.option.MOUSABBAK"),
                contract.options().contains(MembershipOption.MOUSABBAK));
        mousabbak.addClassName("contract-mousabbak");
        var from = monthSelect("options-from");
        var send = new Button(getTranslation("membership.contract.send"), click -> {
            var wanted = EnumSet.noneOf(MembershipOption.class);
            if (moubakkir.getValue()) {
                wanted.add(MembershipOption.MOUBAKKIR);
            }
            if (mousabbak.getValue()) {
                wanted.add(MembershipOption.MOUSABBAK);
            }
            file(() -> contracts.requestOptions(wanted, from.getValue()));
        });
        send.addClassName("request-options");
        return new PageSection(getTranslation("membership.contract.kind.OPTIONS"),
                new HorizontalLayout(moubakkir, mousabbak, from), send);
    }

    private PageSection requests() {
        var grid = new Grid<ContractRequest>();
        var kind = grid.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("membership.contract.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> ContractRequestText.of(r, getLocale(), this::getTranslation))
                .setHeader(getTranslation("membership.contract.what"));
        grid.addColumn(ContractRequest::requestReference).setHeader(getTranslation("request.reference")).setAutoWidth(true);
        var status = grid.addColumn(r -> getTranslation("membership.contract.status." + r.status())
                        + (r.refusalReason() == null ? "" : " — " + r.refusalReason()))
                .setHeader(getTranslation("membership.backoffice.status"));
        PhoneColumns.keepOnPhone(grid, kind, status);
        grid.setItems(contracts.myRequests());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("contract-requests");
        grid.setEmptyStateText(getTranslation("membership.contract.noRequest"));
        return new PageSection(getTranslation("membership.contract.requests"), grid);
    }

    private Select<RateStep> stepSelect(List<RateStep> steps, String className) {
        var step = new Select<RateStep>();
        step.setLabel(getTranslation("membership.field.step"));
        step.setItems(steps);
        step.setItemLabelGenerator(s -> RateSteps.label(s, getLocale(), this::getTranslation));
        step.addClassName(className);
        return step;
    }

    /** This month and the next twelve: a change never reprices a month already begun before it. */
    private Select<YearMonth> monthSelect(String className) {
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), ma.cimr.teleservices.shared.BusinessCalendar.ZONE));
        var month = new Select<YearMonth>();
        month.setLabel(getTranslation("membership.contract.from"));
        month.setItems(IntStream.rangeClosed(0, 12).mapToObj(now::plusMonths).toList());
        month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        month.setValue(now);
        month.addClassName(className);
        return month;
    }

    private void file(Supplier<RequestReceipt> action) {
        try {
            RequestReceipt receipt = action.get();
            Feedback.done(this, "membership.contract.filed", receipt.reference(), Formats.date(receipt.dueDate(), getLocale()));
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.contract.title");
    }
}
