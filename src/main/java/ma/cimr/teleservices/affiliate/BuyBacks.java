package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.BuyBackRepository;
import ma.cimr.teleservices.affiliate.rules.Figure;
import ma.cimr.teleservices.affiliate.rules.PointsCalculator;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The affiliate's buy-backs (DD040): they ask for the buy-back they simulated, at this year's point
 * price, and get what to pay, to which account (the fund's, {@code portal.fund.bank-account.*}) and
 * the unique reference their transfer must quote. Asking files no request: the charter measures the
 * fund from the identified payment (affiliés n°4) and the bank's confirmation (n°3), which is when
 * {@link BuyBackIdentification} files them.
 */
@Service
public class BuyBacks {

    private static final String AFFILIATE = "hasRole('" + Roles.AFFILIATE + "')";

    private final BuyBackRepository buyBacks;
    private final PensionParameterService parameters;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BigDecimal maxAmount;
    private final FundAccount fundAccount;

    BuyBacks(BuyBackRepository buyBacks, PensionParameterService parameters, AuditTrail auditTrail,
             CurrentUser currentUser, Clock clock,
             @Value("${portal.buy-back.max-amount:500000}") BigDecimal maxAmount,
             @Value("${portal.fund.bank-account.holder:CIMR}") String holder,
             @Value("${portal.fund.bank-account.bank:}") String bank,
             @Value("${portal.fund.bank-account.rib:}") String rib) {
        this.buyBacks = buyBacks;
        this.parameters = parameters;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxAmount = maxAmount;
        this.fundAccount = new FundAccount(holder, bank, rib);
    }

    /** The account a buy-back is paid into, as the transfer order names it. */
    public record FundAccount(String holder, String bank, String rib) {
    }

    public FundAccount fundAccount() {
        return fundAccount;
    }

    /**
     * The affiliate asks for a buy-back of this amount: the points it buys at this year's point price
     * are computed here, never taken from the page; the buy-back gets its payment reference.
     */
    @Transactional
    @PreAuthorize(AFFILIATE)
    public BuyBack ask(BigDecimal amount, Locale language) {
        BigDecimal paid = Objects.requireNonNull(amount).setScale(2, RoundingMode.HALF_UP);
        if (paid.signum() <= 0) {
            throw new Refusal("points.error.buyBackAmount");
        }
        if (paid.compareTo(maxAmount) > 0) {
            throw new Refusal("buyback.error.aboveMaximum", maxAmount.toPlainString());
        }
        PortalUser me = currentUser.require();
        long affiliateId = currentUser.affiliateId().value();
        int year = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).getYear();
        var rules = parameters.parameters();
        Figure points = new PointsCalculator(rules).pointsBought(year, paid);
        String reference = PaymentReferences.of(buyBacks.nextNumber());
        Instant now = clock.instant();
        buyBacks.insert(affiliateId, me.accountId().value(), reference, year, rules.pointPrice(year), points.value(),
                paid, language.getLanguage(), now);
        auditTrail.record(me.login(), "BUY_BACK_ASKED", reference,
                points.value().toPlainString() + " points for " + paid.toPlainString() + " DH at the " + year + " price", null);
        return mine().stream().filter(b -> b.paymentReference().equals(reference)).findFirst().orElseThrow();
    }

    /** The signed-in affiliate's buy-backs, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(AFFILIATE)
    public List<BuyBack> mine() {
        return buyBacks.ofAffiliate(currentUser.affiliateId().value());
    }
}
