package ma.cimr.teleservices.parameter.repository;

import ma.cimr.teleservices.parameter.PublicHoliday;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.PUBLIC_HOLIDAY;

@Repository
class JooqHolidayRepository implements HolidayRepository {

    private final DSLContext dsl;

    JooqHolidayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LocalDate> allDates() {
        return dsl.select(PUBLIC_HOLIDAY.HOLIDAY_DATE).from(PUBLIC_HOLIDAY).fetch(PUBLIC_HOLIDAY.HOLIDAY_DATE);
    }

    @Override
    public List<PublicHoliday> findByYear(int year) {
        return dsl.selectFrom(PUBLIC_HOLIDAY)
                .where(PUBLIC_HOLIDAY.HOLIDAY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(PUBLIC_HOLIDAY.HOLIDAY_DATE)
                .fetch(row -> new PublicHoliday(row.getHolidayDate(), row.getKind(),
                        row.getLabelFr(), row.getLabelAr(), row.getLabelEn(), row.getEstimated()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(PublicHoliday holiday) {
        dsl.insertInto(PUBLIC_HOLIDAY)
                .set(PUBLIC_HOLIDAY.HOLIDAY_DATE, holiday.date())
                .set(PUBLIC_HOLIDAY.KIND, holiday.kind())
                .set(PUBLIC_HOLIDAY.LABEL_FR, holiday.labelFr())
                .set(PUBLIC_HOLIDAY.LABEL_AR, holiday.labelAr())
                .set(PUBLIC_HOLIDAY.LABEL_EN, holiday.labelEn())
                .set(PUBLIC_HOLIDAY.ESTIMATED, holiday.estimated())
                .onConflict(PUBLIC_HOLIDAY.HOLIDAY_DATE)
                .doUpdate()
                .set(PUBLIC_HOLIDAY.KIND, holiday.kind())
                .set(PUBLIC_HOLIDAY.LABEL_FR, holiday.labelFr())
                .set(PUBLIC_HOLIDAY.LABEL_AR, holiday.labelAr())
                .set(PUBLIC_HOLIDAY.LABEL_EN, holiday.labelEn())
                .set(PUBLIC_HOLIDAY.ESTIMATED, holiday.estimated())
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(LocalDate date) {
        return dsl.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(date)).execute() > 0;
    }
}
