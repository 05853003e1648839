package ma.cimr.teleservices.easypayment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.account.ActionConfirmation.Proof;
import ma.cimr.teleservices.companyaccount.FundBankAccount;
import ma.cimr.teleservices.easypayment.Confirmation;
import ma.cimr.teleservices.easypayment.OrderLine;
import ma.cimr.teleservices.easypayment.PaymentOrder;
import ma.cimr.teleservices.easypayment.PaymentOrderStatus;
import ma.cimr.teleservices.easypayment.PaymentOrders;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One payment order: exactly what a validator confirms (periods and amounts, the account debited,
 * the fund's account, the day), who ordered and confirmed it, where it stands, and its receipt. The
 * validator confirms it with their second factor or rejects it with a reason; its orderer changes or
 * withdraws it until the first confirmation. Every action is checked again by the service.
 */
@Route(value = "company/payments/:id", layout = CompanyLayout.class)
@RolesAllowed({Roles.PAYMENT_ORDERER, Roles.PAYMENT_VALIDATOR})
class PaymentOrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PaymentOrders orders;
    private final FundBankAccount fund;
    private final CurrentUser currentUser;
    private long id;
    private String title = "";

    PaymentOrderView(PaymentOrders orders, FundBankAccount fund, CurrentUser currentUser) {
        this.orders = orders;
        this.fund = fund;
        this.currentUser = currentUser;
        addClassName("payment-order");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render(orders.mine(id));
        } catch (NumberFormatException | Refusal e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(PaymentOrder order) {
        removeAll();
        Locale locale = getLocale();
        title = getTranslation("easypayment.detail.title", order.reference());
        add(new H1(title));
        var facts = new Facts()
                .add(getTranslation("easypayment.detail.status"), getTranslation(order.status().labelKey()))
                .add(getTranslation("easypayment.detail.company"), order.legalName() + " (" + order.adherentNumber() + ")")
                .add(getTranslation("easypayment.detail.orderedBy"), order.ordererLogin() + ", "
                        + Formats.dateTime(order.createdAt(), locale))
                .addLeftToRight(getTranslation("easypayment.detail.debtor"), order.debtorAccount().grouped())
                .add(getTranslation("easypayment.detail.creditor"), fund.holder() + " — " + fund.rib())
                .add(getTranslation("easypayment.detail.executionDate"), Formats.date(order.executionDate(), locale))
                .add(getTranslation("easypayment.detail.amount"), Formats.amount(order.amount(), locale))
                .add(getTranslation("easypayment.detail.confirmations"),
                        getTranslation("easypayment.confirmations", order.confirmations().size(), order.confirmationsRequired()));
        for (Confirmation confirmation : order.confirmations()) {
            facts.add(getTranslation("easypayment.detail.confirmedBy"), confirmation.validatorLogin() + ", "
                    + Formats.dateTime(confirmation.confirmedAt(), locale));
        }
        if (order.status() == PaymentOrderStatus.AWAITING) {
            facts.add(getTranslation("easypayment.detail.expiresAt"), Formats.dateTime(order.expiresAt(), locale));
        }
        if (order.aboveDueReason() != null) {
            facts.add(getTranslation("easypayment.detail.aboveDueReason"), order.aboveDueReason());
        }
        if (order.reason() != null) {
            facts.add(getTranslation("easypayment.detail.reason"), order.reason());
        }
        if (order.bankValueDate() != null) {
            facts.add(getTranslation("easypayment.detail.bankValueDate"), Formats.date(order.bankValueDate(), locale));
        }
        facts.addClassName("payment-order-facts");
        add(facts);

        var lines = new Grid<OrderLine>();
        lines.addClassName("order-lines");
        lines.addColumn(line -> PeriodText.of(line.period(), this, locale)).setHeader(getTranslation("easypayment.new.period"));
        lines.addColumn(line -> Formats.amount(line.amount(), locale)).setHeader(getTranslation("easypayment.new.amount"))
                .setTextAlign(ColumnTextAlign.END);
        lines.setItems(order.lines());
        lines.setAllRowsVisible(true);
        add(new PageSection(getTranslation("easypayment.detail.periods"), lines));

        add(actions(order));
        var receipts = new Div(pdf("easypayment.detail.receiptFr", order, PortalI18NProvider.FRENCH, "receipt-fr"),
                pdf("easypayment.detail.receiptAr", order, PortalI18NProvider.ARABIC, "receipt-ar"));
        add(receipts, new Anchor("company/payments", getTranslation("easypayment.detail.back")));
    }

    private Div actions(PaymentOrder order) {
        var actions = new Div();
        actions.addClassName("payment-order-actions");
        PortalUser me = currentUser.require();
        boolean own = order.ordererAccountId() == me.accountId().value();
        if (own && me.has(Role.PAYMENT_ORDERER) && order.changeable()) {
            var edit = new Button(getTranslation("easypayment.detail.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate("company/payments/" + id + "/edit")));
            edit.addClassName("edit-order");
            var withdraw = new Button(getTranslation("easypayment.detail.withdraw"), click -> {
                if (Feedback.attempt(this, () -> orders.withdraw(id))) {
                    Feedback.done(this, "easypayment.withdrawn", order.reference());
                }
                render(orders.mine(id));
            });
            withdraw.addClassName("withdraw-order");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setDisableOnClick(true);
            actions.add(new VerticalLayout(edit, withdraw));
        }
        if (!me.has(Role.PAYMENT_VALIDATOR) || order.status() != PaymentOrderStatus.AWAITING) {
            return actions;
        }
        if (own) {
            actions.add(paragraph("easypayment.detail.ownOrder", "own-order"));
            return actions;
        }
        if (order.confirmedBy(me.login())) {
            actions.add(paragraph("easypayment.detail.alreadyConfirmed", "already-confirmed"));
            return actions;
        }
        Proof proof = orders.proofAsked();
        // a short label and the explanation as helper text, which wraps: a long label was cut at 360 px and in Arabic
        var code = new TextField(getTranslation("easypayment.detail.code"));
        code.addClassName("confirmation-code");
        code.setHelperText(getTranslation("easypayment.detail.code.help"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.setMaxWidth("24em");
        var password = new PasswordField(getTranslation("easypayment.detail.password"));
        password.addClassName("confirmation-password");
        password.setHelperText(getTranslation("easypayment.detail.password.help"));
        password.setWidthFull();
        password.setMaxWidth("24em");
        var confirm = new Button(getTranslation("easypayment.detail.confirm"), click -> {
            String typed = proof == Proof.CODE ? code.getValue() : proof == Proof.PASSWORD ? password.getValue() : null;
            PaymentOrder[] done = new PaymentOrder[1];
            if (Feedback.attempt(this, () -> done[0] = orders.confirm(id, order.version(), typed))) {
                Feedback.done(this, done[0].status() == PaymentOrderStatus.AWAITING ? "easypayment.confirmedDone"
                        : "easypayment.executedDone", order.reference());
            }
            render(orders.mine(id));
        });
        confirm.addClassName("confirm-order");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        var reason = new TextArea(getTranslation("easypayment.detail.rejectReason"));
        reason.addClassName("reject-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        var reject = new Button(getTranslation("easypayment.detail.reject"), click -> {
            if (Feedback.attempt(this, () -> orders.reject(id, reason.getValue()))) {
                Feedback.done(this, "easypayment.rejectedDone", order.reference());
            }
            render(orders.mine(id));
        });
        reject.addClassName("reject-order");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var form = new VerticalLayout();
        form.setPadding(false);
        if (proof == Proof.CODE) {
            form.add(code);
        } else if (proof == Proof.PASSWORD) {
            form.add(password);
        }
        form.add(confirm, reason, reject);
        actions.add(form);
        return actions;
    }

    private Paragraph paragraph(String key, String className) {
        var paragraph = new Paragraph(getTranslation(key));
        paragraph.addClassName(className);
        return paragraph;
    }

    /** Drawn when the link is followed, through the service: the access rule is checked then. */
    private Anchor pdf(String textKey, PaymentOrder order, Locale language, String className) {
        Supplier<byte[]> content = () -> orders.receiptPdf(id, language);
        String fileName = order.reference() + "-" + language.getLanguage() + ".pdf";
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), getTranslation(textKey));
        link.addClassName(className);
        link.getStyle().set("display", "block");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
