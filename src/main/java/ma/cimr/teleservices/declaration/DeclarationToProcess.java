package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.request.TrafficLight;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A filed declaration (or recall) as staff work it: whose, which period and category, its totals
 * kept on the row, and the charter clock of the request filed with it (due date and light).
 *
 * @param dueDate  the linked request's due date: the charter's 2 (or 4) business days from the filing
 */
public record DeclarationToProcess(long id, long companyId, String adherentNumber, String companyName, DuePeriod duePeriod,
                                   DeclarationKind kind, long categoryId, String categoryCode, String categoryLabel, DeclarationStatus status,
                                   int lineCount, BigDecimal totalSalary, BigDecimal totalEmployee, BigDecimal totalEmployer,
                                   @Nullable Instant filedAt, @Nullable Long requestId, @Nullable String requestReference,
                                   @Nullable LocalDate dueDate, @Nullable TrafficLight light,
                                   @Nullable Long recallsDeclarationId, @Nullable String recallMotive,
                                   @Nullable Instant processedAt, @Nullable Instant cancelledAt,
                                   @Nullable String cancellationReason) {

    public boolean isRecall() {
        return kind == DeclarationKind.RECALL;
    }

    /** Still to process: filed, or taken in charge and not finished. */
    public boolean awaitsProcessing() {
        return status.awaitsProcessing();
    }

    public DeclarationToProcess withLight(@Nullable TrafficLight trafficLight) {
        return new DeclarationToProcess(id, companyId, adherentNumber, companyName, duePeriod, kind, categoryId, categoryCode,
                categoryLabel, status, lineCount, totalSalary, totalEmployee, totalEmployer, filedAt, requestId,
                requestReference, dueDate, trafficLight, recallsDeclarationId, recallMotive, processedAt, cancelledAt,
                cancellationReason);
    }
}
