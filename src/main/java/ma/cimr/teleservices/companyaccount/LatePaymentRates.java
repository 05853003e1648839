package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.companyaccount.repository.LatePaymentRateRepository;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The late-payment surcharge rate, kept by date (DD029). Anyone reads it (the company's account
 * shows the rate that priced each period); an administrator proposes a new row, and it counts once
 * another administrator approves it (DD025, {@link LatePaymentRateApproval}), audited with the row it
 * replaced.
 */
@Service
public class LatePaymentRates {

    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

    private final LatePaymentRateRepository rates;
    private final Approvals approvals;

    LatePaymentRates(LatePaymentRateRepository rates, Approvals approvals) {
        this.rates = rates;
        this.approvals = approvals;
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<LatePaymentRate> history() {
        return rates.all();
    }

    /** Proposes a row; nothing counts until a second administrator approves it. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void propose(LocalDate appliesFrom, BigDecimal monthlyPercent, int dueDay) {
        Objects.requireNonNull(appliesFrom);
        BigDecimal percent = percent(monthlyPercent);
        requireDueDay(dueDay);
        var change = new LinkedHashMap<String, String>();
        change.put("kind", "companyaccount.rates.title");
        change.put("appliesFrom", appliesFrom.toString());
        change.put("value", percent.toPlainString());
        change.put("dueDay", String.valueOf(dueDay));
        change.put("before", was(appliesFrom));
        approvals.propose(LatePaymentRateApproval.ACTION, LatePaymentRateApproval.subject(appliesFrom), change);
    }

    String was(LocalDate appliesFrom) {
        return rates.all().stream().filter(rate -> rate.appliesFrom().equals(appliesFrom)).findFirst()
                .map(rate -> rate.monthlyPercent().toPlainString() + " % / " + rate.dueDay()).orElse("new");
    }

    static BigDecimal percent(@Nullable BigDecimal value) {
        if (value == null) {
            throw new Refusal("companyaccount.rates.error.percent");
        }
        BigDecimal percent = value.setScale(2, RoundingMode.HALF_UP);
        if (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) >= 0) {
            throw new Refusal("companyaccount.rates.error.percent");
        }
        return percent;
    }

    /** 28 at most: every month has the day. */
    static void requireDueDay(int dueDay) {
        if (dueDay < 1 || dueDay > 28) {
            throw new Refusal("companyaccount.rates.error.dueDay");
        }
    }
}
