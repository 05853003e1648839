package ma.cimr.teleservices.shared.value;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/** An affiliate's matricule at the fund: 7 to 9 digits. The one definition of that format. */
public record Matricule(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{7,9}");

    public Matricule {
        value = Texts.matching(value, FORMAT, "validation.matricule");
    }

    public static Matricule parse(@Nullable String text) {
        return new Matricule(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** Whether the text is one, for a form's validator (the service parses it again). */
    public static boolean isOne(@Nullable String text) {
        return Texts.matches(text, FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
