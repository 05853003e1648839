package ma.cimr.teleservices.parameter;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.parameter.repository.HolidayRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The public-holiday table and the business-day calendar built from it. Staff read it; only the
 * administrator changes it, and every change is audited.
 */
@Service
public class HolidayService {

    private final HolidayRepository holidays;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    // rebuilt after each change; the table is small and changes a few times a year
    private final AtomicReference<BusinessCalendar> calendar = new AtomicReference<>();

    HolidayService(HolidayRepository holidays, AuditTrail auditTrail, CurrentUser currentUser) {
        this.holidays = holidays;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
    }

    /** The calendar every deadline is computed with. */
    public BusinessCalendar calendar() {
        BusinessCalendar current = calendar.get();
        if (current == null) {
            current = new BusinessCalendar(holidays.allDates());
            calendar.set(current);
        }
        return current;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public List<PublicHoliday> holidays(int year) {
        return holidays.findByYear(year);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void save(PublicHoliday holiday) {
        holidays.save(holiday);
        auditTrail.record(currentUser.require().login(), "HOLIDAY_SAVED", holiday.date().toString(),
                holiday.labelFr() + (holiday.estimated() ? " (estimated)" : ""), null);
        invalidateCalendarAfterCommit();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void delete(LocalDate date) {
        if (holidays.delete(date)) {
            auditTrail.record(currentUser.require().login(), "HOLIDAY_DELETED", date.toString(), null, null);
            invalidateCalendarAfterCommit();
        }
    }

    /** Rebuilt from committed data only, so a rolled-back edit never reaches a deadline. */
    private void invalidateCalendarAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.set(null);
            }
        });
    }
}
