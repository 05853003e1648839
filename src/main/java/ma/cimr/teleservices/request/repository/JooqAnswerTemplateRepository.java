package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.AnswerTemplate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.ANSWER_TEMPLATE;

@Repository
class JooqAnswerTemplateRepository implements AnswerTemplateRepository {

    private final DSLContext dsl;

    JooqAnswerTemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AnswerTemplate> findByLanguage(String language) {
        return dsl.selectFrom(ANSWER_TEMPLATE)
                .where(ANSWER_TEMPLATE.LANGUAGE.eq(language))
                .orderBy(ANSWER_TEMPLATE.CODE)
                .fetch(row -> new AnswerTemplate(row.getCode(), row.getLanguage(), row.getTitle(), row.getBody()));
    }
}
