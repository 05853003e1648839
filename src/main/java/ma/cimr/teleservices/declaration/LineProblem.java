package ma.cimr.teleservices.declaration;

import java.util.List;

/**
 * Why one line of a draft cannot be filed as it stands, against the fund's data: a translation
 * key and its arguments, the line's number first.
 */
public record LineProblem(int lineNumber, String key, List<Object> arguments) {

    public LineProblem {
        arguments = List.copyOf(arguments);
    }
}
