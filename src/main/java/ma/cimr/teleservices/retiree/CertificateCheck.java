package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the public check page says about a code: whether the certificate exists and is valid,
 * expired or revoked, and just enough of its holder to match the paper (name and N° DP masked).
 */
public record CertificateCheck(Certificate.@Nullable State state, Certificate.@Nullable Kind kind,
                               @Nullable Integer taxYear, @Nullable String maskedName,
                               @Nullable String maskedFileNumber, @Nullable LocalDate issuedOn,
                               @Nullable LocalDate validUntil) {

    static CertificateCheck unknown() {
        return new CertificateCheck(null, null, null, null, null, null, null);
    }

    public boolean known() {
        return state != null;
    }

    /** Each word's first letter, the rest hidden: "Karim Bennani" reads "K•••• B••••••". */
    static String maskName(String name) {
        var masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.append(word.charAt(0)).append("•".repeat(word.length() - 1));
        }
        return masked.toString();
    }

    /** "DP0000123" reads "DP•••••23". */
    static String maskFileNumber(String pensionFileNumber) {
        int n = pensionFileNumber.length();
        return pensionFileNumber.substring(0, 2) + "•".repeat(n - 4) + pensionFileNumber.substring(n - 2);
    }
}
