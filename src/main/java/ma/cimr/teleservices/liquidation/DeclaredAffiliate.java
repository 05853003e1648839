package ma.cimr.teleservices.liquidation;

import java.time.LocalDate;

/** An affiliate the company declared contributions for: whom it may file a pension claim for. */
public record DeclaredAffiliate(long id, String matricule, String cin, String lastName, String firstName,
                                LocalDate birthDate) {

    public String label() {
        return matricule + " — " + lastName + " " + firstName;
    }
}
