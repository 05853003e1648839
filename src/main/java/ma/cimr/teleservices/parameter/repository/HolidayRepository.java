package ma.cimr.teleservices.parameter.repository;

import ma.cimr.teleservices.parameter.PublicHoliday;

import java.time.LocalDate;
import java.util.List;

public interface HolidayRepository {

    List<LocalDate> allDates();

    List<PublicHoliday> findByYear(int year);

    /** Inserts, or replaces the holiday already on that date. */
    void save(PublicHoliday holiday);

    boolean delete(LocalDate date);
}
