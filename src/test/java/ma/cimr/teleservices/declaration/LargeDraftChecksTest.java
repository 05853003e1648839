package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalBrowserlessTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN;
import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN_DECLARATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fund-data checks of a large employer's draft (20 000 lines, as a file import leaves it) are
 * set-based: they find the few bad lines among 20 000 in one pass each, and filing the sound
 * draft stays well under a user's patience. The times are printed for DD027.
 */
@Transactional
class LargeDraftChecksTest extends PortalBrowserlessTest {

    private static final int LINES = 20_000;

    @Autowired
    SalaryDeclarations declarations;
    @Autowired
    DeclarationChecks checks;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void twentyThousandLinesAreCheckedAndFiledInOnePassEach() {
        signInAs(TETOUAN_DECLARATION);
        long tetouan = DeclarationFixture.company(declarations, TETOUAN);
        long id = declarations.start(tetouan, DeclarationFixture.currentMonth(clock),
                DeclarationFixture.category(declarations, tetouan, "EMP"));
        dsl.execute("""
                insert into declaration_line (declaration_id, line_number, cin, full_name, salary, days_worked,
                                              employee_amount, employer_amount)
                select ?, 100 + i, 'RX' || i, 'Salarié ' || i, 4000, 30, 120.00, 156.00
                from generate_series(1, ?) as i
                """, id, LINES);
        // three lines that a file could bring: another company's affiliates with no entry date
        dsl.execute("""
                insert into declaration_line (declaration_id, line_number, affiliate_id, salary, days_worked,
                                              employee_amount, employer_amount)
                select ?, 50 + row_number() over (order by a.id), a.id, 4000, 30, 120.00, 156.00
                from affiliate a
                where exists (select 1 from affiliation af join company c on c.id = af.company_id
                              where af.affiliate_id = a.id and c.adherent_number = '100234')
                  and not exists (select 1 from affiliation af join company c on c.id = af.company_id
                                  where af.affiliate_id = a.id and c.adherent_number <> '100234')
                order by a.id limit 3
                """, id);

        long start = System.nanoTime();
        List<LineProblem> problems = checks.problems(id);
        long checked = System.nanoTime();
        assertThat(problems).hasSize(3).allSatisfy(p -> assertThat(p.key()).isEqualTo("declaration.review.error.anotherCompany"));

        dsl.execute("delete from declaration_line where declaration_id = ? and line_number between 51 and 53", id);
        long filing = System.nanoTime();
        declarations.removeLine(id, 101); // one change through the service: the totals of 20 002 lines
        FiledDeclaration filed = declarations.file(id);
        long done = System.nanoTime();

        assertThat(declarations.detail(id).summary().lineCount()).isEqualTo(LINES + 3 - 1);
        assertThat(filed.requestReference()).startsWith("R");
        System.out.printf("DD027: checks of %d lines: %d ms; one line removed then filed: %d ms%n", LINES + 6,
                (checked - start) / 1_000_000, (done - filing) / 1_000_000);
        assertThat((checked - start) / 1_000_000).isLessThan(5_000);
    }
}
