package ma.cimr.teleservices.declaration.repository;

/**
 * A line the fund's data contradicts, as the set-based checks find it: its line number (the first
 * line of the category for a problem of the whole category), the file's column, the error's code
 * and the value in question. {@code total} is how many there are in all, of which the first few are listed.
 */
public record FundProblem(int lineNumber, String column, String code, String value, long total) {
}
