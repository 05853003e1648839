package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.PhoneNumber;
import ma.cimr.teleservices.shared.value.Rib;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a claim must say before anything is written (DD035), as plain rules the form and the tests
 * share: a retirement date neither before 50 nor more than a year in the past or ahead, a kind that
 * fits the age then, a survivor named and born, a way to reach the claimant, and a RIB whose key is
 * right. Each refusal names what is wrong.
 */
final class ClaimRules {

    /** A claim is filed around the retirement: not for a retirement long gone, nor years ahead. */
    static final int MONTHS_BACK = 12;
    static final int MONTHS_AHEAD = 12;
    static final int EARLIEST_AGE = 50;

    private ClaimRules() {
    }

    static void requireDate(ClaimKind kind, @Nullable LocalDate effective, LocalDate birthDate, LocalDate today) {
        if (effective == null) {
            throw new Refusal(kind.survivor() ? "liquidation.error.deathDateRequired" : "liquidation.error.dateRequired");
        }
        if (effective.isBefore(today.minusMonths(MONTHS_BACK))) {
            throw new Refusal("liquidation.error.tooOld", String.valueOf(MONTHS_BACK));
        }
        if (kind.survivor()) {
            if (effective.isAfter(today)) {
                throw new Refusal("liquidation.error.deathInFuture");
            }
            return;
        }
        if (effective.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            throw new Refusal("liquidation.error.tooFar", String.valueOf(MONTHS_AHEAD));
        }
        int age = Period.between(birthDate, effective).getYears();
        if (age < EARLIEST_AGE) {
            throw new Refusal("liquidation.error.tooYoung", String.valueOf(EARLIEST_AGE), String.valueOf(age));
        }
        kind.requireAge(age);
    }

    /** The survivor as typed, checked: a CIN of the right form, names, a birth date in the past. */
    static Claimant survivor(@Nullable Claimant typed, LocalDate today) {
        if (typed == null || typed.lastName() == null || typed.lastName().isBlank() || typed.firstName() == null
                || typed.firstName().isBlank()) {
            throw new Refusal("liquidation.error.survivorRequired");
        }
        Cin cin = Cin.parse(typed.cin());
        if (typed.birthDate() == null || !typed.birthDate().isBefore(today)) {
            throw new Refusal("liquidation.error.survivorBirthDate");
        }
        return new Claimant(cin.value(), typed.lastName().strip(), typed.firstName().strip(), typed.birthDate(), null, null);
    }

    /** At least one channel to invite the claimant to their space, each well formed. */
    static Claimant reachable(Claimant claimant, @Nullable String email, @Nullable String phone) {
        EmailAddress address = EmailAddress.ofNullable(email);
        PhoneNumber number = PhoneNumber.ofNullable(phone);
        if (address == null && number == null) {
            throw new Refusal("liquidation.error.contactRequired");
        }
        return new Claimant(claimant.cin(), claimant.lastName(), claimant.firstName(), claimant.birthDate(),
                address == null ? null : address.value(), number == null ? null : number.value());
    }

    /** The RIB for a bank transfer, key checked; none for the RAHATI card. */
    static @Nullable String rib(PaymentMode mode, @Nullable String typed) {
        if (mode == PaymentMode.RAHATI_CARD) {
            return null;
        }
        return Rib.parse(typed).value();
    }
}
