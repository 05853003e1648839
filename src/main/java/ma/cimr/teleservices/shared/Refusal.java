package ma.cimr.teleservices.shared;

import java.util.Arrays;

/**
 * A rule said no: the one way a service tells its caller why an action was refused. It carries a
 * translation key and its arguments, never a sentence, so every screen says it in the user's
 * language through {@code shared.ui.Feedback}; nothing was changed (the transaction rolls back).
 *
 * <p>A JDK exception (an {@code IllegalArgumentException} from a parser, a {@code NullPointerException})
 * is a defect, not a refusal: it goes to the error page and the log, never shown as a key.
 */
public class Refusal extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public Refusal(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The translation key saying why, e.g. {@code request.error.contact}. */
    public String key() {
        return key;
    }

    /** The values the translated message shows ({0}, {1}...). */
    public Object[] arguments() {
        // transient: a refusal that went through serialization keeps its key, not its values
        return arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public String toString() {
        Object[] values = arguments();
        return "Refusal[" + key + (values.length == 0 ? "" : " " + Arrays.toString(values)) + "]";
    }
}
