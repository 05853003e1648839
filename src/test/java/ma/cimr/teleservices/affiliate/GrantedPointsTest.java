package ma.cimr.teleservices.affiliate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.affiliate.StatementLine.Nature;
import ma.cimr.teleservices.request.CaseStep;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.OTHER_AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.GRANTED_POINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Points that do not come from contributions: the demo affiliate's free points for sickness and
 * paid buy-back on their statement, its page and its PDF, counted in the totals; an agent credits
 * a paid buy-back from its request, once, audited, and the affiliate sees it; nobody else does.
 */
@Transactional
class GrantedPointsTest extends PortalBrowserlessTest {

    @Autowired
    PointsService points;
    @Autowired
    BuyBackCredits credits;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    RequestDesk desk;
    @Autowired
    ma.cimr.teleservices.approval.Approvals approvals;
    @Autowired
    PensionParameterService parameters;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void theDemoAffiliatesGrantedPointsShowWithTheirNatureAndCountInTheTotalAndThePension() {
        signInAs(AFFILIATE);
        PointsStatement statement = points.myStatement();

        List<StatementLine> sickness = lines(statement, Nature.FREE_SICKNESS);
        assertThat(sickness).extracting(StatementLine::year, StatementLine::source)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2018, "AM-2018-0457"),
                        org.assertj.core.groups.Tuple.tuple(2021, "AM-2021-1193"));
        assertThat(sickness.stream().map(StatementLine::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("21.25");
        List<StatementLine> buyBack = lines(statement, Nature.BUY_BACK);
        assertThat(buyBack).hasSize(1);
        assertThat(buyBack.getFirst().source()).startsWith("R");
        assertThat(buyBack.getFirst().explanation().key()).isEqualTo("points.granted.buyBack");
        assertThat(sickness).allSatisfy(line -> {
            assertThat(line.contributions()).isNull();
            assertThat(line.explanation().key()).isEqualTo("points.granted.freeSickness");
        });

        BigDecimal contributed = lines(statement, Nature.CONTRIBUTION).stream().map(StatementLine::pointsCounted)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal granted = sickness.getFirst().points().add(sickness.getLast().points()).add(buyBack.getFirst().points());
        assertThat(statement.totalPoints()).isEqualByComparingTo(contributed.add(granted));
        assertThat(statement.pensionToDate().value()).isEqualByComparingTo(
                statement.totalPoints().multiply(statement.liquidationValue()).setScale(2, RoundingMode.HALF_UP));
        // within 2018, the free points come after the year's contributions and carry the running total
        StatementLine sick2018 = sickness.stream().filter(l -> l.year() == 2018).findFirst().orElseThrow();
        int at = statement.lines().indexOf(sick2018);
        assertThat(statement.lines().get(at + 1).nature()).isEqualTo(Nature.CONTRIBUTION);
        assertThat(sick2018.cumulativePoints()).isEqualByComparingTo(
                statement.lines().get(at + 1).cumulativePoints().add(sick2018.points()));
    }

    @Test
    void thePageAndThePdfShowTheGrantedLinesWithTheirNature() throws IOException {
        signInAs(AFFILIATE);
        open("affiliate/statement");
        @SuppressWarnings("unchecked")
        LazyGrid<StatementLine> rows = $(LazyGrid.class).withClassName("statement-grid").first();
        List<String> natures = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.row(row).nature() != Nature.CONTRIBUTION) {
                natures.add(rows.cellText(row, 1) + " " + rows.cellText(row, 6));
            }
        }
        assertThat(natures).contains("AM-2018-0457 Points gratuits (maladie)", "AM-2021-1193 Points gratuits (maladie)")
                .anySatisfy(text -> assertThat(text).startsWith("R").endsWith(" Rachat"));

        byte[] pdf = points.myStatementPdf(PortalI18NProvider.FRENCH).content();
        String text = allText(pdf);
        assertThat(text).contains("AM-2018-0457", "AM-2021-1193", "Points gratuits (maladie)", "Rachat");
    }

    @Test
    void anAgentCreditsAPaidBuyBackOnceAuditedAndTheAffiliateSeesItOnTheirStatementAndRequest() {
        signInAs(AFFILIATE);
        BigDecimal totalBefore = points.myStatement().totalPoints();
        BigDecimal atRetirementBefore = pointsAtRetirement();
        String reference = fileBuyBack();

        signInAs(AGENT);
        open("backoffice/requests/" + reference);
        giveAccessReason();
        assertThat($(Anchor.class).withClassName("credit-buy-back-link").first().getHref())
                .isEqualTo("backoffice/buy-back/" + reference);
        assertThat(open("backoffice/buy-back/" + reference)).isEqualTo("backoffice/buy-back/" + reference);
        test($(BigDecimalField.class).withClassName("buy-back-amount").first()).setValue(new BigDecimal("30000"));
        test($(com.vaadin.flow.component.textfield.TextField.class).withClassName("buy-back-bank-reference").first())
                .setValue("VIR-2026-000123");
        int year = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).getYear();
        BigDecimal price = parameters.parameters().pointPrice(year);
        BigDecimal expected = new BigDecimal("30000.00").divide(price, 2, RoundingMode.HALF_UP);
        assertThat($(Paragraph.class).withClassName("buy-back-preview").first().getText())
                .contains(expected.toPlainString().replace('.', ','));
        test($(Button.class).withClassName("credit-buy-back").first()).click();
        assertThat(currentPath()).isEqualTo("backoffice/requests/" + reference);

        var row = dsl.selectFrom(GRANTED_POINTS).where(GRANTED_POINTS.REFERENCE.eq(reference)).fetchSingle();
        assertThat(row.getPoints()).isEqualByComparingTo(expected);
        assertThat(row.getAmountPaid()).isEqualByComparingTo("30000");
        assertThat(row.getYear().intValue()).isEqualTo(year);
        assertThat(row.getGrantedBy()).isEqualTo(AGENT);
        assertThat(row.getBankReference()).isEqualTo("VIR-2026-000123");
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("POINTS_CREDITED"), AUDIT_EVENT.ACTOR.eq(AGENT),
                AUDIT_EVENT.DETAILS.contains(reference))).isTrue();
        // the request is answered with the credit
        assertThat(desk.detail(reference).summary().status()).isEqualTo(RequestStatus.CLOSED);

        // once: the request is closed now; reopened, it is still refused
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(reference, new BigDecimal("30000"), "VIR-2026-000124"))
                .withMessage("points.credit.error.closed");
        desk.reopen(reference, "Le client demande une précision.");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(reference, new BigDecimal("30000"), "VIR-2026-000124"))
                .withMessage("points.credit.error.alreadyCredited");
        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(reference))).isEqualTo(1);

        signInAs(AFFILIATE);
        PointsStatement after = points.myStatement();
        assertThat(after.totalPoints()).isEqualByComparingTo(totalBefore.add(expected));
        assertThat(after.lines()).filteredOn(l -> l.source().equals(reference))
                .singleElement().satisfies(line -> {
                    assertThat(line.nature()).isEqualTo(Nature.BUY_BACK);
                    assertThat(line.year()).isEqualTo(year);
                    assertThat(line.points()).isEqualByComparingTo(expected);
                });
        // this year's buy-back is in the simulator's current points, not left to the projection
        assertThat(pointsAtRetirement()).isEqualByComparingTo(atRetirementBefore.add(expected));
        assertThat(serviceRequests.find(reference, null).timeline())
                .anySatisfy(event -> assertThat(event.message()).contains("crédités sur votre relevé"));

        // another affiliate never sees it
        signInAs(OTHER_AFFILIATE);
        assertThat(points.myStatement().lines()).noneMatch(l -> l.source().equals(reference))
                .allSatisfy(l -> assertThat(l.nature()).isEqualTo(Nature.CONTRIBUTION));
    }

    @Test
    void whatCannotBeCreditedIsRefusedAndCreditsNothing() {
        signInAs(AFFILIATE);
        String buyBack = fileBuyBack();
        String question = serviceRequests.file(new NewRequest("AFFILIATE_INFORMATION", Channel.WEB, "fr",
                "Une question", "Quand mon relevé est-il mis à jour ?", null, null, null)).reference();
        // an affiliate cannot credit themselves
        assertThatThrownBy(() -> credits.credit(buyBack, new BigDecimal("30000"), "VIR-2026-000125")).isInstanceOf(AccessDeniedException.class);

        signInAs(AGENT);
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(buyBack, BigDecimal.ZERO, "VIR-2026-000125"))
                .withMessage("points.error.buyBackAmount");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(question, new BigDecimal("1000"), "VIR-2026-000125"))
                .withMessage("points.credit.error.notBuyBack");
        // entered for a caller by phone (through the feature: the entry screen does not offer a buy-back,
        // DD023): nothing says whose career the points would go to
        String byPhone = desk.enterThroughFeature(new NewRequest("AFFILIATE_BUYBACK", Channel.PHONE, "fr", "Rachat de points",
                "Rachat annoncé par téléphone.", "Mme Alaoui", null, "0600000000")).reference();
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(byPhone, new BigDecimal("1000"), "VIR-2026-000125"))
                .withMessage("points.credit.error.noAffiliate");

        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.in(buyBack, question, byPhone))).isZero();
        assertThat(desk.detail(buyBack).summary().status().isOpen()).isTrue();
    }

    @Test
    void onlyAnOpenBuyBackRequestHasACreditStepWhichLeadsToItsCreditScreen() {
        signInAs(AFFILIATE);
        String buyBack = fileBuyBack();
        String question = serviceRequests.file(new NewRequest("AFFILIATE_INFORMATION", Channel.WEB, "fr",
                "Une question", "Quand mon relevé est-il mis à jour ?", null, null, null)).reference();

        signInAs(AGENT);
        assertThat(desk.steps(desk.detail(buyBack).summary()))
                .containsExactly(new CaseStep("credit-buy-back", "points.credit.open", "backoffice/buy-back/" + buyBack));
        assertThat(desk.steps(desk.detail(question).summary())).isEmpty();
        desk.answer(buyBack, "Nous n'avons pas reçu votre paiement.");
        assertThat(desk.steps(desk.detail(buyBack).summary())).isEmpty();
    }

    private BigDecimal pointsAtRetirement() {
        return points.simulate(65, new BigDecimal("2"), null, null, false, BigDecimal.TEN).withoutBuyBack().points().value();
    }

    private String fileBuyBack() {
        return fileBuyBack(new BigDecimal("30000"));
    }

    /**
     * As the simulator filed it before DD040 (such requests are still open in the fund's data): the
     * request at once, and the amount asked for kept for the payment typed by the agent to match (DD025).
     */
    private String fileBuyBack(BigDecimal amount) {
        String reference = serviceRequests.fileThroughFeature(new NewRequest("AFFILIATE_BUYBACK", Channel.WEB, "fr",
                "Rachat de points", "Je rachète des points pour " + amount + " DH.", null, null, null)).reference();
        dsl.execute("insert into buy_back_declaration (request_reference, declared_amount, declared_at) values (?, ?, now())",
                reference, amount);
        return reference;
    }

    @Test
    void aPaymentIsCreditedOnlyWhenItMatchesTheAmountAskedForOnceAndUnderTheBound() {
        signInAs(AFFILIATE);
        String first = fileBuyBack(new BigDecimal("30000"));
        String second = fileBuyBack(new BigDecimal("30000"));
        String tooLarge = fileBuyBack(new BigDecimal("600000"));
        String undeclared = serviceRequests.fileThroughFeature(new NewRequest("AFFILIATE_BUYBACK", Channel.WEB, "fr", "Rachat de points",
                "Je rachète des points.", null, null, null)).reference();

        signInAs(AGENT);
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(first, new BigDecimal("29000"), "VIR-1001"))
                .withMessage("points.credit.error.amountMismatch");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(first, new BigDecimal("30000"), " "))
                .withMessage("points.credit.error.bankReference");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(tooLarge, new BigDecimal("600000"), "VIR-1002"))
                .withMessage("points.credit.error.aboveMaximum");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(undeclared, new BigDecimal("30000"), "VIR-1003"))
                .withMessage("points.credit.error.noDeclaredAmount");
        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.in(first, second, tooLarge, undeclared))).isZero();

        assertThat(credits.credit(first, new BigDecimal("30000"), "VIR-1001")).isPresent();
        // one payment, one credit: the same bank reference on another request is refused
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> credits.credit(second, new BigDecimal("30000"), "VIR-1001"))
                .withMessage("points.credit.error.bankReferenceUsed");
        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(second))).isZero();
    }

    /** Four eyes (DD025): above the threshold, the agent who typed the payment never credits it alone. */
    @Test
    void aLargeBuyBackIsCreditedOnlyWhenASecondAgentApprovesIt() {
        signInAs(AFFILIATE);
        String reference = fileBuyBack(new BigDecimal("80000"));
        signInAs(AGENT);
        assertThat(credits.credit(reference, new BigDecimal("80000"), "VIR-2026-0800")).as("proposed").isEmpty();
        assertThat(credits.find(reference).proposedBy()).isEqualTo(AGENT);
        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(reference))).isZero();
        long approvalId = approvals.pendingOn(reference).orElseThrow().id();
        int tries = 5;
        int succeeded = 0;
        for (int i = 0; i < tries; i++) {
            try {
                approvals.approve(approvalId);
                succeeded++;
            } catch (Refusal refused) {
                assertThat(refused.key()).isEqualTo("approval.error.ownProposal");
            }
        }
        System.out.printf("buy-back credit, the agent approving their own credit: %d succeeded of %d tried%n",
                succeeded, tries);
        assertThat(succeeded).isZero();
        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(reference))).isZero();

        signInAs(ma.cimr.teleservices.DemoLogins.SECOND_AGENT);
        approvals.approve(approvalId);
        var row = dsl.selectFrom(GRANTED_POINTS).where(GRANTED_POINTS.REFERENCE.eq(reference)).fetchSingle();
        assertThat(row.getAmountPaid()).isEqualByComparingTo("80000");
        assertThat(row.getBankReference()).isEqualTo("VIR-2026-0800");
        assertThat(row.getGrantedBy()).isEqualTo(ma.cimr.teleservices.DemoLogins.SECOND_AGENT);
        assertThat(desk.detail(reference).summary().status()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void aRejectedLargeBuyBackCreditsNothingAndTheRequestStaysOpen() {
        signInAs(AFFILIATE);
        String reference = fileBuyBack(new BigDecimal("80000"));
        signInAs(AGENT);
        credits.credit(reference, new BigDecimal("80000"), "VIR-2026-0801");
        signInAs(ma.cimr.teleservices.DemoLogins.SECOND_AGENT);
        approvals.reject(approvals.pendingOn(reference).orElseThrow().id(), "Le virement n'apparaît pas sur le relevé.");

        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(reference))).isZero();
        assertThat(desk.detail(reference).summary().status().isOpen()).isTrue();
        assertThat(credits.find(reference).proposedBy()).isNull();
    }

    private static List<StatementLine> lines(PointsStatement statement, Nature nature) {
        return statement.lines().stream().filter(line -> line.nature() == nature).toList();
    }

    private static String allText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
