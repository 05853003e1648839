package ma.cimr.teleservices.declaration;

import org.jspecify.annotations.Nullable;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What reading a file found: how many lines it had, how many were sound, the problems (the first
 * {@link DeclarationFileLimits#maxProblems()} of {@code problemCount}, then one saying so), and how it was written.
 * All or nothing: a file imports only when it has lines and no problem at all.
 */
public record DeclarationFileResult(long dataLines, long soundLines, List<DeclarationFileProblem> problems,
                                    long problemCount, @Nullable Charset charset, char separator) {

    public DeclarationFileResult {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problemCount == 0 && dataLines > 0;
    }

    /** Whether problems were found beyond those listed (the list then ends with TOO_MANY_PROBLEMS). */
    public boolean truncated() {
        return problemCount >= problems.size() && !problems.isEmpty()
                && problems.getLast().error() == DeclarationFileError.TOO_MANY_PROBLEMS;
    }
}
