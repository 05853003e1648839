package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.company.ContributionCategory;

import java.util.List;

/**
 * « Informations générales »: how many confirmations an E@sypaiement order needs (1 or 2), how
 * many active validators the company has, and its categories of staff.
 */
public record GeneralInformation(String adherentNumber, String legalName, int paymentConfirmations,
                                 int activeValidators, List<ContributionCategory> categories) {

    /**
     * Two confirmations need two different validators (« refaites l'opération pour ajouter un
     * deuxième validateur »): with fewer, every order would wait for one that does not exist.
     */
    public boolean lacksValidators() {
        return paymentConfirmations == 2 && activeValidators < 2;
    }
}
