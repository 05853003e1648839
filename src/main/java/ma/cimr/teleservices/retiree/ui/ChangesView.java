package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.retiree.RetireeChange;
import ma.cimr.teleservices.retiree.RetireeChanges;
import ma.cimr.teleservices.retiree.RetireePension.PaymentMode;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.RetireeLayout;

import java.time.LocalDate;
import java.util.List;

/**
 * Changes to ask (bank details or payment mode, address, family situation), each sent as a request
 * staff validate, and those asked before with where they stand. A bank change asks for the
 * password again: it decides where the pension goes.
 */
@Menu(title = "nav.retiree.changes", order = 6)
@Route(value = "retiree/changes", layout = RetireeLayout.class)
@RolesAllowed(Roles.RETIREE)
class ChangesView extends VerticalLayout implements HasDynamicTitle {

    /** The countries retirees live in most, Morocco first; others write to the fund. */
    static final List<String> COUNTRIES = List.of("MA", "FR", "ES", "BE", "NL", "DE", "IT", "CA", "US", "GB");

    private final RetireeChanges changes;

    ChangesView(RetireeChanges changes) {
        this.changes = changes;
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("retiree.changes.title")));

        var mode = new RadioButtonGroup<PaymentMode>(getTranslation("retiree.paymentMode"));
        mode.addClassName("payment-mode");
        mode.setItems(PaymentMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("retiree.paymentMode." + m));
        mode.setValue(PaymentMode.BANK_TRANSFER);
        var rib = new TextField(getTranslation("retiree.rib"));
        rib.addClassName("new-rib");
        rib.setHelperText(getTranslation("retiree.changes.rib.help"));
        rib.setMaxLength(40);
        rib.getElement().setAttribute("dir", "ltr");
        mode.addValueChangeListener(e -> rib.setVisible(e.getValue() == PaymentMode.BANK_TRANSFER));
        var password = new PasswordField(getTranslation("retiree.changes.password"));
        password.addClassName("confirm-password");
        var askPayment = new Button(getTranslation("retiree.changes.send"), click -> {
            if (Feedback.attempt(this, () -> changes.askPaymentChange(mode.getValue(), rib.getValue(), password.getValue(),
                    getLocale()))) {
                Feedback.done(this, "retiree.changes.sent");
                show();
            }
        });
        askPayment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        askPayment.addClassName("ask-payment-change");
        add(new PageSection(getTranslation("retiree.changes.payment"),
                new Paragraph(getTranslation("retiree.changes.payment.when", RetireeChange.PAYMENT_CHANGE_DAY)),
                mode, rib, password, askPayment));

        var address = new TextArea(getTranslation("retiree.changes.address"));
        address.addClassName("new-address");
        address.setMaxLength(300);
        address.setWidthFull();
        var country = new Select<String>();
        country.setLabel(getTranslation("retiree.changes.country"));
        country.addClassName("new-country");
        country.setItems(COUNTRIES);
        country.setItemLabelGenerator(c -> getTranslation("retiree.country." + c));
        country.setValue("MA");
        var askAddress = new Button(getTranslation("retiree.changes.send"), click -> {
            if (Feedback.attempt(this, () -> changes.askAddressChange(address.getValue(), country.getValue(), getLocale()))) {
                Feedback.done(this, "retiree.changes.sent");
                show();
            }
        });
        askAddress.addClassName("ask-address-change");

        var family = new Select<String>();
        family.setLabel(getTranslation("retiree.changes.family"));
        family.addClassName("new-family");
        family.setItems(RetireeChanges.FAMILY_SITUATIONS.stream().sorted().toList());
        family.setItemLabelGenerator(s -> getTranslation("retiree.family." + s));
        var askFamily = new Button(getTranslation("retiree.changes.send"), click -> {
            if (Feedback.attempt(this, () -> changes.askFamilyChange(family.getValue(), getLocale()))) {
                Feedback.done(this, "retiree.changes.sent");
                show();
            }
        });
        askFamily.addClassName("ask-family-change");
        add(new PageSection(getTranslation("retiree.changes.personal"),
                new Paragraph(getTranslation("retiree.changes.personal.when")), address, country, askAddress, family, askFamily));

        var asked = new Grid<RetireeChange>();
        asked.addClassName("asked-changes");
        var kind = asked.addColumn(c -> getTranslation("retiree.changes.kind." + c.kind())).setHeader(getTranslation("retiree.changes.kind"));
        var askedOn = asked.addColumn(c -> Formats.shortDate(LocalDate.ofInstant(c.askedAt(), BusinessCalendar.ZONE), getLocale()))
                .setHeader(getTranslation("retiree.changes.askedOn"));
        var status = asked.addColumn(c -> getTranslation("retiree.changes.status." + c.status())).setHeader(getTranslation("retiree.changes.status"));
        asked.addColumn(RetireeChange::requestReference).setHeader(getTranslation("retiree.changes.reference"));
        PhoneColumns.keepOnPhone(asked, kind, askedOn, status);
        asked.setItems(changes.myChanges());
        asked.setAllRowsVisible(true);
        add(new PageSection(getTranslation("retiree.changes.asked"), asked));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retiree.changes");
    }
}
