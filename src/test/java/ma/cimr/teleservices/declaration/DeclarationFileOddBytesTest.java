package ma.cimr.teleservices.declaration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Files of a stray quote or separator, found by the properties: each gets a report, none is importable. */
class DeclarationFileOddBytesTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"", ";", ",", "\";", "\"\"", ";;\n;", "\"\n\"", " \" "})
    void aFileOfAStrayQuoteOrSeparatorIsReportedNotImported(String content) throws IOException {
        var read = Fixtures.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), Fixtures.NOVEMBER);

        assertThat(read.result().importable()).isFalse();
        assertThat(read.result().problems()).as("problems for %s", content)
                .extracting(DeclarationFileProblem::error).containsExactly(DeclarationFileError.EMPTY);
    }
}
