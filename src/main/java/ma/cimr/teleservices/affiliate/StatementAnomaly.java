package ma.cimr.teleservices.affiliate;

/**
 * What an affiliate says is wrong on a line of their statement: the year and the employer of the
 * line, what kind of error, and their own words.
 */
public record StatementAnomaly(Kind kind, int year, String adherentNumber, String comment) {

    public enum Kind { MATRICULE, RIGHTS, NAME, BIRTH_DATE, MISSING_PERIOD }
}
