package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The problems of a file as a CSV the company downloads: line; column; what is wrong, in the
 * user's language. UTF-8 with a byte order mark so that Excel shows Arabic and accents right, ";"
 * as Excel expects on a French Windows. A cell that would start a formula is written as text,
 * since the report repeats what the file held.
 */
@Component
public class DeclarationFileReport {

    private final PortalI18NProvider i18n;

    public DeclarationFileReport(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    /** Writes the report; the stream is flushed, not closed. */
    public void write(DeclarationFileResult result, Locale locale, OutputStream output) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        row(writer, title("declaration.file.report.line", locale), title("declaration.file.report.field", locale),
                title("declaration.file.report.problem", locale));
        for (DeclarationFileProblem problem : result.problems()) {
            row(writer, problem.line() == 0 ? "" : Long.toString(problem.line()),
                    problem.field() == null ? "" : title(DeclarationColumn.KEY_PREFIX + problem.field().name(), locale),
                    message(problem, locale));
        }
        writer.flush();
    }

    /** One problem in the user's language, as the report and a screen say it. */
    public String message(DeclarationFileProblem problem, Locale locale) {
        return i18n.getTranslation(problem.error().key(), locale, problem.arguments().toArray());
    }

    /** A text without arguments: a column's title or name. */
    private String title(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }

    private static void row(Writer writer, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(';');
            }
            writer.write(cell(cells[i]));
        }
        writer.write("\r\n");
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
