package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.Matricule;
import ma.cimr.teleservices.shared.value.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any well-formed line, written any documented way (separator, decimal mark, date format,
 * encoding, byte order mark), reads back as itself; any file of random lines or bytes is reported
 * on, never thrown at the caller.
 */
class DeclarationFileProperties {

    private static final LocalDate FIRST = Fixtures.NOVEMBER.firstDay();

    /** How a company's system may write the file. */
    record Writing(char separator, char decimal, boolean frenchDates, Charset charset, boolean byteOrderMark) {
    }

    @Provide
    Arbitrary<DeclarationLine> lines() {
        Arbitrary<Matricule> matricules = Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(9).map(Matricule::new);
        Arbitrary<Cin> cins = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6)).as((letters, digits) -> new Cin(letters + digits));
        Arbitrary<String> names = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéèçàô -'").ofMaxLength(30))
                .as((first, rest) -> (first + rest).strip());
        Arbitrary<Money> salaries = Arbitraries.longs().between(0, 100_000_000).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 31);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 29).map(FIRST::plusDays).injectNull(0.6);
        Arbitrary<String> categories = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(10);
        Arbitrary<Boolean> newcomer = Arbitraries.of(true, false);
        return Combinators.combine(newcomer, matricules, cins.injectNull(0.5), names, salaries, days, dates, dates)
                .as((isNew, matricule, cin, name, salary, worked, one, other) -> {
                    LocalDate entry = one == null || other == null || !one.isAfter(other) ? one : other;
                    LocalDate exit = one == null || other == null || !one.isAfter(other) ? other : one;
                    int dayCount = salary.isZero() ? 0 : worked;
                    return isNew ? new DeclarationLine(2, null, cin == null ? new Cin("AB1") : cin, name, salary, dayCount,
                            entry, exit, "X")
                            : new DeclarationLine(2, matricule, cin, cin == null ? null : name, salary, dayCount, entry, exit, "X");
                })
                .flatMap(line -> categories.map(category -> new DeclarationLine(line.lineNumber(), line.matricule(),
                        line.cin(), line.name(), line.salary(), line.days(), line.entry(), line.exit(), category)));
    }

    @Provide
    Arbitrary<Writing> writings() {
        return Combinators.combine(Arbitraries.of(';', ','), Arbitraries.of(',', '.'), Arbitraries.of(true, false),
                Arbitraries.of(StandardCharsets.UTF_8, FileEncoding.WINDOWS_1252), Arbitraries.of(true, false))
                .as((separator, decimal, french, charset, bom) -> new Writing(separator, decimal, french, charset,
                        bom && charset == StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void aWellFormedLineReadsBackAsItselfHoweverTheFileIsWritten(@ForAll("lines") DeclarationLine line,
                                                                  @ForAll("writings") Writing writing) throws IOException {
        var read = Fixtures.read(new ByteArrayInputStream(file(List.of(line), writing)), Fixtures.NOVEMBER);
        assertThat(read.problems()).isEmpty();
        assertThat(read.lines()).containsExactly(line);
    }

    @Property(tries = 300)
    void aFileOfRandomLinesIsReportedOnNeverThrown(
            @ForAll @Size(max = 30) List<@net.jqwik.api.constraints.StringLength(max = 120)
                    @net.jqwik.api.constraints.Chars({';', ',', '"', '=', '-', '+', '@', '0', '1', '9', 'A', 'B', 'é', ' ',
                    '/', '.', '\r', '\t', '\uFEFF', '\u0000'}) String> lines) throws IOException {
        String text = "matricule;cin;nom;salaire;jours;date_entree;date_sortie;categorie\n" + String.join("\n", lines);
        var read = Fixtures.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Fixtures.NOVEMBER);
        assertThat(read.result().soundLines()).isEqualTo(read.lines().size()).isLessThanOrEqualTo(read.result().dataLines());
        assertThat(read.result().importable()).isEqualTo(read.result().problemCount() == 0 && read.result().dataLines() > 0);
        if (!read.result().importable() && read.result().dataLines() > 0) {
            assertThat(read.result().problems()).isNotEmpty();
        }
    }

    @Property(tries = 200)
    void anyBytesAreReportedOnNeverThrown(@ForAll @Size(max = 2_000) byte[] bytes) throws IOException {
        var read = Fixtures.read(new ByteArrayInputStream(bytes), Fixtures.NOVEMBER);
        assertThat(read.result().importable() || !read.result().problems().isEmpty()).isTrue();
    }

    static byte[] file(List<DeclarationLine> lines, Writing writing) {
        var text = new StringBuilder(String.join(String.valueOf(writing.separator()),
                "Matricule", "CIN", "Nom", "Salaire", "Jours", "Date d'entrée", "Date de sortie", "Catégorie")).append("\r\n");
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(writing.frenchDates() ? "dd/MM/yyyy" : "yyyy-MM-dd");
        for (DeclarationLine line : lines) {
            List<String> cells = new ArrayList<>();
            cells.add(line.matricule() == null ? "" : line.matricule().value());
            cells.add(line.cin() == null ? "" : line.cin().value());
            cells.add(line.name() == null ? "" : line.name());
            cells.add(line.salary().toString().replace('.', writing.decimal()));
            cells.add(Integer.toString(line.days()));
            cells.add(line.entry() == null ? "" : dates.format(line.entry()));
            cells.add(line.exit() == null ? "" : dates.format(line.exit()));
            cells.add(line.category());
            text.append(String.join(String.valueOf(writing.separator()),
                    cells.stream().map(cell -> quoted(cell, writing.separator())).toList())).append("\r\n");
        }
        var out = new ByteArrayOutputStream();
        if (writing.byteOrderMark()) {
            out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.toString().getBytes(writing.charset()));
        return out.toByteArray();
    }

    private static String quoted(String cell, char separator) {
        return cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
