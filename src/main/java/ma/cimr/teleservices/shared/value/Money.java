package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount in dirhams, to the centime (scale 2), never negative: what a company pays, what a
 * retiree receives. A balance that may go below zero would be its own type; subtracting more than
 * there is is refused here rather than silently producing a debt.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Digits, an optional decimal point or comma and up to two decimals, spaces allowed between thousands. */
    private static final Pattern TYPED = Pattern.compile("[0-9]+([.,][0-9]{1,2})?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");

    public Money {
        if (amount == null) {
            throw new Refusal("validation.money");
        }
        if (amount.signum() < 0) {
            throw new Refusal("validation.money.negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new Refusal("validation.money");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String plain) {
        return parse(plain);
    }

    /** "1 234,50" or "1234.5" as typed in a form, or a refusal. */
    public static Money parse(@Nullable String typed) {
        String compact = typed == null ? "" : SPACES.matcher(typed).replaceAll("");
        if (!TYPED.matcher(compact).matches()) {
            throw new Refusal("validation.money");
        }
        return new Money(new BigDecimal(compact.replace(',', '.')));
    }

    public Money add(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** What is left; refused when {@code other} is larger, since a Money is never negative. */
    public Money subtract(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Plain digits with two decimals (1234.50), as files and logs write it; screens use Formats.amount. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
