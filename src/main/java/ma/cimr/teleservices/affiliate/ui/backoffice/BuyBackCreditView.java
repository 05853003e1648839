package ma.cimr.teleservices.affiliate.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.affiliate.BuyBackCredits;
import ma.cimr.teleservices.affiliate.BuyBackPayment;
import ma.cimr.teleservices.affiliate.BuyBackCredits.BuyBackCase;
import ma.cimr.teleservices.affiliate.GrantedPoints;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A paid buy-back credited, from its request: the affiliate who filed it, this year's point
 * price, the amount they declared, the payment received (amount and bank reference) and the
 * points it buys; crediting answers the request, or waits for a second person above the
 * threshold (DD025).
 */
@Route(value = "backoffice/buy-back/:reference", layout = BackofficeLayout.class)
@RolesAllowed(Roles.AGENT)
class BuyBackCreditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BuyBackCredits credits;
    private String reference = "";

    BuyBackCreditView(BuyBackCredits credits) {
        this.credits = credits;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        removeAll();
        add(new H1(getTranslation("points.credit.title", reference)));
        BuyBackCase buyBack;
        try {
            buyBack = credits.find(reference);
        } catch (RequestNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (Refusal e) {
            add(new Paragraph(getTranslation(e.key(), e.arguments())), backToRequest());
            return;
        }
        BigDecimal declared = buyBack.declaredAmount();
        add(new Facts()
                .add(getTranslation("points.credit.subject"), buyBack.subject())
                .add(getTranslation("points.credit.affiliate"), buyBack.matricule() + " — " + buyBack.affiliateName())
                .add(getTranslation("points.credit.pointPrice", String.valueOf(buyBack.year())),
                        Formats.amount(buyBack.pointPrice(), getLocale()))
                .add(getTranslation("points.credit.declared"), declared == null ? null : Formats.amount(declared, getLocale())));
        BuyBackPayment payment = buyBack.payment();
        if (payment != null) {
            var received = new Facts()
                    .add(getTranslation("buyback.payments.amount"), Formats.amount(payment.amount(), getLocale()))
                    .add(getTranslation("buyback.payments.valueDate"), Formats.date(payment.valueDate(), getLocale()))
                    .addLeftToRight(getTranslation("buyback.payments.entry"), payment.bankEntryId())
                    .add(getTranslation("buyback.payments.identifiedBy"), payment.identifiedBy() + ", "
                            + Formats.dateTime(payment.identifiedAt(), getLocale()));
            received.addClassName("buy-back-payment");
            add(new PageSection(getTranslation("buyback.payments.received"), received));
        }
        // as the affiliate wrote it, in its own direction: a French request in an Arabic page keeps its full stop
        var description = new Paragraph(buyBack.description());
        description.getElement().setAttribute("dir", "auto");
        add(description);
        if (buyBack.credited()) {
            add(new Paragraph(getTranslation("points.credit.error.alreadyCredited")), backToRequest());
        } else if (!buyBack.open()) {
            add(new Paragraph(getTranslation("points.credit.error.closed")), backToRequest());
        } else if (buyBack.proposedBy() != null) {
            var waiting = new Paragraph(getTranslation("points.credit.awaitingApproval", buyBack.proposedBy()));
            waiting.addClassName("buy-back-awaiting");
            add(waiting, backToRequest());
        } else {
            add(form(buyBack), backToRequest());
        }
    }

    private VerticalLayout form(BuyBackCase buyBack) {
        var amount = new BigDecimalField(getTranslation("points.credit.amount"));
        amount.addClassName("buy-back-amount");
        amount.setRequiredIndicatorVisible(true);
        var preview = new Paragraph();
        preview.addClassName("buy-back-preview");
        amount.addValueChangeListener(event -> {
            preview.setText("");
            if (event.getValue() != null) {
                try {
                    preview.setText(getTranslation("points.sim.buyBack.fromAmount", arguments(buyBack, event.getValue())));
                } catch (Refusal e) {
                    preview.setText(getTranslation(e.key(), e.arguments()));
                }
            }
        });
        var bankReference = new TextField(getTranslation("points.credit.bankReference"));
        bankReference.addClassName("buy-back-bank-reference");
        bankReference.setRequiredIndicatorVisible(true);
        BuyBackPayment payment = buyBack.payment();
        if (payment != null) {
            // the payment the bank notified and that was identified: credited as it is, nothing to type (DD040)
            amount.setValue(payment.amount());
            amount.setReadOnly(true);
            bankReference.setValue(payment.bankEntryId());
            bankReference.setReadOnly(true);
        }
        var credit = new Button(getTranslation("points.credit.action"), click -> credit(amount, bankReference));
        credit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        credit.addClassName("credit-buy-back");
        var bounds = new Paragraph(getTranslation("points.credit.bounds",
                Formats.amount(buyBack.approvalThreshold(), getLocale()), Formats.amount(buyBack.maxAmount(), getLocale())));
        bounds.addClassName("buy-back-bounds");
        var form = new VerticalLayout(new Paragraph(getTranslation("points.credit.intro")), bounds, amount, preview,
                bankReference, credit);
        form.setPadding(false);
        return form;
    }

    /** The preview's sentence: amount ÷ price of the year = points, written the reader's way. */
    private Object[] arguments(BuyBackCase buyBack, BigDecimal amount) {
        var figure = credits.pointsFor(amount);
        return new Object[] {Formats.amount(amount, getLocale()), Formats.amount(buyBack.pointPrice(), getLocale()),
                String.valueOf(buyBack.year()), Formats.amount(figure.value(), getLocale())};
    }

    private void credit(BigDecimalField amount, TextField bankReference) {
        if (amount.getValue() == null) {
            amount.setInvalid(true);
            amount.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            Optional<GrantedPoints> granted = credits.credit(reference, amount.getValue(), bankReference.getValue());
            if (granted.isPresent()) {
                Feedback.done(this, "points.credit.done", Formats.amount(granted.get().points(), getLocale()), reference);
            } else {
                Feedback.done(this, "points.credit.proposed", reference);
            }
            getUI().ifPresent(ui -> ui.navigate("backoffice/requests/" + reference));
        } catch (Refusal e) {
            Feedback.refused(this, e);
        }
    }

    private Anchor backToRequest() {
        return new Anchor("backoffice/requests/" + reference, getTranslation("points.credit.back"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.credit.title", reference);
    }
}
