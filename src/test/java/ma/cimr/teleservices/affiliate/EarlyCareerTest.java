package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shared.value.Matricule;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.html.Paragraph;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.affiliate.rules.Argument;
import ma.cimr.teleservices.affiliate.rules.Explanation;
import ma.cimr.teleservices.affiliate.rules.Simulation;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A career that began before the parameter tables: 1990 is priced with the 1995 values carried
 * back (illustrative), 1978 and 1979 have no point price at all. The statement, its page, its PDF and the
 * simulator still work, and the lines of 1978 and 1979 say why it has no points rather than inventing any.
 */
@Transactional
class EarlyCareerTest extends PortalBrowserlessTest {

    /** A demo affiliate born in 1966, with an account, whom no other test uses. */
    private static final String MATRICULE = "10000114";

    @Autowired
    DSLContext dsl;
    @Autowired
    PointsService points;

    private long affiliateId;

    @BeforeEach
    void giveTheAffiliateAnEarlyCareer() {
        affiliateId = dsl.select(AFFILIATE.ID).from(AFFILIATE).where(AFFILIATE.MATRICULE.eq(new Matricule(MATRICULE))).fetchSingle().value1();
        long company = dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100234"))).fetchSingle().value1();
        for (int year : new int[] {1978, 1979, 1990}) {
            for (int month = 1; month <= 12; month++) {
                // 5 000 DH a month at 3 % and 3.90 %: 150 + 195 ÷ 1.30 = 300 DH of rights-generating contributions
                dsl.insertInto(CONTRIBUTION)
                        .set(CONTRIBUTION.AFFILIATE_ID, affiliateId)
                        .set(CONTRIBUTION.COMPANY_ID, company)
                        .set(CONTRIBUTION.DUE_PERIOD, LocalDate.of(year, month, 1))
                        .set(CONTRIBUTION.DECLARED_SALARY, new BigDecimal("5000.00"))
                        .set(CONTRIBUTION.EMPLOYEE_AMOUNT, new BigDecimal("150.00"))
                        .set(CONTRIBUTION.EMPLOYER_AMOUNT, new BigDecimal("195.00"))
                        .execute();
            }
        }
    }

    @Test
    void a1990YearIsPricedWithTheCarriedBackValuesAndTheYearsBefore1980SayTheyHaveNoPointPrice() {
        signInAs(MATRICULE);
        PointsStatement statement = points.myStatement();

        StatementLine in1990 = line(statement, 1990);
        // 3 600 DH ÷ (6 × 10.40 = 62.40) = 57.69
        assertThat(in1990.points()).isEqualByComparingTo("57.69");
        assertThat(in1990.priced()).isTrue();

        StatementLine in1978 = line(statement, 1978);
        assertThat(in1978.priced()).isFalse();
        assertThat(in1978.points()).isNull();
        assertThat(in1978.explanation()).isEqualTo(Explanation.of("points.year.unpriced",
                new Argument.Year(1978)));
        // the oldest lines are added up first: nothing to add
        assertThat(in1978.cumulativePoints()).isEqualByComparingTo("0");
        assertThat(line(statement, 1979).cumulativePoints()).isEqualByComparingTo("0");
        assertThat(in1990.cumulativePoints()).isEqualByComparingTo("57.69");
        assertThat(statement.unpricedYears()).containsExactly(1978, 1979);
        // the contributions stay the affiliate's, in the totals of what was paid
        assertThat(in1978.contributions().total()).isEqualByComparingTo("4140.00");
        assertThat(statement.totalPoints()).isEqualByComparingTo(statement.lines().stream()
                .map(StatementLine::pointsCounted).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theStatementPageAndItsPdfSayWhichYearsAreNotConverted() throws IOException {
        signInAs(MATRICULE);
        assertThat(open("affiliate/statement")).isEqualTo("affiliate/statement");

        assertThat($(Paragraph.class).withClassName("unpriced-note").first().getText())
                .contains("2 année(s), de 1978 à 1979", "pas encore converties en points");
        @SuppressWarnings("unchecked")
        LazyGrid<StatementLine> rows = $(LazyGrid.class).withClassName("statement-grid").first();
        int last = rows.size() - 1;
        assertThat(rows.row(last).year()).isEqualTo(1978);
        assertThat(rows.cellText(last, 5)).isEqualTo("Non converti");

        byte[] pdf = points.myStatementPdf(PortalI18NProvider.FRENCH).content();
        PdfReader reader = new PdfReader(pdf);
        // the cells wrap their words: compare with the line breaks as spaces
        String lastPage = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages()).replaceAll("\\s+", " ");
        assertThat(lastPage).contains("1978", "Non converti", "pas encore converties en points");
    }

    @Test
    void theSimulatorCountsNoPointsForTheUnpricedYearAndSaysSo() {
        signInAs(MATRICULE);
        Simulation simulation = points.simulate(62, new BigDecimal("2"), null, null, false, BigDecimal.TEN);

        assertThat(simulation.assumptions()).contains(Explanation.of("points.sim.assumption.unpricedYears",
                new Argument.Count(2),
                new Argument.Year(1978),
                new Argument.Year(1979)));
        // 1979 would be compared with 1978: neither has a point price
        assertThat(points.explainableYears()).contains(1990).doesNotContain(1978, 1979);
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> points.whyChanged(1979))
                .withMessage("points.error.unpricedYear");
        // the year after the first priced one compares normally
        assertThat(points.whyChanged(1991).difference()).isEqualByComparingTo("-57.69");
    }

    private static StatementLine line(PointsStatement statement, int year) {
        return statement.lines().stream().filter(l -> l.year() == year).findFirst().orElseThrow();
    }
}
