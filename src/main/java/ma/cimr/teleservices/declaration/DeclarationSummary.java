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
                                 DuePeriod period, DeclarationKind kind, DeclarationChannel channel, DeclarationStatus status, int lineCount,
                                 Money totalSalary, Money totalEmployee, Money totalEmployer, Instant createdAt,
                                 @Nullable Instant filedAt, @Nullable String requestReference, @Nullable Long fileId) {


    public Money totalContributions() {
        return totalEmployee.add(totalEmployer);
    }

    /** Whether a cancellation or a recall may be asked for it: a filed original, not yet cancelled. */
    public boolean correctable() {
        return kind == DeclarationKind.ORIGINAL && status.filed();
    }
}
