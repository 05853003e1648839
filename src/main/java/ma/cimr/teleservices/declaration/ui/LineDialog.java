package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.declaration.DeclaredLine;
import ma.cimr.teleservices.declaration.LineEntry;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;

/**
 * One line of the draft, new or changed: a matricule, or a CIN and a name for a newcomer without
 * one; the salary, the days worked, the dates of entry and exit in the period. The amounts are not
 * typed: the service prices them. One column on a phone, two on a wider screen.
 */
class LineDialog extends Dialog {

    final TextField matricule = new TextField();
    final TextField cin = new TextField();
    final TextField name = new TextField();
    final TextField salary = new TextField();
    final IntegerField days = new IntegerField();
    final PortalDatePicker entry;
    final PortalDatePicker exit;

    /** @param save the service call, which refuses what it cannot take: the dialog then stays open */
    LineDialog(@Nullable DeclaredLine line, DuePeriod period, Consumer<LineEntry> save) {
        addClassName("line-dialog");
        setHeaderTitle(getTranslation(line == null ? "declaration.form.addLine" : "declaration.form.changeLine"));
        matricule.setLabel(getTranslation("declaration.form.matricule"));
        matricule.addClassName("line-matricule");
        cin.setLabel(getTranslation("declaration.form.cin"));
        cin.addClassName("line-cin");
        name.setLabel(getTranslation("declaration.form.name"));
        name.addClassName("line-name");
        name.setHelperText(getTranslation("declaration.form.newcomerHelp"));
        salary.setLabel(getTranslation("declaration.form.salary"));
        salary.addClassName("line-salary");
        days.setLabel(getTranslation("declaration.form.days"));
        days.addClassName("line-days");
        days.setMin(0);
        days.setMax(period.frequency() == DuePeriod.Frequency.QUARTER ? 92 : 31);
        entry = new PortalDatePicker(getTranslation("declaration.form.entry"));
        entry.addClassName("line-entry");
        exit = new PortalDatePicker(getTranslation("declaration.form.exit"));
        exit.addClassName("line-exit");
        for (PortalDatePicker date : new PortalDatePicker[]{entry, exit}) {
            date.setMin(period.firstDay());
            date.setMax(period.lastDay());
            date.setInitialPosition(period.firstDay());
        }
        if (line != null) {
            matricule.setValue(line.matricule() == null ? "" : line.matricule());
            cin.setValue(line.matricule() == null && line.cin() != null ? line.cin() : "");
            name.setValue(line.matricule() == null ? line.name() : "");
            salary.setValue(line.salary().toString());
            days.setValue(line.days());
            entry.setValue(line.entry());
            exit.setValue(line.exit());
        } else {
            days.setValue(period.frequency() == DuePeriod.Frequency.QUARTER ? 90 : 30);
        }
        var form = new FormLayout(matricule, cin, name, salary, days, entry, exit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        var ok = new Button(getTranslation("action.save"), click -> {
            if (Feedback.attempt(this, () -> save.accept(new LineEntry(matricule.getValue(), cin.getValue(),
                    name.getValue(), salary.getValue().isBlank() ? null : Money.parse(salary.getValue()),
                    days.getValue() == null ? -1 : days.getValue(), entry.getValue(), exit.getValue())))) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-line");
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, ok);
    }
}
