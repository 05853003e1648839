package ma.cimr.teleservices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** The names of the tests, as reports show them: sentences. */
class SentenceNamesTest {

    @Test
    void theseNamesAreShownAsSentences(TestInfo test) {
        // junit-platform.properties makes SentenceNames the default for every test class
        assertThat(test.getDisplayName()).isEqualTo("These names are shown as sentences (TestInfo)");
    }

    @Test
    void aCamelCaseNameReadsAsASentence() {
        assertThat(SentenceNames.sentence("anAnonymousVisitorSeesThePublicHomePage"))
                .isEqualTo("An anonymous visitor sees the public home page");
    }

    @Test
    void aSnakeCaseNameReadsAsTheSameSentence() {
        assertThat(SentenceNames.sentence("every_language_has_the_same_keys")).isEqualTo("Every language has the same keys");
    }

    @Test
    void acronymsAndNumbersStayWhole() {
        assertThat(SentenceNames.sentence("a1990YearIsPricedWithTheCarriedBackValues"))
                .isEqualTo("A 1990 year is priced with the carried back values");
        assertThat(SentenceNames.sentence("theStatementPDFHasOnePagePerYear"))
                .isEqualTo("The statement PDF has one page per year");
        assertThat(SentenceNames.sentence("aCINIsTenCharactersAtMost")).isEqualTo("A CIN is ten characters at most");
    }
}
