package ma.cimr.teleservices.declaration;

/**
 * Everything a télédéclaration file can get wrong, each a translation key
 * ({@code declaration.file.error.<NAME>}) so the report speaks the user's language. The codes
 * are part of the documented format (src/docs/declaration-file-format.md): a company's IT may
 * match on them, so a code is never renamed, only added.
 */
public enum DeclarationFileError {
    // the file as a whole
    EMPTY,
    NOT_TEXT,
    ENCODING_UNSUPPORTED,
    ENCODING_MIXED,
    FILE_TOO_LARGE,
    TOO_MANY_LINES,
    NO_LINES,
    TOO_MANY_PROBLEMS,
    // the header
    HEADER_MISSING,
    HEADER_UNKNOWN_COLUMN,
    HEADER_DUPLICATE_COLUMN,
    HEADER_MISSING_COLUMN,
    // a line's shape
    LINE_TOO_LONG,
    QUOTE_UNCLOSED,
    COLUMN_COUNT,
    MIXED_SEPARATORS,
    FORMULA,
    // a field
    REQUIRED,
    IDENTITY_REQUIRED,
    MATRICULE_FORMAT,
    CIN_FORMAT,
    NAME_TOO_LONG,
    SALARY_FORMAT,
    SALARY_NEGATIVE,
    SALARY_ABSURD,
    SALARY_ZERO_WITH_DAYS,
    DAYS_FORMAT,
    DAYS_RANGE,
    DATE_FORMAT,
    DATE_OUTSIDE_PERIOD,
    DATES_ORDER,
    CATEGORY_FORMAT,
    DUPLICATE_AFFILIATE,
    // against the fund's data, at the import (DeclarationImport)
    UNKNOWN_MATRICULE,
    OTHER_COMPANY,
    NEWCOMER_KNOWN,
    CATEGORY_UNKNOWN,
    CATEGORY_INACTIVE,
    CATEGORY_NOT_GRANTED,
    PERIOD_ALREADY_DECLARED,
    DRAFT_EXISTS,
    ALREADY_IMPORTED;

    public static final String KEY_PREFIX = "declaration.file.error.";

    public String key() {
        return KEY_PREFIX + name();
    }
}
