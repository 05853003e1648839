package ma.cimr.teleservices.companyaccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fund's account companies pay their contributions into, as printed on the transfer order:
 * configuration ({@code portal.fund.bank-account.*}), since the fund may change banks.
 */
@Component
public record FundBankAccount(@Value("${portal.fund.bank-account.holder:CIMR}") String holder,
                              @Value("${portal.fund.bank-account.bank:}") String bank,
                              @Value("${portal.fund.bank-account.rib:}") String rib) {
}
