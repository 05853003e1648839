package ma.cimr.teleservices.affiliate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buy-back's payment reference is read back from what payers write, and one digit mistyped or two
 * neighbours swapped never read as another buy-back's reference (DD040).
 */
class PaymentReferencesTest {

    @Test
    void aReferenceIsReadBackFromTheWaysPayersWriteIt() {
        String reference = PaymentReferences.of(42);
        assertThat(reference).matches("RA\\d{10}").startsWith("RA00000042");
        String spaced = reference.substring(0, 6) + " " + reference.substring(6, 10) + "-" + reference.substring(10);
        for (String written : new String[] {reference, reference.toLowerCase(), spaced, "Rachat de points " + spaced + " Alami",
                "RA12" + reference}) {
            assertThat(PaymentReferences.read(written)).as(written).contains(reference);
        }
        assertThat(PaymentReferences.read("Virement Alami")).isEmpty();
        assertThat(PaymentReferences.read(null)).isEmpty();
    }

    @Test
    void noMistypedDigitNorSwappedNeighboursReadsAsAReference() {
        int readAsAnother = 0;
        int tried = 0;
        for (long number = 1; number <= 3000; number += 7) {
            String reference = PaymentReferences.of(number);
            char[] digits = reference.substring(2).toCharArray();
            for (int at = 0; at < digits.length; at++) {
                for (char typo = '0'; typo <= '9'; typo++) {
                    if (typo == digits[at]) {
                        continue;
                    }
                    char[] wrong = digits.clone();
                    wrong[at] = typo;
                    tried++;
                    readAsAnother += PaymentReferences.read("RA" + new String(wrong)).isPresent() ? 1 : 0;
                }
                if (at + 1 < digits.length && digits[at] != digits[at + 1]) {
                    char[] swapped = digits.clone();
                    swapped[at] = digits[at + 1];
                    swapped[at + 1] = digits[at];
                    tried++;
                    readAsAnother += PaymentReferences.read("RA" + new String(swapped)).isPresent() ? 1 : 0;
                }
            }
        }
        System.out.printf("buy-back payment references: %d typos tried, %d read as another reference%n", tried,
                readAsAnother);
        assertThat(readAsAnother).isZero();
    }
}
