package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jspecify.annotations.Nullable;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a télédéclaration file as a stream (DD026): line by line, each checked on its own and
 * handed to a consumer when sound, so a 20 MB file never sits whole in memory. What it keeps grows
 * only with the affiliates seen (12 bytes each, for duplicates) and the problems (at most
 * {@link DeclarationFileLimits#maxProblems()}). All or nothing is the caller's to apply: it reads
 * the result's {@link DeclarationFileResult#importable()} once the whole file has been read.
 *
 * <p>One reader per file: it remembers the affiliates it has seen.
 */
public final class DeclarationFileReader {

    private final DeclarationFileLimits limits;
    private final LineChecks checks;
    private final AffiliateKeys seen = new AffiliateKeys();
    private final List<DeclarationFileProblem> problems = new ArrayList<>();
    private long problemCount;

    public DeclarationFileReader(DuePeriod period, DeclarationFileLimits limits) {
        this.limits = limits;
        this.checks = new LineChecks(period, limits);
    }

    public DeclarationFileReader(DuePeriod period) {
        this(period, DeclarationFileLimits.DEFAULT);
    }

    /** Reads the whole stream (it is not closed), giving each sound line to {@code sound}. */
    public DeclarationFileResult read(InputStream input, Consumer<DeclarationLine> sound) throws IOException {
        var buffered = new BufferedInputStream(new BoundedInput(input, limits.maxBytes()), FileEncoding.LOOK_AHEAD + 1);
        FileEncoding.Detected detected;
        try {
            detected = FileEncoding.detect(buffered);
        } catch (BoundedInput.TooLarge e) {
            // the look-ahead is far below any sensible limit; a test may set one lower
            report(0, null, DeclarationFileError.FILE_TOO_LARGE, limits.maxBytes() / (1024 * 1024));
            return result(0, 0, null, ';');
        }
        Charset charset = detected.charset();
        if (detected.refused() || charset == null) {
            // a detection names a charset or its refusal
            report(0, null, Objects.requireNonNullElse(detected.refusal(), DeclarationFileError.ENCODING_UNSUPPORTED));
            return result(0, 0, null, ';');
        }
        var lines = new LineInput(new InputStreamReader(buffered, FileEncoding.replacingDecoder(charset)),
                limits.maxLineLength());
        var state = new State();
        state.charset = charset;
        try {
            readLines(lines, state, sound);
        } catch (BoundedInput.TooLarge e) {
            report(0, null, DeclarationFileError.FILE_TOO_LARGE, limits.maxBytes() / (1024 * 1024));
        }
        if (state.header != null && state.dataLines == 0 && problemCount == 0) {
            report(0, null, DeclarationFileError.NO_LINES);
        }
        if (state.header == null && problemCount == 0) {
            // only blank lines, separators or stray quotes (found by DeclarationFileProperties): nothing to read
            report(0, null, DeclarationFileError.EMPTY);
        }
        return result(state.dataLines, state.soundLines, charset, state.separator);
    }

    /** Where the reading is: the header once read, the line counts. */
    private static final class State {
        long lineNumber;
        long dataLines;
        long soundLines;
        char separator = ';';
        // set from the detected encoding before any line is read
        Charset charset = StandardCharsets.UTF_8;
        @Nullable List<DeclarationColumn> header;
        boolean headerSound;
    }

    private void readLines(LineInput lines, State state, Consumer<DeclarationLine> sound) throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            state.lineNumber++;
            if (lines.tooLong()) {
                if (state.header != null) {
                    state.dataLines++;
                }
                report(state.lineNumber, null, DeclarationFileError.LINE_TOO_LONG, limits.maxLineLength());
                continue;
            }
            if (line.indexOf('\uFFFD') >= 0) {
                if (state.header != null) {
                    state.dataLines++;
                }
                report(state.lineNumber, null, DeclarationFileError.ENCODING_MIXED, state.charset.displayName());
                continue;
            }
            if (isBlank(line)) {
                continue; // spreadsheets end files with empty rows; they declare nobody
            }
            if (state.header == null) {
                readHeader(line, state);
                continue;
            }
            state.dataLines++;
            if (state.dataLines == limits.maxLines() + 1) {
                report(state.lineNumber, null, DeclarationFileError.TOO_MANY_LINES, limits.maxLines());
            }
            if (state.headerSound && state.dataLines <= limits.maxLines()) {
                DeclarationLine read = readLine(line, state, state.header);
                if (read != null) {
                    state.soundLines++;
                    sound.accept(read);
                }
            }
        }
    }

    private void readHeader(String line, State state) {
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        int semicolons = CsvCells.count(text, ';');
        int commas = CsvCells.count(text, ',');
        state.separator = semicolons == 0 && commas > 0 ? ',' : ';';
        List<String> cells = CsvCells.split(text, state.separator);
        List<DeclarationColumn> columns = new ArrayList<>();
        if (cells == null) {
            // an unclosed quote: no column can be named
            state.header = columns;
            report(state.lineNumber, null, DeclarationFileError.HEADER_MISSING);
            state.headerSound = false;
            return;
        }
        boolean named = false;
        boolean sound = true;
        for (String cell : cells) {
            DeclarationColumn column = DeclarationColumn.named(cell).orElse(null);
            named |= column != null;
            if (column != null && columns.contains(column)) {
                report(state.lineNumber, column, DeclarationFileError.HEADER_DUPLICATE_COLUMN, cell);
                sound = false;
            }
            columns.add(column);
        }
        state.header = columns;
        if (!named) {
            report(state.lineNumber, null, DeclarationFileError.HEADER_MISSING);
            state.headerSound = false;
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == null && !cells.get(i).isEmpty()) {
                report(state.lineNumber, null, DeclarationFileError.HEADER_UNKNOWN_COLUMN, cells.get(i), i + 1);
                sound = false;
            }
        }
        for (DeclarationColumn column : DeclarationColumn.values()) {
            if (!columns.contains(column)) {
                report(state.lineNumber, column, DeclarationFileError.HEADER_MISSING_COLUMN, column.header());
                sound = false;
            }
        }
        state.headerSound = sound;
    }

    private @Nullable DeclarationLine readLine(String line, State state, List<DeclarationColumn> header) {
        long number = state.lineNumber;
        List<String> cells = CsvCells.split(line, state.separator);
        if (cells == null) {
            report(number, null, DeclarationFileError.QUOTE_UNCLOSED);
            return null;
        }
        while (cells.size() > header.size() && cells.getLast().isEmpty()) {
            cells.removeLast(); // trailing separators, as some spreadsheets write them
        }
        if (cells.size() != header.size()) {
            char other = state.separator == ';' ? ',' : ';';
            if (CsvCells.count(line, other) == header.size() - 1) {
                report(number, null, DeclarationFileError.MIXED_SEPARATORS, String.valueOf(state.separator),
                        String.valueOf(other));
            } else {
                report(number, null, DeclarationFileError.COLUMN_COUNT, cells.size(), header.size());
            }
            return null;
        }
        Map<DeclarationColumn, String> byColumn = new EnumMap<>(DeclarationColumn.class);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null) {
                byColumn.put(header.get(i), cells.get(i));
            }
        }
        DeclarationLine read = checks.read(number, byColumn, problem -> report(problem));
        if (read == null) {
            return null;
        }
        var matricule = read.matricule();
        var cin = read.cin();
        boolean byMatricule = matricule != null;
        String identifier;
        long key;
        if (matricule != null) {
            identifier = matricule.value();
            key = AffiliateKeys.ofMatricule(identifier);
        } else if (cin != null) {
            identifier = cin.value();
            key = AffiliateKeys.ofCin(identifier);
        } else {
            // LineChecks reads a line only with a matricule or a CIN
            throw new IllegalStateException("line " + number + " names nobody");
        }
        int first = seen.firstLine(key, (int) number);
        if (first > 0) {
            report(number, byMatricule ? DeclarationColumn.MATRICULE : DeclarationColumn.CIN,
                    DeclarationFileError.DUPLICATE_AFFILIATE, identifier, first);
            return null;
        }
        return read;
    }

    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != ';' && c != ',' && c != '"' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private void report(long line, @Nullable DeclarationColumn field, DeclarationFileError error, Object... arguments) {
        report(DeclarationFileProblem.of(line, field, error, arguments));
    }

    private void report(DeclarationFileProblem problem) {
        problemCount++;
        if (problems.size() < limits.maxProblems()) {
            problems.add(problem);
        }
    }

    private DeclarationFileResult result(long dataLines, long soundLines, @Nullable Charset charset,
                                         char separator) {
        List<DeclarationFileProblem> listed = new ArrayList<>(problems);
        if (problemCount > problems.size()) {
            listed.add(DeclarationFileProblem.of(0, null, DeclarationFileError.TOO_MANY_PROBLEMS, limits.maxProblems(),
                    problemCount));
        }
        return new DeclarationFileResult(dataLines, soundLines, listed, problemCount, charset, separator);
    }
}
