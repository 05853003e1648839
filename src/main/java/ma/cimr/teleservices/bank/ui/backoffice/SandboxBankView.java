package ma.cimr.teleservices.bank.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.bank.BankAnswer;
import ma.cimr.teleservices.bank.BankAnswer.Outcome;
import ma.cimr.teleservices.bank.BankAnswers;
import ma.cimr.teleservices.bank.IncomingCredit;
import ma.cimr.teleservices.bank.IncomingCredits;
import ma.cimr.teleservices.bank.SandboxBank;
import ma.cimr.teleservices.bank.SandboxBank.ShownTransfer;
import ma.cimr.teleservices.bank.SentMessage;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the portal sent the (sandbox) bank and what it answered: the stand-in for the bank's own
 * screens, where staff see each message as sent and answer its transfers (confirm, reject, return),
 * and tell it of money received on the fund's account (DD040), to play the bank's part in a demo or
 * a rehearsal.
 */
@Menu(title = "nav.backoffice.bank", order = 9.7)
@Route(value = "backoffice/bank", layout = BackofficeLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
class SandboxBankView extends VerticalLayout implements HasDynamicTitle {

    /** The start of a message shown as text; the rest is the same shape. */
    private static final int SHOWN_CHARACTERS = 20_000;

    private final SandboxBank bank;
    private final BankAnswers answers;
    private final IncomingCredits credits;
    private final Grid<SentMessage> messages = new Grid<>();
    private final Grid<IncomingCredit> received = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    SandboxBankView(SandboxBank bank, BankAnswers answers, IncomingCredits credits) {
        this.bank = bank;
        this.answers = answers;
        this.credits = credits;
        add(new H1(getTranslation("bank.sandbox.title")), new Paragraph(getTranslation("bank.sandbox.intro")));
        add(creditForm());
        messages.setId("bank-messages");
        messages.addColumn(m -> Formats.dateTime(m.sentAt(), getLocale())).setHeader(getTranslation("bank.sentAt")).setAutoWidth(true);
        messages.addColumn(SentMessage::messageId).setHeader(getTranslation("bank.messageId")).setAutoWidth(true);
        messages.addColumn(m -> getTranslation("bank.purpose." + m.purpose())).setHeader(getTranslation("bank.purpose")).setAutoWidth(true);
        messages.addColumn(SentMessage::bankCode).setHeader(getTranslation("bank.bankCode")).setAutoWidth(true);
        messages.addColumn(m -> Formats.date(m.executionDate(), getLocale())).setHeader(getTranslation("bank.executionDate")).setAutoWidth(true);
        messages.addColumn(SentMessage::transfers).setHeader(getTranslation("bank.transfers")).setAutoWidth(true);
        messages.addColumn(m -> Formats.amount(m.controlSum(), getLocale())).setHeader(getTranslation("bank.controlSum")).setAutoWidth(true);
        messages.setItems(query -> bank.latest(query.getOffset(), query.getLimit()).stream(), query -> bank.count());
        messages.setAllRowsVisible(true);
        messages.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        detail.setPadding(false);
        add(messages, detail);
    }

    /**
     * The other way money moves: a transfer the fund receives (an affiliate paying a buy-back, DD040),
     * told to the sandbox as the bank would notify it, then handed at once to the feature that reads it.
     */
    private VerticalLayout creditForm() {
        var reference = new TextField(getTranslation("bank.sandbox.credit.referenceLabel"));
        reference.setId("credit-reference");
        reference.setHelperText(getTranslation("bank.sandbox.credit.referenceHelp"));
        reference.setMaxLength(140);
        var amount = new BigDecimalField(getTranslation("bank.sandbox.credit.amountLabel"));
        amount.setId("credit-amount");
        var valueDate = new PortalDatePicker(getTranslation("bank.sandbox.credit.valueDateLabel"));
        valueDate.setId("credit-value-date");
        valueDate.setValue(bank.today());
        var payer = new TextField(getTranslation("bank.sandbox.credit.payerLabel"));
        payer.setId("credit-payer");
        payer.setMaxLength(140);
        var receive = new Button(getTranslation("bank.sandbox.credit.receive"), click -> {
            IncomingCredit[] done = new IncomingCredit[1];
            if (Feedback.attempt(this, () -> done[0] = bank.receiveCredit(reference.getValue(), amount.getValue(),
                    valueDate.getValue(), payer.getValue()))) {
                credits.deliverPending();
                Feedback.done(this, "bank.sandbox.credit.received", done[0].entryId());
                reference.clear();
                amount.clear();
                payer.clear();
                received.setItems(credits.latest(20));
            }
        });
        receive.setId("receive-credit");
        received.setId("bank-incoming-credits");
        received.addColumn(c -> Formats.date(c.valueDate(), getLocale())).setHeader(getTranslation("bank.sandbox.credit.valueDateLabel")).setAutoWidth(true);
        received.addColumn(IncomingCredit::reference).setHeader(getTranslation("bank.sandbox.credit.referenceLabel")).setAutoWidth(true);
        received.addColumn(c -> Formats.amount(c.amount(), getLocale())).setHeader(getTranslation("bank.amount")).setAutoWidth(true);
        received.addColumn(IncomingCredit::entryId).setHeader(getTranslation("bank.sandbox.credit.entry")).setAutoWidth(true);
        received.setItems(credits.latest(20));
        received.setAllRowsVisible(true);
        var form = new FormLayout(reference, amount, valueDate, payer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var section = new VerticalLayout(new H2(getTranslation("bank.sandbox.credit.title")),
                new Paragraph(getTranslation("bank.sandbox.credit.intro")), form, receive, received);
        section.setPadding(false);
        return section;
    }

    private void show(SentMessage message) {
        detail.removeAll();
        if (message == null) {
            return;
        }
        Map<String, BankAnswer> latest = new HashMap<>();
        for (BankAnswer answer : bank.answers(message.messageId())) {
            latest.put(answer.endToEndId(), answer);
        }
        var confirmAll = new Button(getTranslation("bank.sandbox.confirmAll"), click -> {
            if (Feedback.attempt(this, () -> bank.confirmAll(message.messageId()))) {
                answers.deliverPending();
                Feedback.done(this, "bank.sandbox.answered");
                show(message);
            }
        });
        confirmAll.setId("confirm-all");
        confirmAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reason = new TextField(getTranslation("bank.sandbox.reason"));
        reason.setId("answer-reason");
        reason.setMaxLength(140);

        List<ShownTransfer> transfers = bank.transfers(message.messageId(), SandboxBank.SHOWN_TRANSFERS);
        var grid = new Grid<ShownTransfer>();
        grid.setId("bank-transfers");
        grid.addColumn(ShownTransfer::endToEndId).setHeader(getTranslation("bank.endToEndId")).setAutoWidth(true);
        grid.addColumn(ShownTransfer::creditorName).setHeader(getTranslation("bank.creditor"));
        grid.addColumn(ShownTransfer::creditorIban).setHeader(getTranslation("bank.iban")).setAutoWidth(true);
        grid.addColumn(t -> Formats.amount(t.amount(), getLocale())).setHeader(getTranslation("bank.amount")).setAutoWidth(true);
        grid.addColumn(t -> latest.containsKey(t.endToEndId())
                        ? getTranslation("bank.outcome." + latest.get(t.endToEndId()).outcome()) : getTranslation("bank.outcome.none"))
                .setHeader(getTranslation("bank.outcome")).setAutoWidth(true);
        grid.addComponentColumn(t -> actions(message, t, reason)).setAutoWidth(true);
        grid.setItems(transfers);
        grid.setAllRowsVisible(true);

        detail.add(new H2(getTranslation("bank.sandbox.message", message.messageId())),
                new HorizontalLayout(confirmAll, reason), grid);
        if (message.transfers() > transfers.size()) {
            detail.add(new Paragraph(getTranslation("bank.sandbox.more", transfers.size(), message.transfers())));
        }
        var content = new Pre(start(message.messageId()));
        content.setId("bank-message-content");
        content.getStyle().set("max-height", "24rem").set("overflow", "auto").set("white-space", "pre-wrap");
        detail.add(new H2(getTranslation("bank.sandbox.content")), content);
    }

    private HorizontalLayout actions(SentMessage message, ShownTransfer transfer, TextField reason) {
        var reject = new Button(getTranslation("bank.sandbox.reject"),
                click -> answer(message, transfer, Outcome.REJECTED, reason.getValue()));
        reject.addClassName("reject-transfer");
        var returned = new Button(getTranslation("bank.sandbox.return"),
                click -> answer(message, transfer, Outcome.RETURNED, reason.getValue()));
        returned.addClassName("return-transfer");
        var confirm = new Button(getTranslation("bank.sandbox.confirm"),
                click -> answer(message, transfer, Outcome.CONFIRMED, null));
        confirm.addClassName("confirm-transfer");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        returned.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(confirm, reject, returned);
    }

    private void answer(SentMessage message, ShownTransfer transfer, Outcome outcome, @Nullable String reason) {
        String why = outcome == Outcome.CONFIRMED ? null : reason == null || reason.isBlank() ? getTranslation("bank.sandbox.defaultReason") : reason;
        if (Feedback.attempt(this, () -> bank.answer(message.messageId(), transfer.endToEndId(), outcome, why))) {
            answers.deliverPending();
            Feedback.done(this, "bank.sandbox.answered");
            show(message);
        }
    }

    private String start(String messageId) {
        try (InputStream content = bank.content(messageId)) {
            byte[] start = content.readNBytes(SHOWN_CHARACTERS);
            return new String(start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.bank");
    }
}
