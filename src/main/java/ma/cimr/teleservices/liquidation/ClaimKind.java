package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.shared.Refusal;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a pension claim asks for: the affiliate's own pension (normal at 60, early from 50 with its
 * age coefficient, late, or early at 55–59 without reduction under the Mousabbak option), or the
 * pension of a deceased affiliate's survivor. Each kind says at which ages it may be taken and which
 * papers prove it (DD035).
 */
public enum ClaimKind {
    NORMAL(60, 60),
    EARLY(50, 59),
    LATE(61, 70),
    MOUSABBAK(55, 59),
    SURVIVOR_SPOUSE(0, 200),
    SURVIVOR_ORPHAN(0, 200);

    private final int youngest;
    private final int oldest;

    ClaimKind(int youngest, int oldest) {
        this.youngest = youngest;
        this.oldest = oldest;
    }

    public boolean survivor() {
        return this == SURVIVOR_SPOUSE || this == SURVIVOR_ORPHAN;
    }

    /** The affiliate's own pension at this age: refused when the kind does not fit it. */
    void requireAge(int age) {
        if (!survivor() && (age < youngest || age > oldest)) {
            throw new Refusal("liquidation.error.kindAge." + name(), String.valueOf(age));
        }
    }

    /** The papers this claim needs, from its kind and the claimant's options. */
    public Set<DocumentKind> requiredDocuments(PaymentMode paymentMode, boolean reversionToSpouse) {
        Set<DocumentKind> documents = EnumSet.of(DocumentKind.CIN_COPY, DocumentKind.BIRTH_CERTIFICATE);
        switch (this) {
            case NORMAL, EARLY, LATE, MOUSABBAK -> {
                documents.add(DocumentKind.WORK_CERTIFICATE);
                if (reversionToSpouse) {
                    documents.add(DocumentKind.MARRIAGE_CERTIFICATE);
                }
            }
            case SURVIVOR_SPOUSE -> documents.addAll(Set.of(DocumentKind.DEATH_CERTIFICATE,
                    DocumentKind.MARRIAGE_CERTIFICATE));
            case SURVIVOR_ORPHAN -> documents.addAll(Set.of(DocumentKind.DEATH_CERTIFICATE,
                    DocumentKind.CIVIL_STATUS_RECORD, DocumentKind.SCHOOLING_CERTIFICATE));
        }
        if (paymentMode == PaymentMode.BANK_TRANSFER) {
            documents.add(DocumentKind.RIB_CERTIFICATE);
        }
        return documents;
    }
}
