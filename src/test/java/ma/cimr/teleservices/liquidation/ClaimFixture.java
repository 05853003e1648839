package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.shared.value.Rib;
import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Affiliates made for a test, in its transaction: born so that they reach a given age on a given
 * day, with ten years of contributions from one demo company (so they are its declared staff and
 * have points), and the papers a claim asks for as tiny real PDFs.
 */
final class ClaimFixture {

    static final String ATLAS = "100234";
    static final String FES = "100891";
    static final String RIB = Rib.withKey("0117801234567890123456").value();

    private ClaimFixture() {
    }

    /** A new affiliate of the company, {@code age} years old on {@code on}; returns their id. */
    static long affiliate(DSLContext dsl, String adherentNumber, String cin, LocalDate birthDate) {
        long id = dsl.fetchOne("""
                insert into affiliate (matricule, cin, last_name, first_name, birth_date, email)
                values (?, ?, 'Testeur', 'Ahmed', ?, null) returning id""",
                String.valueOf(90000000 + Math.abs(cin.hashCode() % 9999999)), cin, birthDate).get(0, Long.class);
        dsl.execute("""
                insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
                select ?, c.id, m::date, 12000, 720, 936
                from company c cross join generate_series(date '2015-01-01', date '2024-12-01', interval '1 month') as m
                where c.adherent_number = ?""", id, adherentNumber);
        return id;
    }

    static List<UploadedDocument> papers(Set<DocumentKind> kinds) {
        List<UploadedDocument> papers = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            papers.add(pdf(kind));
        }
        return papers;
    }

    static UploadedDocument pdf(DocumentKind kind) {
        return new UploadedDocument(kind, kind.name().toLowerCase() + ".pdf", "application/pdf",
                ("%PDF-1.4\n% " + kind + "\n%%EOF").getBytes(StandardCharsets.US_ASCII));
    }

    static NewPensionClaim own(long affiliateId, ClaimKind kind, LocalDate date, String rib) {
        return new NewPensionClaim(affiliateId, kind, date, null, "retraite.test@demo.example", "0612345678", false,
                rib == null ? PaymentMode.RAHATI_CARD : PaymentMode.BANK_TRANSFER, rib);
    }
}
