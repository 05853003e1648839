package ma.cimr.teleservices.shared.value;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What each value writes, it reads back as itself; and the period arithmetic is consistent. */
class ValueProperties {

    @Provide
    Arbitrary<DuePeriod> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1950, 2100);
        Arbitrary<DuePeriod> months = Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as((year, month) -> new DuePeriod(year, DuePeriod.Frequency.MONTH, month));
        Arbitrary<DuePeriod> quarters = Combinators.combine(years, Arbitraries.integers().between(1, 4))
                .as(DuePeriod::quarter);
        return Arbitraries.oneOf(months, quarters);
    }

    @Property(tries = 500)
    void aDuePeriodReadsBackWhatItWrites(@ForAll("periods") DuePeriod period) {
        assertThat(DuePeriod.parse(period.toString())).isEqualTo(period);
    }

    @Property(tries = 500)
    void theNextPeriodStartsTheDayAfterThisOneEnds(@ForAll("periods") DuePeriod period) {
        assertThat(period.next().firstDay()).isEqualTo(period.lastDay().plusDays(1));
        assertThat(period.next().previous()).isEqualTo(period);
        assertThat(period.next()).isGreaterThan(period);
        long months = ChronoUnit.MONTHS.between(period.firstMonth(), period.lastMonth()) + 1;
        assertThat(months).isEqualTo(period.frequency() == DuePeriod.Frequency.MONTH ? 1 : 3);
    }

    @Property(tries = 500)
    void anIceWithItsKeyIsReadAndAnyOneDigitChangedIsRefused(@ForAll @LongRange(min = 0, max = 9_999_999_999_999L) long company,
                                                           @ForAll @IntRange(min = 0, max = 14) int position,
                                                           @ForAll @IntRange(min = 1, max = 9) int shift) {
        Ice ice = Ice.withKey(String.format("%013d", company));
        assertThat(Ice.parse(ice.value())).isEqualTo(ice);
        char[] digits = ice.value().toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertThat(Ice.isOne(new String(digits))).as("one digit changed: %s", new String(digits)).isFalse();
    }

    @Property(tries = 500)
    void aMoroccanNumberReadsBackFromEveryWayItIsWritten(@ForAll @IntRange(min = 5, max = 7) int kind,
                                                         @ForAll @IntRange(min = 0, max = 99_999_999) int rest) {
        String national = "0" + kind + String.format("%08d", rest);
        PhoneNumber number = PhoneNumber.parse(national);
        assertThat(number.dialled()).isEqualTo(national);
        assertThat(PhoneNumber.parse(number.displayed())).isEqualTo(number);
        assertThat(PhoneNumber.parse(number.value())).isEqualTo(number);
        assertThat(PhoneNumber.parse(national.replaceAll("(..)", "$1.").replaceAll("\\.$", ""))).isEqualTo(number);
        assertThat(PhoneNumber.parse("00212 " + national.substring(1))).isEqualTo(number);
    }

    @Property(tries = 500)
    void moneyReadsBackItsPlainTextAndAddingThenSubtractingChangesNothing(
            @ForAll @IntRange(min = 0, max = 1_000_000_000) int centimes,
            @ForAll @IntRange(min = 0, max = 1_000_000_000) int otherCentimes) {
        Money money = Money.of(BigDecimal.valueOf(centimes, 2));
        Money other = Money.of(BigDecimal.valueOf(otherCentimes, 2));
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(money.add(other).subtract(other)).isEqualTo(money);
    }

    @Property(tries = 300)
    void identifiersReadBackTheirValue(@ForAll @IntRange(min = 0, max = 9_999_999) int digits) {
        String seven = String.format("%07d", digits);
        assertThat(Matricule.parse(Matricule.parse(seven).value()).value()).isEqualTo(seven);
        assertThat(PensionFileNumber.parse("dp" + seven).value()).isEqualTo("DP" + seven);
        assertThat(Cin.parse("ab" + seven.substring(1)).value()).isEqualTo("AB" + seven.substring(1));
        assertThat(AdherentNumber.parse(seven.substring(1)).toString()).isEqualTo(seven.substring(1));
    }
}
