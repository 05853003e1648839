package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.Matricule;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATE_ENROLMENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

@Repository
class JooqEnrolmentRepository implements EnrolmentRepository {

    private final DSLContext dsl;

    JooqEnrolmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Candidate> affiliateWithoutAccount(String matricule, String cin, LocalDate birthDate) {
        if (!Matricule.isOne(matricule) || !Cin.isOne(cin)) {
            return Optional.empty(); // no affiliate has such a number
        }
        return dsl.select(AFFILIATE.ID, AFFILIATE.EMAIL).from(AFFILIATE)
                .where(AFFILIATE.MATRICULE.eq(Matricule.parse(matricule)), AFFILIATE.CIN.eq(Cin.parse(cin)),
                        AFFILIATE.BIRTH_DATE.eq(birthDate))
                .and(notExists(selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.AFFILIATE_ID.eq(AFFILIATE.ID))))
                .fetchOptional(row -> new Candidate(row.value1(), row.value2() == null ? null : row.value2().value()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long linkId, long affiliateId, String email) {
        dsl.insertInto(AFFILIATE_ENROLMENT)
                .set(AFFILIATE_ENROLMENT.LINK_ID, linkId)
                .set(AFFILIATE_ENROLMENT.AFFILIATE_ID, affiliateId)
                .set(AFFILIATE_ENROLMENT.EMAIL, email)
                .execute();
    }

    @Override
    public Optional<Enrolment> findByLink(long linkId) {
        return dsl.select(AFFILIATE.ID, AFFILIATE.MATRICULE, AFFILIATE.FIRST_NAME, AFFILIATE.LAST_NAME,
                        AFFILIATE_ENROLMENT.EMAIL)
                .from(AFFILIATE_ENROLMENT)
                .join(AFFILIATE).on(AFFILIATE.ID.eq(AFFILIATE_ENROLMENT.AFFILIATE_ID))
                .where(AFFILIATE_ENROLMENT.LINK_ID.eq(linkId))
                .fetchOptional(row -> new Enrolment(row.value1(), row.value2().value(), row.value3() + " " + row.value4(),
                        row.value5()));
    }
}
