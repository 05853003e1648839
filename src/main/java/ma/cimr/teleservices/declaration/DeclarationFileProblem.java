package ma.cimr.teleservices.declaration;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One thing wrong in a télédéclaration file, where it is: the report's row. Line 0 is the file as
 * a whole; the field is absent for what concerns the whole line. The arguments fill the
 * translated message; they are short strings or numbers, never a whole cell of unknown length.
 */
public record DeclarationFileProblem(long line, @Nullable DeclarationColumn field, DeclarationFileError error,
                                     List<Object> arguments) {

    private static final int LONGEST_ARGUMENT = 40;

    public DeclarationFileProblem {
        arguments = arguments.stream().map(DeclarationFileProblem::shortened).toList();
    }

    static DeclarationFileProblem of(long line, @Nullable DeclarationColumn field, DeclarationFileError error,
                                     Object... arguments) {
        return new DeclarationFileProblem(line, field, error, List.of(arguments));
    }

    private static Object shortened(Object argument) {
        if (argument instanceof String text && text.length() > LONGEST_ARGUMENT) {
            return text.substring(0, LONGEST_ARGUMENT) + "…";
        }
        return argument;
    }
}
