package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.shared.value.Rib;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The accounts the run pays from and to that are not a retiree's: the fund's own account (the
 * debtor of every file, {@code portal.fund.bank-account.*}) and the account of the RAHATI card's
 * issuer, which credits each card from the transfers it receives ({@code portal.pension-run.rahati.*},
 * DD037). Configuration, since the fund may change banks.
 */
@Component
class PaymentAccounts {

    private final String fundHolder;
    private final Rib fundAccount;
    private final String rahatiHolder;
    private final Rib rahatiAccount;

    PaymentAccounts(@Value("${portal.fund.bank-account.holder:CIMR}") String fundHolder,
                    @Value("${portal.fund.bank-account.rib}") String fundAccount,
                    @Value("${portal.pension-run.rahati.holder:RAHATI}") String rahatiHolder,
                    @Value("${portal.pension-run.rahati.rib}") String rahatiAccount) {
        this.fundHolder = fundHolder;
        this.fundAccount = new Rib(fundAccount);
        this.rahatiHolder = rahatiHolder;
        this.rahatiAccount = new Rib(rahatiAccount);
    }

    String fundHolder() {
        return fundHolder;
    }

    Rib fundAccount() {
        return fundAccount;
    }

    String rahatiHolder() {
        return rahatiHolder;
    }

    /** The issuer's account every card payment is sent to, the card named in the remittance information. */
    Rib rahatiAccount() {
        return rahatiAccount;
    }

    String rahatiBankCode() {
        return rahatiAccount.bankCode();
    }
}
