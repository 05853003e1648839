package ma.cimr.teleservices.retiree;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Revisions entered by staff (DD043): recorded, the pension's amount changes from the first month the
 * run has yet to pay, and the retiree sees it; above the threshold a second staff member approves it
 * first; a revision for contributions received late rests on a company's payment of an employer of
 * the retiree, with the bank's date; and a recorded revision cannot be edited afterwards.
 */
@Transactional
class PensionRevisionTest extends PortalBrowserlessTest {

    private static final String PENSION = DemoLogins.RETIREE;

    @Autowired
    RevisionDesk desk;
    @Autowired
    Approvals approvals;
    @Autowired
    DSLContext dsl;

    private BigDecimal before;
    private long retireeId;

    @BeforeEach
    void thePensionAsItIs() {
        Record row = dsl.fetchOne("select id, monthly_amount from retiree where pension_file_number = ?", PENSION);
        retireeId = row.get("id", Long.class);
        before = row.get("monthly_amount", BigDecimal.class);
    }

    @Test
    void aSmallRevisionIsRecordedAtOnceAndTheRetireeSeesIt() {
        signInAs(DemoLogins.AGENT);
        LocalDate next = desk.pension(PENSION).orElseThrow().nextMonthToPay();
        LocalDate lastPaid = dsl.fetchOne("select max(due_period) from pension_payment where retiree_id = ?", retireeId)
                .get(0, LocalDate.class);
        assertThat(next).isEqualTo(lastPaid.plusMonths(1));

        Optional<RecordedRevision> recorded = desk.record(new NewRevision(" dp0000001 ",
                PensionRevision.Motive.POINTS_CORRECTION, before.add(new BigDecimal("120.50")), null));

        assertThat(recorded).get().satisfies(revision -> {
            assertThat(revision.amountBefore()).isEqualByComparingTo(before);
            assertThat(revision.amount()).isEqualByComparingTo(before.add(new BigDecimal("120.50")));
            assertThat(revision.effectiveMonth()).isEqualTo(next);
            assertThat(revision.recordedBy()).isEqualTo(DemoLogins.AGENT);
            assertThat(revision.approvedBy()).isNull();
        });
        // the run pays retiree.monthly_amount (DD037)
        assertThat(amount()).isEqualByComparingTo(before.add(new BigDecimal("120.50")));
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'PENSION_REVISED' and target = ?",
                "pension " + PENSION))).isEqualTo(1);

        signInAs(PENSION);
        open("retiree/revisions");
        Grid<?> grid = $(Grid.class).withClassName("revisions").first();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Réglée");
    }

    @Test
    void aLargeRevisionWaitsForASecondStaffMember() {
        signInAs(DemoLogins.AGENT);
        BigDecimal raised = before.add(desk.approvalThreshold()).add(BigDecimal.ONE);
        assertThat(desk.record(new NewRevision(PENSION, PensionRevision.Motive.OTHER, raised, null))).isEmpty();
        assertThat(amount()).isEqualByComparingTo(before);
        Approval proposal = approvals.pending(0, 100).stream()
                .filter(a -> a.subject().equals("pension-revision " + PENSION)).findFirst().orElseThrow();
        assertThatThrownBy(() -> approvals.approve(proposal.id())).isInstanceOf(Refusal.class);

        signInAs(DemoLogins.SECOND_AGENT);
        approvals.approve(proposal.id());

        assertThat(amount()).isEqualByComparingTo(raised);
        Record revision = dsl.fetchOne("select * from pension_revision where retiree_id = ? and recorded_at is not null",
                retireeId);
        assertThat(revision.get("recorded_by", String.class)).isEqualTo(DemoLogins.AGENT);
        assertThat(revision.get("approved_by", String.class)).isEqualTo(DemoLogins.SECOND_AGENT);
    }

    @Test
    void aRevisionForLateContributionsRestsOnAPaymentOfTheRetireesEmployerWithTheBanksDate() {
        String employer = dsl.fetchValue("""
                select c.adherent_number from retiree r join contribution k on k.affiliate_id = r.affiliate_id
                join company c on c.id = k.company_id where r.id = ? limit 1""", retireeId).toString();
        String stranger = dsl.fetchValue("""
                select adherent_number from company c where not exists (select 1 from contribution k join retiree r
                on r.affiliate_id = k.affiliate_id where r.id = ? and k.company_id = c.id) order by id limit 1""",
                retireeId).toString();
        payment(employer, "VIR-REV-EMPLOYER", LocalDate.of(2026, 11, 12));
        payment(stranger, "VIR-REV-STRANGER", LocalDate.of(2026, 11, 13));
        signInAs(DemoLogins.AGENT);
        BigDecimal revised = before.add(BigDecimal.TEN);

        refused("retiree.revision.error.paymentRequired",
                new NewRevision(PENSION, PensionRevision.Motive.LATE_CONTRIBUTIONS, revised, " "));
        refused("retiree.revision.error.unknownPayment",
                new NewRevision(PENSION, PensionRevision.Motive.LATE_CONTRIBUTIONS, revised, "VIR-NOWHERE"));
        refused("retiree.revision.error.notTheEmployer",
                new NewRevision(PENSION, PensionRevision.Motive.LATE_CONTRIBUTIONS, revised, "vir-rev-stranger"));
        refused("retiree.revision.error.sameAmount",
                new NewRevision(PENSION, PensionRevision.Motive.OTHER, before, null));
        refused("retiree.revision.error.motive", new NewRevision(PENSION, null, revised, null));
        refused("retiree.revision.error.amount", new NewRevision(PENSION, PensionRevision.Motive.OTHER, BigDecimal.ZERO, null));
        refused("retiree.revision.error.unknownPension", new NewRevision("DP0999999", PensionRevision.Motive.OTHER, revised, null));
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_revision").where("recorded_at is not null"))).isZero();

        RecordedRevision recorded = desk.record(new NewRevision(PENSION, PensionRevision.Motive.LATE_CONTRIBUTIONS,
                revised, "vir-rev-employer")).orElseThrow();
        assertThat(recorded.bankReference()).isEqualTo("VIR-REV-EMPLOYER");
        assertThat(recorded.paymentConfirmedOn()).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void aRecordedRevisionCannotBeEditedAfterwards() {
        signInAs(DemoLogins.AGENT);
        desk.record(new NewRevision(PENSION, PensionRevision.Motive.OTHER, before.add(BigDecimal.ONE), null));

        assertThatThrownBy(() -> dsl.execute("update pension_revision set amount = 1 where recorded_at is not null"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
    }

    @Test
    void staffRecordARevisionOnTheirPage() {
        signInAs(DemoLogins.AGENT);
        open("backoffice/pension-revisions");
        test($(TextField.class).withClassName("revision-file-number").single()).setValue(PENSION);
        assertThat($(Div.class).withClassName("revision-pension").single().getElement().getTextRecursively())
                .contains("Versé à partir de");
        @SuppressWarnings("unchecked")
        Select<PensionRevision.Motive> motive = $(Select.class).withClassName("revision-motive").single();
        test(motive).selectItem("Rectification des points");
        test($(BigDecimalField.class).withClassName("revision-amount").single()).setValue(before.add(BigDecimal.TEN));
        test($(Button.class).withClassName("record-revision").single()).click();

        assertThat(amount()).isEqualByComparingTo(before.add(BigDecimal.TEN));
        assertThat($(Div.class).withClassName("revision-recorded").all()).isNotEmpty();
        assertThat($(Div.class).withClassName("revision-recorded").first().getElement().getTextRecursively())
                .contains(PENSION, "Rectification des points");
    }

    private BigDecimal amount() {
        return dsl.fetchOne("select monthly_amount from retiree where id = ?", retireeId).get(0, BigDecimal.class);
    }

    private void payment(String adherentNumber, String reference, LocalDate confirmedOn) {
        long id = ((Number) dsl.fetchValue("""
                insert into company_payment (company_id, amount, bank_reference, value_date, source, recorded_by, recorded_at)
                select id, 1000, ?, ?, 'BANK_STATEMENT', 'agent1', now() from company where adherent_number = ?
                returning id""", reference, confirmedOn, adherentNumber)).longValue();
        dsl.execute("insert into company_payment_allocation (payment_id, due_period, amount) values (?, date '2026-10-01', 1000)", id);
    }

    private void refused(String key, NewRevision form) {
        assertThatThrownBy(() -> desk.record(form))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo(key));
    }
}
