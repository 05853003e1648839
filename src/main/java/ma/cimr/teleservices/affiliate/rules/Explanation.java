package ma.cimr.teleservices.affiliate.rules;

import java.util.List;
import java.util.Objects;

/**
 * How a figure was obtained, in words the reader's language supplies: a translation key under
 * {@code points.} whose {@code {0}}, {@code {1}}... take the arguments in order, for instance
 * {@code points.sim.netCost}: "30 000,00 DH − 38 % de déduction d'impôt = 18 600,00 DH".
 */
public record Explanation(String key, List<Argument> arguments) {

    public Explanation {
        Objects.requireNonNull(key);
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String key, Argument... arguments) {
        return new Explanation(key, List.of(arguments));
    }
}
