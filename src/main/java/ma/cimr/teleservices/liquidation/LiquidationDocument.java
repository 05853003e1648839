package ma.cimr.teleservices.liquidation;

import java.time.Instant;

/** A document drawn at liquidation, in French and Arabic; its PDF comes from {@link LiquidationDocuments#pdf}. */
public record LiquidationDocument(long id, Kind kind, Instant createdAt) {

    public enum Kind {
        /** The notification of rights: the pension liquidated, how it was computed, from when it is paid. */
        NOTIFICATION_OF_RIGHTS,
        /** The first payment schedule: the months to come, their amount and where they are paid. */
        FIRST_PAYMENT_SCHEDULE
    }
}
