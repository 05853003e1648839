package ma.cimr.teleservices.personaldata;

import java.time.Instant;
import java.util.List;

/**
 * Everything the fund holds about the signed-in person, gathered from each feature's own service
 * (law 09-08, issue 16, DD041). One model for the three ways it is read: the page, the PDF and the
 * machine-readable file, so none of them can hold a section the others lack.
 *
 * @param space the person's space ({@code affiliate}, {@code retiree}, {@code company}, {@code delegate})
 */
public record PersonalData(String space, Instant extractedAt, List<Section> sections) {

    public PersonalData {
        sections = List.copyOf(sections);
    }

    public Section section(String name) {
        return sections.stream().filter(section -> section.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + name));
    }

    /**
     * A part of the file: one record (identity, contact) or a list (periods, payments, sign-ins...).
     *
     * @param name   the stable name of the machine-readable file, and the suffix of its translation keys
     * @param single one record, shown as label and value pairs; otherwise a table
     */
    public record Section(String name, boolean single, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }

        public static Section one(String name, Row row) {
            return new Section(name, true, List.of(row));
        }

        public static Section list(String name, List<Row> rows) {
            return new Section(name, false, rows);
        }
    }

    /** One record: its fields in the order they are shown. */
    public record Row(List<Field> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        public static Row of(Field... fields) {
            return new Row(List.of(fields));
        }
    }

    /**
     * One value under its stable name. A value is text, a {@link java.time.LocalDate}, a
     * {@link java.time.YearMonth}, an {@link Instant}, a {@link java.math.BigDecimal} or an
     * {@link Integer}, a {@link Code}, {@link Named} or {@link Country} (shown in words, written as
     * the code), a list of codes, or null when the fund holds nothing there.
     */
    public record Field(String name, @org.jspecify.annotations.Nullable Object value) {
    }

    /** A value from a closed list: the machine-readable file writes the code, people read its words. */
    public record Code(String translationPrefix, String code) {
    }

    /** A country by its ISO code: every country has its name in every language the JDK knows. */
    public record Country(String code) {

        public String label(java.util.Locale locale) {
            return java.util.Locale.of("", code).getDisplayCountry(locale);
        }
    }

    /** A value whose words are data in three languages (a request's type): the code, and its words. */
    public record Named(String code, String french, String arabic, String english) {

        public String label(java.util.Locale locale) {
            return switch (locale.getLanguage()) {
                case "ar" -> arabic;
                case "en" -> english;
                default -> french;
            };
        }
    }
}
