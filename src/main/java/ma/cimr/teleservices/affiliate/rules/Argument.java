package ma.cimr.teleservices.affiliate.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number quoted in an {@link Explanation}, typed so that each language writes it properly: an
 * amount with two decimals, a year without a thousands separator, a coefficient with three
 * decimals. The rules never format; the screen does, in the reader's language.
 */
public sealed interface Argument {

    /** Dirhams. */
    record Money(BigDecimal value) implements Argument {
        public Money {
            Objects.requireNonNull(value);
        }
    }

    record Points(BigDecimal value) implements Argument {
        public Points {
            Objects.requireNonNull(value);
        }
    }

    /** In percent: 38.89 is 38.89 %. */
    record Percent(BigDecimal value) implements Argument {
        public Percent {
            Objects.requireNonNull(value);
        }
    }

    /** A plain multiplier: an age coefficient (0.72), the point price factor (6). */
    record Factor(BigDecimal value) implements Argument {
        public Factor {
            Objects.requireNonNull(value);
        }
    }

    /** A calendar year: 2024, never "2 024". */
    record Year(int value) implements Argument {
    }

    /** A number of things: years, months, monthly payments. */
    record Count(long value) implements Argument {
    }

    /** Quoted as it is: a request's reference, a file number. */
    record Text(String value) implements Argument {
        public Text {
            Objects.requireNonNull(value);
        }
    }

    /** A calendar day, written the reader's way. */
    record Day(java.time.LocalDate value) implements Argument {
        public Day {
            Objects.requireNonNull(value);
        }
    }

    static Money money(BigDecimal value) {
        return new Money(value);
    }

    static Points points(BigDecimal value) {
        return new Points(value);
    }

    static Percent percent(BigDecimal value) {
        return new Percent(value);
    }

    static Factor factor(BigDecimal value) {
        return new Factor(value);
    }

    static Year year(int value) {
        return new Year(value);
    }

    static Count count(long value) {
        return new Count(value);
    }
}
