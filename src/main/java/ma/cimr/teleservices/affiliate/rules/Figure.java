package ma.cimr.teleservices.affiliate.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A computed number and how it was computed. */
public record Figure(BigDecimal value, Explanation explanation) {

    public Figure {
        Objects.requireNonNull(value);
        Objects.requireNonNull(explanation);
    }
}
