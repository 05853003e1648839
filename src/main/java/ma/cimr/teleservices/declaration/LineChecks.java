package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Matricule;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The checks one line can pass without the fund's data: each field's format, the salary's bounds,
 * the days worked, dates inside the due period. Every problem of the line is reported, not only
 * the first, so a company fixes a line once.
 */
final class LineChecks {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9\\s\\u00a0\\u202f]*([.,][0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,3}");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z0-9]{1,10}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int LONGEST_NAME = 100;

    private final DuePeriod period;
    private final Money salaryCeiling;
    private final int maxDays;

    LineChecks(DuePeriod period, DeclarationFileLimits limits) {
        this.period = period;
        boolean quarter = period.frequency() == DuePeriod.Frequency.QUARTER;
        this.salaryCeiling = Money.of(limits.monthlySalaryCeiling().amount().multiply(BigDecimal.valueOf(quarter ? 3 : 1)));
        this.maxDays = quarter ? 92 : 31;
    }

    /** The line, or null after telling each of its problems. */
    @Nullable DeclarationLine read(long lineNumber, Map<DeclarationColumn, String> cells,
                                   Consumer<DeclarationFileProblem> problems) {
        List<DeclarationFileProblem> found = new ArrayList<>();
        Consumer<DeclarationFileProblem> counting = found::add;
        for (var cell : cells.entrySet()) {
            if (isFormula(cell.getValue())) {
                counting.accept(DeclarationFileProblem.of(lineNumber, cell.getKey(), DeclarationFileError.FORMULA,
                        cell.getValue()));
            }
        }
        if (!found.isEmpty()) {
            found.forEach(problems);
            return null; // a formula's other checks would only repeat it
        }
        Matricule matricule = identifier(lineNumber, DeclarationColumn.MATRICULE, cells, DeclarationFileError.MATRICULE_FORMAT,
                Matricule::parse, counting);
        Cin cin = identifier(lineNumber, DeclarationColumn.CIN, cells, DeclarationFileError.CIN_FORMAT, Cin::parse, counting);
        String name = cell(cells, DeclarationColumn.NOM);
        if (name.length() > LONGEST_NAME) {
            counting.accept(DeclarationFileProblem.of(lineNumber, DeclarationColumn.NOM, DeclarationFileError.NAME_TOO_LONG,
                    LONGEST_NAME));
        }
        if (cell(cells, DeclarationColumn.MATRICULE).isEmpty()
                && (cell(cells, DeclarationColumn.CIN).isEmpty() || name.isEmpty())) {
            counting.accept(DeclarationFileProblem.of(lineNumber, DeclarationColumn.MATRICULE,
                    DeclarationFileError.IDENTITY_REQUIRED));
        }
        Integer days = days(lineNumber, cell(cells, DeclarationColumn.JOURS), counting);
        Money salary = salary(lineNumber, cell(cells, DeclarationColumn.SALAIRE), days, counting);
        LocalDate entry = date(lineNumber, DeclarationColumn.DATE_ENTREE, cells, counting);
        LocalDate exit = date(lineNumber, DeclarationColumn.DATE_SORTIE, cells, counting);
        if (entry != null && exit != null && entry.isAfter(exit)) {
            counting.accept(DeclarationFileProblem.of(lineNumber, DeclarationColumn.DATE_SORTIE,
                    DeclarationFileError.DATES_ORDER));
        }
        String category = cell(cells, DeclarationColumn.CATEGORIE).toUpperCase(Locale.ROOT);
        if (category.isEmpty()) {
            counting.accept(DeclarationFileProblem.of(lineNumber, DeclarationColumn.CATEGORIE, DeclarationFileError.REQUIRED));
        } else if (!CATEGORY.matcher(category).matches()) {
            counting.accept(DeclarationFileProblem.of(lineNumber, DeclarationColumn.CATEGORIE,
                    DeclarationFileError.CATEGORY_FORMAT, category));
        }
        if (!found.isEmpty() || salary == null || days == null) {
            // in the columns' order, as the user reads the line (a salary or a day count not read was told)
            found.sort(Comparator.comparing(problem -> problem.field() == null ? -1 : problem.field().ordinal()));
            found.forEach(problems);
            return null;
        }
        return new DeclarationLine(lineNumber, matricule, cin, name.isEmpty() ? null : name, salary, days, entry, exit,
                category);
    }

    /** A cell of the line; the reader reads lines only under a header naming every column, so none is missing. */
    private static String cell(Map<DeclarationColumn, String> cells, DeclarationColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** "=SUM(A1)", "+33", "@cmd": what a spreadsheet would run when the file is opened again. A number is not one. */
    static boolean isFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '@' || first == '+' || first == '\t' || first == '\r') {
            return true;
        }
        return first == '-' && !NUMBER.matcher(cell).matches();
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> @Nullable T identifier(long line, DeclarationColumn column, Map<DeclarationColumn, String> cells,
                                              DeclarationFileError error, Parser<T> parser,
                                              Consumer<DeclarationFileProblem> problems) {
        String text = cell(cells, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (Refusal refusal) {
            problems.accept(DeclarationFileProblem.of(line, column, error, text));
            return null;
        }
    }

    private @Nullable Integer days(long line, String text, Consumer<DeclarationFileProblem> problems) {
        if (text.isEmpty()) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.JOURS, DeclarationFileError.REQUIRED));
            return null;
        }
        if (!INTEGER.matcher(text).matches()) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.JOURS, DeclarationFileError.DAYS_FORMAT, text));
            return null;
        }
        int days = Integer.parseInt(text);
        if (days > maxDays) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.JOURS, DeclarationFileError.DAYS_RANGE,
                    days, maxDays));
            return null;
        }
        return days;
    }

    private @Nullable Money salary(long line, String text, @Nullable Integer days, Consumer<DeclarationFileProblem> problems) {
        if (text.isEmpty()) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.SALAIRE, DeclarationFileError.REQUIRED));
            return null;
        }
        String compact = SPACES.matcher(text).replaceAll("");
        if (compact.startsWith("-") && NUMBER.matcher(text).matches()) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.SALAIRE, DeclarationFileError.SALARY_NEGATIVE,
                    text));
            return null;
        }
        Money salary;
        try {
            salary = Money.parse(compact);
        } catch (Refusal refusal) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.SALAIRE, DeclarationFileError.SALARY_FORMAT, text));
            return null;
        }
        if (salary.isGreaterThan(salaryCeiling)) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.SALAIRE, DeclarationFileError.SALARY_ABSURD,
                    salary.toString(), salaryCeiling.toString()));
            return null;
        }
        if (salary.isZero() && days != null && days > 0) {
            problems.accept(DeclarationFileProblem.of(line, DeclarationColumn.SALAIRE,
                    DeclarationFileError.SALARY_ZERO_WITH_DAYS, days));
            return null;
        }
        return salary;
    }

    private @Nullable LocalDate date(long line, DeclarationColumn column, Map<DeclarationColumn, String> cells,
                                     Consumer<DeclarationFileProblem> problems) {
        String text = cell(cells, column);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, text.contains("/") ? FRENCH_DATE : ISO_DATE);
        } catch (DateTimeParseException e) {
            problems.accept(DeclarationFileProblem.of(line, column, DeclarationFileError.DATE_FORMAT, text));
            return null;
        }
        if (date.isBefore(period.firstDay()) || date.isAfter(period.lastDay())) {
            problems.accept(DeclarationFileProblem.of(line, column, DeclarationFileError.DATE_OUTSIDE_PERIOD, text,
                    period.toString()));
            return null;
        }
        return date;
    }
}
