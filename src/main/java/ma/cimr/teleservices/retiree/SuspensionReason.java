package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

/**
 * Why a pension is suspended ({@code retiree.suspension_reason}, V32): the retiree is told it and
 * what to do. A missing supporting document suspends for its own kind, and accepting one of that
 * kind lifts it (DD036); the bank's returns are the monthly run's.
 */
public enum SuspensionReason {
    PROOF_OF_LIFE, NON_REMARRIAGE, SCHOOLING, BANK_RETURN, OTHER;

    /** The document whose absence this reason stands for, if any. */
    public @Nullable DocumentKind document() {
        return switch (this) {
            case PROOF_OF_LIFE -> DocumentKind.PROOF_OF_LIFE;
            case NON_REMARRIAGE -> DocumentKind.NON_REMARRIAGE;
            case SCHOOLING -> DocumentKind.SCHOOLING;
            case BANK_RETURN, OTHER -> null;
        };
    }

    public static SuspensionReason of(DocumentKind kind) {
        return valueOf(kind.name());
    }
}
