package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.shared.links.Tokens;
import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.Matricule;
import ma.cimr.teleservices.shared.value.PensionFileNumber;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.RETIREE_ENROLMENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

@Repository
class JooqRetireeEnrolmentRepository implements RetireeEnrolmentRepository {

    private final DSLContext dsl;

    JooqRetireeEnrolmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Candidate> retireeWithoutAccount(String identifier, String secret) {
        String id = identifier.strip().toUpperCase(Locale.ROOT);
        String typed = secret.strip().toUpperCase(Locale.ROOT);
        Condition who;
        if (PensionFileNumber.isOne(id)) {
            who = RETIREE.PENSION_FILE_NUMBER.eq(PensionFileNumber.parse(id));
        } else if (Matricule.isOne(id)) {
            who = AFFILIATE.MATRICULE.eq(Matricule.parse(id));
        } else {
            return Optional.empty(); // nobody has such a number
        }
        String code = typed.replaceAll("[\\s-]", "");
        Condition proof = Cin.isOne(typed)
                ? RETIREE.CIN.eq(Cin.parse(typed))
                : code.isEmpty() ? org.jooq.impl.DSL.falseCondition() : RETIREE.ACCESS_CODE_HASH.eq(Tokens.hash(code));
        return dsl.select(RETIREE.ID, RETIREE.EMAIL, RETIREE.KIND, AFFILIATE.EMAIL)
                .from(RETIREE)
                .join(AFFILIATE).on(AFFILIATE.ID.eq(RETIREE.AFFILIATE_ID))
                .where(who, proof)
                .and(notExists(selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.RETIREE_ID.eq(RETIREE.ID))))
                .limit(1)
                .fetchOptional(row -> {
                    // a retired affiliate's own address as their employer declared it; a survivor's is their own
                    String employerDeclared = row.value3() == RetireePension.Kind.RETIREE && row.value4() != null
                            ? row.value4().value() : null;
                    return new Candidate(row.value1(), row.value2() != null ? row.value2() : employerDeclared);
                });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long linkId, long retireeId, String email) {
        dsl.insertInto(RETIREE_ENROLMENT)
                .set(RETIREE_ENROLMENT.LINK_ID, linkId)
                .set(RETIREE_ENROLMENT.RETIREE_ID, retireeId)
                .set(RETIREE_ENROLMENT.EMAIL, email)
                .execute();
    }

    @Override
    public Optional<Enrolment> findByLink(long linkId) {
        return dsl.select(RETIREE.ID, RETIREE.PENSION_FILE_NUMBER, RETIREE.FIRST_NAME, RETIREE.LAST_NAME,
                        RETIREE_ENROLMENT.EMAIL)
                .from(RETIREE_ENROLMENT)
                .join(RETIREE).on(RETIREE.ID.eq(RETIREE_ENROLMENT.RETIREE_ID))
                .where(RETIREE_ENROLMENT.LINK_ID.eq(linkId))
                .fetchOptional(row -> new Enrolment(row.value1(), row.value2().value(), row.value3() + " " + row.value4(),
                        row.value5()));
    }
}
