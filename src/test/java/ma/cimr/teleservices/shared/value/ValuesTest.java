package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each identifier and amount reads what the fund's forms accept and refuses the rest with its own key. */
class ValuesTest {

    @Test
    void aCinIsOneOrTwoLettersThenUpToSixDigitsReadInCapitals() {
        assertThat(Cin.parse(" be123456 ").value()).isEqualTo("BE123456");
        assertThat(Cin.parse("A1").value()).isEqualTo("A1");
        for (String bad : new String[]{"", "123456", "ABC123", "BE1234567", "BE 123", "B-12"}) {
            assertThatThrownBy(() -> Cin.parse(bad)).as(bad).isInstanceOf(Refusal.class)
                    .hasMessage("validation.cin");
        }
        assertThat(Cin.isOne("be123456")).isTrue();
        assertThat(Cin.isOne(null)).isFalse();
    }

    @Test
    void anIceHasFifteenDigitsThatMakeAMultipleOfNinetySeven() {
        assertThat(Ice.parse("001 561 191 000 066").value()).isEqualTo("001561191000066");
        assertThat(Ice.withKey("0015611910000").value()).isEqualTo("001561191000066");
        assertThatThrownBy(() -> Ice.parse("001561191000065")).hasMessage("validation.ice.key");
        assertThatThrownBy(() -> Ice.parse("001651191000066")).as("two digits swapped").hasMessage("validation.ice.key");
        assertThatThrownBy(() -> Ice.parse("00156119100006")).hasMessage("validation.ice.format");
        assertThatThrownBy(() -> Ice.parse("00156119100006A")).hasMessage("validation.ice.format");
        assertThatThrownBy(() -> Ice.parse(null)).hasMessage("validation.ice.format");
        assertThat(Ice.isOne("002136093000040")).isTrue();
        assertThat(Ice.isOne("002136093000041")).isFalse();
    }

    @Test
    void aTradeRegisterNumberHasOneToSevenDigitsAndIsNeverZero() {
        assertThat(RcNumber.parse(" 12345 ").value()).isEqualTo("12345");
        assertThat(RcNumber.parse("0012345").value()).as("leading zeros dropped").isEqualTo("12345");
        assertThatThrownBy(() -> RcNumber.parse("12345678")).hasMessage("validation.rc");
        assertThatThrownBy(() -> RcNumber.parse("12A45")).hasMessage("validation.rc");
        assertThatThrownBy(() -> RcNumber.parse("0000")).hasMessage("validation.rc");
        assertThatThrownBy(() -> RcNumber.parse(null)).hasMessage("validation.rc");
        assertThat(RcNumber.isOne("7712")).isTrue();
    }

    @Test
    void aRibHasTwentyFourDigitsWhoseKeyMatchesTheOthers() {
        assertThat(Rib.parse("011 780 0000123456789012 96").value()).isEqualTo("011780000012345678901296");
        assertThat(Rib.withKey("0117800000123456789012").value()).isEqualTo("011780000012345678901296");
        assertThat(Rib.parse("011780000012345678901296").iban()).isEqualTo("MA64011780000012345678901296");
        // the published example of a Moroccan IBAN (ISO 13616 registry)
        assertThat(Rib.parse("011519000001205000534921").iban()).isEqualTo("MA64011519000001205000534921");
        assertThat(Rib.parse("011780000012345678901296").bankCode()).isEqualTo("011");
        assertThat(Rib.parse("011780000012345678901296").grouped()).isEqualTo("011 780 0000123456789012 96");
        assertThatThrownBy(() -> Rib.parse("011780000012345678901297")).hasMessage("validation.rib.key");
        assertThatThrownBy(() -> Rib.parse("011780000021345678901296")).as("two digits swapped")
                .hasMessage("validation.rib.key");
        assertThatThrownBy(() -> Rib.parse("01178000001234567890129")).hasMessage("validation.rib.format");
        assertThatThrownBy(() -> Rib.parse(null)).hasMessage("validation.rib.format");
        assertThat(Rib.isOne("011780000012345678901296")).isTrue();
        assertThat(Rib.isOne("011780000012345678901242")).isFalse();
    }

    @Test
    void aMatriculeHasSevenToNineDigits() {
        assertThat(Matricule.parse(" 1234567 ").value()).isEqualTo("1234567");
        assertThat(Matricule.parse("123456789").value()).isEqualTo("123456789");
        assertThatThrownBy(() -> Matricule.parse("123456")).hasMessage("validation.matricule");
        assertThatThrownBy(() -> Matricule.parse("1234567890")).hasMessage("validation.matricule");
        assertThatThrownBy(() -> Matricule.parse(null)).hasMessage("validation.matricule");
    }

    @Test
    void anAdherentNumberHasSixDigits() {
        assertThat(AdherentNumber.parse("100234 ").value()).isEqualTo("100234");
        assertThatThrownBy(() -> AdherentNumber.parse("10023")).hasMessage("delegateSubscription.error.adherentNumber");
        assertThat(AdherentNumber.isOne("1002345")).isFalse();
    }

    @Test
    void aPensionFileNumberIsDpAndSevenDigits() {
        assertThat(PensionFileNumber.parse("dp0000001").value()).isEqualTo("DP0000001");
        assertThatThrownBy(() -> PensionFileNumber.parse("DP000001")).hasMessage("validation.pensionFileNumber");
        assertThatThrownBy(() -> PensionFileNumber.parse("0000001")).hasMessage("validation.pensionFileNumber");
    }

    @Test
    void anEmailAddressIsTrimmedAndKeepsItsCase() {
        assertThat(EmailAddress.parse("  Prenom.Nom+cimr@sous.domaine.ma ").value()).isEqualTo("Prenom.Nom+cimr@sous.domaine.ma");
        for (String bad : new String[]{"", "nom", "nom@", "@cimr.ma", "nom@cimr", "nom@.ma", "a b@cimr.ma", "a@b@cimr.ma",
                "x".repeat(250) + "@cimr.ma"}) {
            assertThatThrownBy(() -> EmailAddress.parse(bad)).as(bad).hasMessage("validation.email");
        }
    }

    @ParameterizedTest(name = "{0} is {1}, dialled {2}")
    @CsvSource(delimiter = '|', value = {
            "06 12 34 56 78        | +212612345678 | 0612345678",
            "06.12.34.56.78        | +212612345678 | 0612345678",
            "+212 (0)6 12 34 56 78 | +212612345678 | 0612345678",
            "00212 5 22 42 48 88   | +212522424888 | 0522424888",
            "+33 6 12 34 56 78     | +33612345678  | +33612345678"})
    void aPhoneNumberIsHeldInE164AndDialledNationallyWhenMoroccan(String typed, String e164, String dialled) {
        PhoneNumber number = PhoneNumber.parse(typed);
        assertThat(number.value()).isEqualTo(e164);
        assertThat(number.dialled()).isEqualTo(dialled);
        assertThat(PhoneNumber.parse(number.dialled())).isEqualTo(number);
    }

    @Test
    void aMoroccanNumberIsDisplayedInPairs() {
        assertThat(PhoneNumber.parse("+212522424888").displayed()).isEqualTo("05 22 42 48 88");
        assertThat(PhoneNumber.parse("+33612345678").displayed()).isEqualTo("+33612345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "612345678", "01 12 34 56 78", "+212 6 12 34 56", "06 12 34 56 7a", "+0612345678"})
    void whatIsNotAPhoneNumberIsRefused(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOf(Refusal.class).hasMessage("validation.phone");
    }

    @Test
    void moneyIsInDirhamsToTheCentimeAndNeverNegative() {
        assertThat(Money.parse("1 234,5").amount()).isEqualByComparingTo("1234.50");
        assertThat(Money.of(new BigDecimal("12")).amount().scale()).isEqualTo(2);
        assertThat(Money.of("10.00").add(Money.of("2.50"))).isEqualTo(Money.of("12.5"));
        assertThat(Money.of("10").subtract(Money.of("10"))).isEqualTo(Money.ZERO);
        assertThat(Money.of("10").isGreaterThan(Money.of("9.99"))).isTrue();
        assertThatThrownBy(() -> Money.of("10").subtract(Money.of("10.01"))).hasMessage("validation.money.negative");
        assertThatThrownBy(() -> Money.of(new BigDecimal("-1"))).hasMessage("validation.money.negative");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"))).hasMessage("validation.money");
        assertThatThrownBy(() -> Money.parse("12,345")).hasMessage("validation.money");
        assertThatThrownBy(() -> Money.parse("abc")).hasMessage("validation.money");
    }

    @Test
    void aDuePeriodIsAMonthOrAQuarterWithItsFirstAndLastDay() {
        DuePeriod november = DuePeriod.parse("2026-11");
        assertThat(november).isEqualTo(DuePeriod.month(YearMonth.of(2026, 11)));
        assertThat(november.firstDay()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DuePeriod.parse("2026-12").next()).hasToString("2027-01");

        DuePeriod fourth = DuePeriod.parse("2026-T4");
        assertThat(fourth.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(fourth.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(fourth.next()).hasToString("2027-T1");
        assertThat(DuePeriod.parse("2027-t1").previous()).isEqualTo(fourth);
        assertThat(DuePeriod.quarter(2024, 1).lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));

        assertThat(DuePeriod.ofMonthStarting(LocalDate.of(2026, 11, 1))).isEqualTo(november);
        assertThatThrownBy(() -> DuePeriod.ofMonthStarting(LocalDate.of(2026, 11, 2))).hasMessage("validation.duePeriod");

        for (String bad : new String[]{"", "2026-13", "2026-00", "2026-T5", "2026-T0", "26-11", "2026/11", "2026-1"}) {
            assertThatThrownBy(() -> DuePeriod.parse(bad)).as(bad).hasMessage("validation.duePeriod");
        }
    }
}
