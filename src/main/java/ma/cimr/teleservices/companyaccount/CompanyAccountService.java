package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.companyaccount.repository.AccountReadModel;
import ma.cimr.teleservices.companyaccount.repository.AccountReadModel.CompanyRow;
import ma.cimr.teleservices.companyaccount.repository.LatePaymentRateRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The compte adhérent (DD029): read, never stored, from the company's declarations and the payments
 * recorded for it, with the surcharges of the day. The company reads its own (the compte adhérent
 * user and the delegate, never the télédéclaration user: each sees what their role allows), always
 * the signed-in user's company; staff read any company's by its adherent number.
 */
@Service
public class CompanyAccountService {

    static final String READERS = "hasAnyRole('" + Roles.COMPANY_ACCOUNT + "', '" + Roles.DELEGATE + "')";
    /** E@sypaiement's orderers and validators (issue 12): they read the dues their orders settle. */
    static final String PAYERS = "hasAnyRole('" + Roles.PAYMENT_ORDERER + "', '" + Roles.PAYMENT_VALIDATOR + "')";

    private final AccountReadModel accounts;
    private final LatePaymentRateRepository rates;
    private final AccountStatementPdf statementPdf;
    private final TransferOrderPdf transferOrderPdf;
    private final FundBankAccount fundAccount;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompanyAccountService(AccountReadModel accounts, LatePaymentRateRepository rates, AccountStatementPdf statementPdf,
                          TransferOrderPdf transferOrderPdf, FundBankAccount fundAccount, CurrentUser currentUser,
                          Clock clock) {
        this.accounts = accounts;
        this.rates = rates;
        this.statementPdf = statementPdf;
        this.transferOrderPdf = transferOrderPdf;
        this.fundAccount = fundAccount;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public AccountSituation myAccount() {
        long companyId = currentUser.companyId().value();
        return situation(accounts.company(companyId)
                .orElseThrow(() -> new IllegalStateException("account linked to a missing company " + companyId)));
    }

    /**
     * The same account for E@sypaiement (issue 12): the orderer chooses the open periods an order
     * settles, and the validators' confirmations are checked against them again.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PAYERS)
    public AccountSituation myAccountToPay() {
        return myAccount();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CompanyPayments.STAFF)
    public AccountSituation accountOf(String adherentNumber) {
        if (!AdherentNumber.isOne(adherentNumber)) {
            throw new Refusal("companyaccount.error.unknownCompany");
        }
        return situation(accounts.companyByAdherentNumber(adherentNumber.strip())
                .orElseThrow(() -> new Refusal("companyaccount.error.unknownCompany")));
    }

    /** What the company owes today and how to pay it; refused when nothing is owed. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public TransferOrder myTransferOrder() {
        AccountSituation account = myAccount();
        List<AccountPeriod> open = account.openPeriods();
        if (open.isEmpty()) {
            throw new Refusal("companyaccount.error.nothingToPay");
        }
        BigDecimal total = open.stream().map(AccountPeriod::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TransferOrder(account, open, total, TransferOrder.referenceFor(account.adherentNumber(), open),
                fundAccount);
    }

    /** The relevé de situation as a PDF in the given language. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public byte[] myStatementPdf(Locale locale) {
        return statementPdf.render(myAccount(), locale);
    }

    /** The ordre de virement as a PDF in the given language. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public byte[] myTransferOrderPdf(Locale locale) {
        return transferOrderPdf.render(myTransferOrder(), locale);
    }

    private AccountSituation situation(CompanyRow company) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        return AccountLedger.situation(company, accounts.declarations(company.id()), accounts.allocations(company.id()),
                rates.all(), today);
    }
}
