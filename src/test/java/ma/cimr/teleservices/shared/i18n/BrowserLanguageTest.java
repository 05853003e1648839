package ma.cimr.teleservices.shared.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** On a first visit, the browser's preferred language the portal speaks, by the header's weights. */
class BrowserLanguageTest {

    @Test
    void anArabicBrowserGetsArabicAndAFrenchOneFrench() {
        assertThat(LocaleSelection.fromAcceptLanguage("ar-MA,ar;q=0.9,fr;q=0.8,en;q=0.5")).hasValue("ar");
        assertThat(LocaleSelection.fromAcceptLanguage("fr-FR,fr;q=0.9")).hasValue("fr");
        assertThat(LocaleSelection.fromAcceptLanguage("en-US,en;q=0.9")).hasValue("en");
    }

    @Test
    void theWeightsDecideNotTheOrder() {
        assertThat(LocaleSelection.fromAcceptLanguage("en;q=0.3, ar;q=0.8")).hasValue("ar");
    }

    @Test
    void aBrowserInNoneOfOurLanguagesOrNoHeaderLeavesTheChoiceToFrench() {
        assertThat(LocaleSelection.fromAcceptLanguage("de-DE,de;q=0.9,es;q=0.8")).isEmpty();
        assertThat(LocaleSelection.fromAcceptLanguage("de-DE,de;q=0.9,fr;q=0.2")).hasValue("fr");
        assertThat(LocaleSelection.fromAcceptLanguage(null)).isEmpty();
        assertThat(LocaleSelection.fromAcceptLanguage("not a ;;; header")).isEmpty();
    }
}
