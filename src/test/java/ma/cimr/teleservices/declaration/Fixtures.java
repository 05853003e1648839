package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.DuePeriod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the files under src/test/resources/declaration as the portal will, for November 2026. */
final class Fixtures {

    static final DuePeriod NOVEMBER = DuePeriod.parse("2026-11");

    /** A file read, and the lines it gave. */
    record Read(DeclarationFileResult result, List<DeclarationLine> lines) {

        /** The problems as "line FIELD ERROR [arguments]", the form the tests compare. */
        List<String> problems() {
            return result.problems().stream().map(Fixtures::describe).toList();
        }
    }

    static Read read(String fixture) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/declaration/" + fixture)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + fixture);
            }
            return read(in, NOVEMBER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(InputStream in, DuePeriod period) throws IOException {
        List<DeclarationLine> lines = new ArrayList<>();
        DeclarationFileResult result = new DeclarationFileReader(period).read(in, lines::add);
        return new Read(result, lines);
    }

    static String describe(DeclarationFileProblem problem) {
        return problem.line() + " " + (problem.field() == null ? "-" : problem.field().name()) + " "
                + problem.error().name() + " " + problem.arguments();
    }

    private Fixtures() {
    }
}
