package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.jooq.tables.records.ComplaintSchemeRecord;
import ma.cimr.teleservices.request.ComplaintScheme;
import ma.cimr.teleservices.request.DeadlineRule;
import ma.cimr.teleservices.request.RequestType;
import ma.cimr.teleservices.request.RequiredDocument;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static ma.cimr.teleservices.jooq.Tables.COMPLAINT_SCHEME;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_TYPE;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_TYPE_DOCUMENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_COMMITMENT;

@Repository
class JooqRequestTypeRepository implements RequestTypeRepository {

    private final DSLContext dsl;

    JooqRequestTypeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RequestType> findAll() {
        // a type outside the charter (a pension claim) has no commitment: the fund's own delay, measured
        // on its requests but in no charter figure (commitment number 0, never counted)
        return dsl.select(REQUEST_TYPE.asterisk(), SERVICE_COMMITMENT.NUMBER, SERVICE_COMMITMENT.RULE, SERVICE_COMMITMENT.DEADLINE_BUSINESS_DAYS,
                        SERVICE_COMMITMENT.RULE_DAY, SERVICE_COMMITMENT.RULE_MONTH, COMPLAINT_SCHEME.asterisk())
                .from(REQUEST_TYPE)
                .leftJoin(SERVICE_COMMITMENT).on(SERVICE_COMMITMENT.ID.eq(REQUEST_TYPE.COMMITMENT_ID))
                .leftJoin(COMPLAINT_SCHEME).on(COMPLAINT_SCHEME.CODE.eq(REQUEST_TYPE.COMPLAINT_SCHEME))
                .orderBy(REQUEST_TYPE.POPULATION, SERVICE_COMMITMENT.NUMBER, REQUEST_TYPE.CODE)
                .fetch(row -> new RequestType(
                        row.get(REQUEST_TYPE.CODE),
                        row.get(REQUEST_TYPE.POPULATION),
                        row.get(SERVICE_COMMITMENT.NUMBER) == null ? 0 : row.get(SERVICE_COMMITMENT.NUMBER).intValue(),
                        row.get(REQUEST_TYPE.TEAM),
                        row.get(SERVICE_COMMITMENT.NUMBER) == null
                                ? DeadlineRule.businessDays(row.get(REQUEST_TYPE.OWN_DEADLINE_BUSINESS_DAYS).intValue())
                                : new DeadlineRule(DeadlineRule.Kind.valueOf(row.get(SERVICE_COMMITMENT.RULE)),
                                toInteger(row.get(SERVICE_COMMITMENT.DEADLINE_BUSINESS_DAYS)),
                                toInteger(row.get(SERVICE_COMMITMENT.RULE_DAY)),
                                toInteger(row.get(SERVICE_COMMITMENT.RULE_MONTH))),
                        row.get(COMPLAINT_SCHEME.CODE) == null ? null : scheme(row.into(COMPLAINT_SCHEME)),
                        row.get(REQUEST_TYPE.LABEL_FR), row.get(REQUEST_TYPE.LABEL_AR), row.get(REQUEST_TYPE.LABEL_EN),
                        row.get(REQUEST_TYPE.FILED_BY_SYSTEM), row.get(REQUEST_TYPE.COUNTED_IN_COMMITMENT)));
    }

    private static ComplaintScheme scheme(ComplaintSchemeRecord row) {
        return new ComplaintScheme(row.getCode(), row.getLabelFr(), row.getLabelAr(), row.getLabelEn(),
                row.getAcknowledgementDays(), row.getAnswerDays(), row.getBusinessDays(),
                row.getDelayNoticeRequired(), row.getConciliationAfterDays());
    }

    private static @Nullable Integer toInteger(@Nullable Short value) {
        return value == null ? null : value.intValue();
    }

    @Override
    public Map<String, List<RequiredDocument>> findDocuments() {
        return dsl.selectFrom(REQUEST_TYPE_DOCUMENT)
                .orderBy(REQUEST_TYPE_DOCUMENT.TYPE_CODE, REQUEST_TYPE_DOCUMENT.POSITION)
                .stream()
                .collect(Collectors.groupingBy(row -> row.getTypeCode(), LinkedHashMap::new,
                        Collectors.mapping(row -> new RequiredDocument(row.getLabelFr(), row.getLabelAr(), row.getLabelEn()),
                                Collectors.toList())));
    }
}
