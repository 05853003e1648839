package ma.cimr.teleservices.audit.repository;

import ma.cimr.teleservices.audit.AccessReason;
import ma.cimr.teleservices.audit.PersonFile;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.STAFF_ACCESS;

@Repository
class JooqStaffAccessRepository implements StaffAccessRepository {

    private final DSLContext dsl;

    JooqStaffAccessRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Instant at, String staffLogin, String staffName, PersonFile person, String screen,
                       AccessReason reason, String reasonText) {
        dsl.insertInto(STAFF_ACCESS)
                .set(STAFF_ACCESS.OPENED_AT, at.atOffset(ZoneOffset.UTC))
                .set(STAFF_ACCESS.STAFF_LOGIN, staffLogin)
                .set(STAFF_ACCESS.STAFF_NAME, staffName)
                .set(STAFF_ACCESS.SUBJECT_KIND, person.kind().name())
                .set(STAFF_ACCESS.SUBJECT_ID, person.id())
                .set(STAFF_ACCESS.SCREEN, screen)
                .set(STAFF_ACCESS.REASON, reason.name())
                .set(STAFF_ACCESS.REASON_TEXT, reasonText)
                .execute();
    }

    @Override
    public List<Line> of(List<PersonFile> files) {
        return dsl.selectFrom(STAFF_ACCESS)
                .where(anyOf(files))
                .orderBy(STAFF_ACCESS.OPENED_AT.desc(), STAFF_ACCESS.ID.desc())
                .fetch(row -> new Line(row.getOpenedAt().toInstant(), row.getStaffName(),
                        AccessReason.valueOf(row.getReason()), row.getReasonText()));
    }

    @Override
    public int count(List<PersonFile> files) {
        return dsl.fetchCount(STAFF_ACCESS, anyOf(files));
    }

    private static Condition anyOf(List<PersonFile> files) {
        return DSL.or(files.stream()
                .map(file -> STAFF_ACCESS.SUBJECT_KIND.eq(file.kind().name()).and(STAFF_ACCESS.SUBJECT_ID.eq(file.id())))
                .toList());
    }
}
