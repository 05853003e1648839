package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionPayment;
import ma.cimr.teleservices.retiree.RetireeContact;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.RetireePension.PaymentMode;
import ma.cimr.teleservices.retiree.SuspensionReason;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.PENSION_PAYMENT;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.sum;

@Repository
class JooqRetireeRepository implements RetireeRepository {

    private final DSLContext dsl;

    JooqRetireeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Long> ownCareerAffiliate(long retireeId) {
        return dsl.select(RETIREE.AFFILIATE_ID).from(RETIREE)
                .where(RETIREE.ID.eq(retireeId), RETIREE.KIND.eq(RetireePension.Kind.RETIREE))
                .fetchOptional(RETIREE.AFFILIATE_ID);
    }

    @Override
    public Optional<RetireePension> findPension(long retireeId) {
        return dsl.selectFrom(RETIREE)
                .where(RETIREE.ID.eq(retireeId))
                .fetchOptional(row -> new RetireePension(row.getPensionFileNumber().value(),
                        row.getKind(), row.getLastName(), row.getFirstName(),
                        row.getPaymentMode(), row.getRib(),
                        row.getMonthlyAmount(), row.getPensionStart(), row.getSuspendedSince(),
                        row.getSuspensionReason() == null ? null : SuspensionReason.valueOf(row.getSuspensionReason()),
                        row.getAddress(), row.getCountry(), row.getFamilySituation(), row.getBirthDate(),
                        row.getSurvivorRelation()));
    }

    @Override
    public List<PensionPayment> payments(long retireeId, int offset, int limit) {
        return dsl.selectFrom(PENSION_PAYMENT)
                .where(PENSION_PAYMENT.RETIREE_ID.eq(retireeId))
                .orderBy(PENSION_PAYMENT.DUE_PERIOD.desc())
                .offset(offset)
                .limit(limit)
                .fetch(row -> new PensionPayment(row.getDuePeriod(), row.getGrossAmount(),
                        row.getNetAmount(), row.getPaidOn(), row.getStatus(), row.getReason()));
    }

    @Override
    public int paymentCount(long retireeId) {
        return dsl.fetchCount(PENSION_PAYMENT, PENSION_PAYMENT.RETIREE_ID.eq(retireeId));
    }

    @Override
    public Optional<RetireeContact> contact(long retireeId) {
        var accountEmail = USER_ACCOUNT.EMAIL.convertFrom(email -> email == null ? null : email.value());
        return dsl.select(RETIREE.ID, RETIREE.PENSION_FILE_NUMBER, RETIREE.FIRST_NAME, RETIREE.LAST_NAME,
                        RETIREE.EMAIL, accountEmail, AFFILIATE.EMAIL, RETIREE.KIND, RETIREE.MOBILE,
                        USER_ACCOUNT.PREFERRED_LOCALE)
                .from(RETIREE)
                .join(AFFILIATE).on(AFFILIATE.ID.eq(RETIREE.AFFILIATE_ID))
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.RETIREE_ID.eq(RETIREE.ID))
                .where(RETIREE.ID.eq(retireeId))
                .limit(1)
                .fetchOptional(row -> {
                    String employerDeclared = row.get(RETIREE.KIND) == RetireePension.Kind.RETIREE
                            && row.get(AFFILIATE.EMAIL) != null ? row.get(AFFILIATE.EMAIL).value() : null;
                    String email = row.get(RETIREE.EMAIL) != null ? row.get(RETIREE.EMAIL)
                            : row.get(accountEmail) != null ? row.get(accountEmail) : employerDeclared;
                    String language = row.get(USER_ACCOUNT.PREFERRED_LOCALE);
                    return new RetireeContact(row.get(RETIREE.ID), row.get(RETIREE.PENSION_FILE_NUMBER).value(),
                            row.get(RETIREE.FIRST_NAME) + " " + row.get(RETIREE.LAST_NAME), email,
                            row.get(RETIREE.MOBILE), language == null ? "fr" : language);
                });
    }

    @Override
    public YearPaid paidIn(long retireeId, int year) {
        // summed as the plain numbers they are in the table
        var gross = sum(field(PENSION_PAYMENT.GROSS_AMOUNT.getQualifiedName(), BigDecimal.class));
        var net = sum(field(PENSION_PAYMENT.NET_AMOUNT.getQualifiedName(), BigDecimal.class));
        var row = dsl.select(coalesce(gross, BigDecimal.ZERO), coalesce(net, BigDecimal.ZERO), count())
                .from(PENSION_PAYMENT)
                .where(PENSION_PAYMENT.RETIREE_ID.eq(retireeId),
                        PENSION_PAYMENT.STATUS.eq(PensionPayment.Status.PAID),
                        PENSION_PAYMENT.DUE_PERIOD.between(DuePeriod.ofMonthStarting(LocalDate.of(year, 1, 1)),
                                DuePeriod.ofMonthStarting(LocalDate.of(year, 12, 1))))
                .fetchSingle();
        return new YearPaid(Money.of(row.value1()), Money.of(row.value2()), row.value3());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean suspend(long retireeId, LocalDate since, SuspensionReason reason) {
        return dsl.update(RETIREE)
                .set(RETIREE.SUSPENDED_SINCE, since)
                .set(RETIREE.SUSPENSION_REASON, reason.name())
                .where(RETIREE.ID.eq(retireeId), RETIREE.SUSPENDED_SINCE.isNull())
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean resume(long retireeId, SuspensionReason reason) {
        return dsl.update(RETIREE)
                .setNull(RETIREE.SUSPENDED_SINCE)
                .setNull(RETIREE.SUSPENSION_REASON)
                .where(RETIREE.ID.eq(retireeId), RETIREE.SUSPENSION_REASON.eq(reason.name()))
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changePayment(long retireeId, PaymentMode mode, @Nullable String rib) {
        var update = dsl.update(RETIREE).set(RETIREE.PAYMENT_MODE, mode);
        // a card payment keeps the last account on file; a transfer goes to the new one
        (rib == null ? update.set(RETIREE.RIB, RETIREE.RIB) : update.set(RETIREE.RIB, rib))
                .where(RETIREE.ID.eq(retireeId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeAddress(long retireeId, String address, String country) {
        dsl.update(RETIREE).set(RETIREE.ADDRESS, address).set(RETIREE.COUNTRY, country)
                .where(RETIREE.ID.eq(retireeId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeFamilySituation(long retireeId, String situation) {
        dsl.update(RETIREE).set(RETIREE.FAMILY_SITUATION, situation).where(RETIREE.ID.eq(retireeId)).execute();
    }
}
