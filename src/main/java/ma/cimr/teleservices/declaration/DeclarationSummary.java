package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One télédéclaration as the history lists it: company, category, due period, where it stands,
 * and the totals kept on its row, so a list of declarations never sums their lines.
 */
public record DeclarationSummary(long id, long companyId, long categoryId, String categoryCode, String categoryLabel,
                                 DuePeriod period, Kind kind, Channel channel, Status status, int lineCount,
                                 Money totalSalary, Money totalEmployee, Money totalEmployer, Instant createdAt,
                                 @Nullable Instant filedAt, @Nullable String requestReference, @Nullable Long fileId) {

    /** The declaration's life (DD027): a draft until filed; processing and cancelling are staff's. */
    public enum Status { DRAFT, FILED, PROCESSING, PROCESSED, CANCELLED }

    /** An original declaration of a period, or a recall (télérappel) of salaries left out of it. */
    public enum Kind { ORIGINAL, RECALL }

    /** Typed in the online form, or sent as a file. */
    public enum Channel { FORM, FILE }

    public Money totalContributions() {
        return totalEmployee.add(totalEmployer);
    }

    /** Whether a cancellation or a recall may be asked for it: a filed original, not yet cancelled. */
    public boolean correctable() {
        return kind == Kind.ORIGINAL
                && (status == Status.FILED || status == Status.PROCESSING || status == Status.PROCESSED);
    }
}
