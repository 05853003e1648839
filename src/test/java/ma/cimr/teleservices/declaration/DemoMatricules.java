package ma.cimr.teleservices.declaration;

import org.jooq.DSLContext;

/** Demo affiliates picked by what the tests need of them. */
final class DemoMatricules {

    private DemoMatricules() {
    }

    /** An affiliate whose every affiliation is with that company. */
    static String ofCompanyOnly(DSLContext dsl, String adherentNumber) {
        return dsl.fetchValue("""
                select a.matricule from affiliate a
                where exists (select 1 from affiliation af join company c on c.id = af.company_id
                              where af.affiliate_id = a.id and c.adherent_number = ?)
                  and not exists (select 1 from affiliation af join company c on c.id = af.company_id
                                  where af.affiliate_id = a.id and c.adherent_number <> ?)
                order by a.matricule limit 1
                """, adherentNumber, adherentNumber).toString();
    }
}
