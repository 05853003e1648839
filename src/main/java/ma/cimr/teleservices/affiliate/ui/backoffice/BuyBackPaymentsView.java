package ma.cimr.teleservices.affiliate.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.affiliate.BuyBackPayment;
import ma.cimr.teleservices.affiliate.BuyBackPayments;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The money on the fund's account that no buy-back claimed by itself (DD040): each credit as the
 * bank gave it, with a field for the buy-back's payment reference the agent found (from the payer's
 * name, a call, a letter); identifying it starts the charter's clocks and opens the credit. One card
 * per credit, so the page reads at 360 px.
 */
@Menu(title = "buyback.payments.nav", order = 301)
@Route(value = "backoffice/buy-back-payments", layout = BackofficeLayout.class)
@RolesAllowed(Roles.AGENT)
class BuyBackPaymentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BuyBackPayments payments;

    BuyBackPaymentsView(BuyBackPayments payments) {
        this.payments = payments;
        addClassName("buy-back-payments");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("buyback.payments.title")), new Paragraph(getTranslation("buyback.payments.intro")));
        List<BuyBackPayment> waiting = payments.unidentified();
        if (waiting.isEmpty()) {
            var none = new Paragraph(getTranslation("buyback.payments.none"));
            none.addClassName("no-unidentified-payment");
            add(none);
            return;
        }
        waiting.forEach(payment -> add(card(payment)));
    }

    private PageSection card(BuyBackPayment payment) {
        Locale locale = getLocale();
        var facts = new Facts()
                .add(getTranslation("buyback.payments.amount"), Formats.amount(payment.amount(), locale))
                .add(getTranslation("buyback.payments.valueDate"), Formats.date(payment.valueDate(), locale))
                .addLeftToRight(getTranslation("buyback.payments.written"), payment.reference())
                .add(getTranslation("buyback.payments.payer"), payment.payerName())
                .add(getTranslation("buyback.payments.receivedAt"), Formats.dateTime(payment.receivedAt(), locale));
        var reference = new TextField(getTranslation("buyback.payments.reference"));
        reference.addClassName("identify-reference");
        reference.setHelperText(getTranslation("buyback.payments.reference.help"));
        reference.setMaxLength(20);
        reference.setWidthFull();
        reference.setMaxWidth("24em");
        var identify = new Button(getTranslation("buyback.payments.identify"), click -> {
            BuyBackPayment[] done = new BuyBackPayment[1];
            if (Feedback.attempt(this, () -> done[0] = payments.identify(payment.id(), reference.getValue()))) {
                Feedback.done(this, "buyback.payments.identified", payment.bankEntryId(),
                        Objects.requireNonNullElse(done[0].buyBackReference(), reference.getValue()));
            }
            render();
        });
        identify.addClassName("identify-payment");
        identify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        identify.setDisableOnClick(true);
        var card = new PageSection(getTranslation("buyback.payments.card", payment.bankEntryId()), facts, reference,
                identify);
        card.addClassName("unidentified-payment");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buyback.payments.title");
    }
}
