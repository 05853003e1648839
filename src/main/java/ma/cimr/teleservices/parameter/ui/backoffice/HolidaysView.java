package ma.cimr.teleservices.parameter.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.parameter.PublicHoliday;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The public holidays every deadline skips. Staff read them; the administrator confirms the
 * Islamic holidays once announced, and adds or removes days.
 */
@Menu(title = "nav.backoffice.holidays", order = 6)
@Route(value = "backoffice/holidays", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.CONCILIATOR})
class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    private final HolidayService holidays;
    private final Grid<PublicHoliday> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();

    HolidaysView(HolidayService holidays, CurrentUser currentUser, Clock clock) {
        this.holidays = holidays;
        Locale locale = getLocale();
        add(new H1(getTranslation("holidays.title")), new Paragraph(getTranslation("holidays.intro")));

        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("holidays.year"));
        year.setItems(IntStream.rangeClosed(2024, Math.max(2035, thisYear + 1)).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(event -> refresh());
        add(year);

        grid.addColumn(h -> Formats.date(h.date(), locale)).setHeader(getTranslation("holidays.date")).setAutoWidth(true);
        grid.addColumn(h -> h.label(locale)).setHeader(getTranslation("holidays.label")).setFlexGrow(1);
        grid.addColumn(h -> getTranslation("holidays.kind." + h.kind())).setHeader(getTranslation("holidays.kind")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation(h.estimated() ? "holidays.estimated" : "holidays.confirmed"))
                .setHeader(getTranslation("holidays.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();

        if (currentUser.require().has(Role.ADMINISTRATOR)) {
            add(new HolidayEditor());
        }
    }

    private void refresh() {
        grid.setItems(holidays.holidays(year.getValue()));
    }

    /** The administrator's form: pick a row to change it, or fill an empty form to add a day. */
    private final class HolidayEditor extends VerticalLayout {

        private final Binder<HolidayDraft> binder = new Binder<>();

        HolidayEditor() {
            var date = new PortalDatePicker(getTranslation("holidays.date"));
            var kind = new Select<PublicHoliday.Kind>();
            kind.setLabel(getTranslation("holidays.kind"));
            kind.setItems(PublicHoliday.Kind.values());
            kind.setItemLabelGenerator(k -> getTranslation("holidays.kind." + k));
            var labelFr = new TextField(getTranslation("holidays.labelFr"));
            var labelAr = new TextField(getTranslation("holidays.labelAr"));
            var labelEn = new TextField(getTranslation("holidays.labelEn"));
            var estimated = new Checkbox(getTranslation("holidays.estimated"));

            String required = getTranslation("validation.required");
            binder.forField(date).asRequired(required).bind(HolidayDraft::getDate, HolidayDraft::setDate);
            binder.forField(kind).asRequired(required).bind(HolidayDraft::getKind, HolidayDraft::setKind);
            binder.forField(labelFr).asRequired(required).bind(HolidayDraft::getLabelFr, HolidayDraft::setLabelFr);
            binder.forField(labelAr).asRequired(required).bind(HolidayDraft::getLabelAr, HolidayDraft::setLabelAr);
            binder.forField(labelEn).asRequired(required).bind(HolidayDraft::getLabelEn, HolidayDraft::setLabelEn);
            binder.forField(estimated).bind(HolidayDraft::isEstimated, HolidayDraft::setEstimated);
            binder.setBean(new HolidayDraft());

            var save = new Button(getTranslation("action.save"), event -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var delete = new Button(getTranslation("action.delete"), event -> delete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setEnabled(false);
            var clear = new Button(getTranslation("action.new"), event -> {
                grid.deselectAll();
                binder.setBean(new HolidayDraft());
            });

            grid.asSingleSelect().addValueChangeListener(event -> {
                binder.setBean(event.getValue() == null ? new HolidayDraft() : HolidayDraft.of(event.getValue()));
                delete.setEnabled(event.getValue() != null);
            });

            var form = new FormLayout(date, kind, labelFr, labelAr, labelEn, estimated);
            add(new H2(getTranslation("holidays.edit")), form,
                    new HorizontalLayout(save, delete, clear));
        }

        private void save() {
            Optional<PublicHoliday> typed = binder.getBean().toHoliday();
            if (!binder.validate().isOk() || typed.isEmpty()) {
                // the binder says under each field what is missing (the date is required)
                return;
            }
            PublicHoliday holiday = typed.get();
            holidays.save(holiday);
            year.setValue(holiday.date().getYear());
            refresh();
            binder.setBean(new HolidayDraft());
            Feedback.done(this, "holidays.saved");
        }

        private void delete() {
            grid.getSelectedItems().stream().findFirst().ifPresent(holiday -> {
                holidays.delete(holiday.date());
                refresh();
                binder.setBean(new HolidayDraft());
                Feedback.done(this, "holidays.deleted");
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.holidays");
    }
}
