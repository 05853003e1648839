package ma.cimr.teleservices.subscription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each field of the subscription form accepts, as the fund's forms and the company table do. */
class SubscriptionRulesTest {

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @CsvSource({
            "0522424888, LANDLINE, 0522424888",
            "05 22 42 48 88, LANDLINE, 0522424888",
            "05.22.42.48.88, LANDLINE, 0522424888",
            "+212 5 22 42 48 88, LANDLINE, 0522424888",
            "+212522424888, LANDLINE, 0522424888",
            "06 61 23 45 67, MOBILE, 0661234567",
            "07-01-02-03-04, MOBILE, 0701020304",
            "+212 7 01 02 03 04, MOBILE, 0701020304",
            "+2120661234567, MOBILE, 0661234567",
            "00212 661 234 567, MOBILE, 0661234567",
            "0661234567, ANY, 0661234567",
            "0536681122, ANY, 0536681122"})
    void moroccanNumbersAreReadWhateverTheSeparators(String typed, PhoneKind kind, String national) {
        assertThat(SubscriptionRules.nationalNumber(typed, kind)).contains(national);
        assertThat(SubscriptionRules.phone(typed, kind)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not a {1} number")
    @CsvSource({
            "0661234567, LANDLINE",
            "0522424888, MOBILE",
            "0822424888, ANY",
            "052242488, LANDLINE",
            "05224248889, LANDLINE",
            "522424888, LANDLINE",
            "+33 6 12 34 56 78, MOBILE",
            "06 61 23 45 6A, MOBILE"})
    void otherNumbersAreRefusedWithTheMessageOfTheirKind(String typed, PhoneKind kind) {
        assertThat(SubscriptionRules.nationalNumber(typed, kind)).isEmpty();
        assertThat(SubscriptionRules.phone(typed, kind)).contains("delegateSubscription.error.phone." + kind);
    }

    @Test
    void phonesAreOptionalAndShownInPairs() {
        assertThat(SubscriptionRules.phone("  ", PhoneKind.MOBILE)).isEmpty();
        assertThat(SubscriptionRules.phone(null, PhoneKind.LANDLINE)).isEmpty();
        assertThat(SubscriptionRules.displayed("0522424888")).isEqualTo("05 22 42 48 88");
    }

    @Test
    void rcHasOneToSevenDigitsAndPatenteEight() {
        assertThat(SubscriptionRules.rcNumber("1")).isEmpty();
        assertThat(SubscriptionRules.rcNumber("1234567")).isEmpty();
        assertThat(SubscriptionRules.rcNumber("12345678")).contains("delegateSubscription.error.rc");
        assertThat(SubscriptionRules.rcNumber("RC123")).contains("delegateSubscription.error.rc");
        assertThat(SubscriptionRules.patenteNumber("34567890")).isEmpty();
        assertThat(SubscriptionRules.patenteNumber("3456789")).contains("delegateSubscription.error.patente");
        assertThat(SubscriptionRules.adherentNumber("100234")).isEmpty();
        assertThat(SubscriptionRules.adherentNumber("10023")).contains("delegateSubscription.error.adherentNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "www.atlas-conserves.ma", "https://atlas.ma", "http://www.atlas.ma/contact?x=1",
            "atlas.co.ma:8443/a"})
    void aWebsiteIsOptionalAndAnAddressWhenGiven(String site) {
        assertThat(SubscriptionRules.website(site)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"atlas", "www atlas.ma", "ftp://atlas.ma", "http://", "-atlas.ma", "atlas.m"})
    void somethingElseIsNotAWebsite(String site) {
        assertThat(SubscriptionRules.website(site)).contains("delegateSubscription.error.website");
    }

    @Test
    void theServiceRefusesTheFirstFieldInErrorAndTidiesTheRest() {
        var head = new ContactPerson(Civility.MRS, " Kettani ", "Nadia", "Gérante", null, "05.36.68.11.22", "",
                null, "+212 6 61 23 45 67", "");
        var delegate = new ContactPerson(null, "Amrani", "Youssef", "Comptable", "", null, null, "", "", " y@x.ma ");
        SubscriptionForm checked = new SubscriptionForm("100758", " 20877", "62044518", " ", head, delegate).checked();
        assertThat(checked.rcNumber()).isEqualTo("20877");
        assertThat(checked.website()).isNull();
        assertThat(checked.head().lastName()).isEqualTo("Kettani");
        assertThat(checked.head().landline1()).isEqualTo("0536681122");
        assertThat(checked.head().landline2()).isNull();
        assertThat(checked.head().gsm()).isEqualTo("0661234567");
        assertThat(checked.head().email()).isNull();
        assertThat(checked.delegate().email()).isEqualTo("y@x.ma");

        var noEmail = new ContactPerson(null, "Amrani", "Youssef", "Comptable", null, null, null, null, null, " ");
        assertThatThrownBy(() -> new SubscriptionForm("100758", "20877", "62044518", null, head, noEmail).checked())
                .hasMessage("validation.required");
        var mobileAsFax = new ContactPerson(null, "Amrani", "Youssef", "Comptable", null, null, null, "0661234567",
                null, "y@x.ma");
        assertThatThrownBy(() -> new SubscriptionForm("100758", "20877", "62044518", null, head, mobileAsFax).checked())
                .hasMessage("delegateSubscription.error.phone.LANDLINE");
    }
}
