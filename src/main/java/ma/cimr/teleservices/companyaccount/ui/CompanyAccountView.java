package ma.cimr.teleservices.companyaccount.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.companyaccount.AccountEntry;
import ma.cimr.teleservices.companyaccount.AccountPeriod;
import ma.cimr.teleservices.companyaccount.AccountSituation;
import ma.cimr.teleservices.companyaccount.CompanyAccountService;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The compte adhérent as the company reads it (DD029): per due period, what was declared, the
 * surcharges, what was paid, the balance and the running balance; a period's entries; the statement
 * and the transfer order as PDFs in French and Arabic. The compte adhérent user reads it in the
 * company space, the delegate in theirs; the télédéclaration user has no access.
 */
@Menu(title = "companyaccount.nav.account", order = 3.5)
@Route(value = "company/account", layout = CompanyLayout.class)
@RouteAlias(value = "delegate/account", layout = DelegateLayout.class)
@RolesAllowed({Roles.COMPANY_ACCOUNT, Roles.DELEGATE})
class CompanyAccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyAccountService accounts;
    private final CurrentUser currentUser;
    private final VerticalLayout entries = new VerticalLayout();

    CompanyAccountView(CompanyAccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("company-account");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SpaceGuard.requireOwnSpace(event, currentUser);
        removeAll();
        Locale locale = getLocale();
        AccountSituation account = accounts.myAccount();
        add(new H1(getTranslation("companyaccount.title")));
        add(new Paragraph(getTranslation("companyaccount.intro", account.legalName(), account.adherentNumber(),
                Formats.date(account.asOf(), locale))));

        var summary = new Facts()
                .add(getTranslation("companyaccount.declared"), Formats.amount(account.declared(), locale))
                .add(getTranslation("companyaccount.surcharges"), Formats.amount(account.surcharges(), locale))
                .add(getTranslation("companyaccount.paid"), Formats.amount(account.paid(), locale))
                .add(getTranslation("companyaccount.balance"), Formats.amount(account.balance(), locale));
        summary.addClassName("company-account-summary");
        var rate = new Paragraph(account.rate() == null ? getTranslation("companyaccount.rate.none")
                : getTranslation("companyaccount.rate.inForce", Formats.rate(account.rate().monthlyPercent(), locale),
                String.valueOf(account.rate().dueDay())));
        rate.addClassName("company-account-rate");
        add(new PageSection(getTranslation("companyaccount.summary"), summary, rate,
                new Paragraph(getTranslation("companyaccount.opening"))));

        add(new PageSection(getTranslation("companyaccount.downloads"), downloads(account)));

        if (account.periods().isEmpty()) {
            var empty = new Paragraph(getTranslation("companyaccount.empty"));
            empty.addClassName("company-account-empty");
            add(empty);
            return;
        }
        // newest first, as the company looks for last month; read again when the browser asks (DD048)
        var periods = new LazyGrid<AccountPeriod>(account.periods().size(),
                (offset, limit) -> LazyGrid.window(accounts.myAccount().periods().reversed(), offset, limit));
        periods.addClassName("company-account-periods");
        var period = periods.addColumn(getTranslation("companyaccount.period"), p -> PeriodText.of(p.period(), this, locale))
                .setAutoWidth(true);
        amountColumn(periods, AccountPeriod::declared, "companyaccount.declared", locale);
        amountColumn(periods, AccountPeriod::surcharges, "companyaccount.surcharges", locale);
        amountColumn(periods, AccountPeriod::paid, "companyaccount.paid", locale);
        var balance = amountColumn(periods, AccountPeriod::balance, "companyaccount.balance", locale);
        amountColumn(periods, AccountPeriod::runningBalance, "companyaccount.runningBalance", locale);
        var dueDate = periods.addColumn(getTranslation("companyaccount.dueDate"), p -> Formats.shortDate(p.dueDate(), locale))
                .setAutoWidth(true);
        periods.keepOnPhone(period, balance, dueDate);
        periods.setSelectionListener(this::showEntries);
        entries.setPadding(false);
        entries.addClassName("company-account-entries");
        add(new PageSection(getTranslation("companyaccount.periods"), periods), entries);
        periods.select(0);
    }

    private LazyGrid.Column<AccountPeriod> amountColumn(LazyGrid<AccountPeriod> grid, Function<AccountPeriod, BigDecimal> figure,
                                                        String key, Locale locale) {
        return grid.addColumn(getTranslation(key), p -> Formats.amount(figure.apply(p), locale)).setAutoWidth(true).alignToEnd();
    }

    private void showEntries(AccountPeriod period) {
        Locale locale = getLocale();
        entries.removeAll();
        // the period's entries, read again when the browser asks (DD048)
        var due = period.period();
        var grid = new LazyGrid<AccountEntry>(period.entries().size(), (offset, limit) -> LazyGrid.window(
                accounts.myAccount().periods().stream().filter(p -> p.period().equals(due)).findFirst()
                        .map(AccountPeriod::entries).orElse(java.util.List.of()), offset, limit));
        grid.addClassName("company-account-entry-grid");
        var date = grid.addColumn(getTranslation("companyaccount.entry.date"), e -> Formats.shortDate(e.date(), locale))
                .setAutoWidth(true);
        var kind = grid.addColumn(getTranslation("companyaccount.entry.kind"), e -> getTranslation(e.kind().labelKey()))
                .setAutoWidth(true);
        grid.addColumn(getTranslation("companyaccount.entry.detail"), e -> e.unpaid() == null ? e.detail()
                : getTranslation("companyaccount.entry.surchargeOn", Formats.amount(e.unpaid(), locale)));
        var amount = grid.addColumn(getTranslation("companyaccount.entry.amount"), e -> Formats.amount(e.amount(), locale))
                .setAutoWidth(true).alignToEnd();
        grid.keepOnPhone(date, kind, amount);
        entries.add(new PageSection(getTranslation("companyaccount.entriesOf", PeriodText.of(period.period(), this, locale)), grid));
    }

    private Div downloads(AccountSituation account) {
        var links = new Div();
        links.addClassName("company-account-downloads");
        links.add(pdf("companyaccount.download.statementFr", "account-statement-fr.pdf",
                () -> accounts.myStatementPdf(PortalI18NProvider.FRENCH), "statement-fr"));
        links.add(pdf("companyaccount.download.statementAr", "account-statement-ar.pdf",
                () -> accounts.myStatementPdf(PortalI18NProvider.ARABIC), "statement-ar"));
        if (account.openPeriods().isEmpty()) {
            var nothing = new Paragraph(getTranslation("companyaccount.error.nothingToPay"));
            nothing.addClassName("company-account-nothing-to-pay");
            links.add(nothing);
        } else {
            links.add(pdf("companyaccount.download.transferFr", "transfer-order-fr.pdf",
                    () -> accounts.myTransferOrderPdf(PortalI18NProvider.FRENCH), "transfer-fr"));
            links.add(pdf("companyaccount.download.transferAr", "transfer-order-ar.pdf",
                    () -> accounts.myTransferOrderPdf(PortalI18NProvider.ARABIC), "transfer-ar"));
        }
        return links;
    }

    /** Drawn when the link is followed, through the service: the access rule is checked then. */
    private Anchor pdf(String textKey, String fileName, Supplier<byte[]> content, String className) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), getTranslation(textKey));
        link.addClassName(className);
        link.addClassName("company-account-pdf");
        // one link per line on a 360 px phone
        link.getStyle().set("display", "block");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("companyaccount.title");
    }
}
