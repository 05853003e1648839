package ma.cimr.teleservices.listening.repository;

import ma.cimr.teleservices.jooq.tables.records.SuggestionRecord;
import ma.cimr.teleservices.listening.Suggestion;
import ma.cimr.teleservices.listening.SuggestionCategory;
import ma.cimr.teleservices.listening.SuggestionStatus;
import ma.cimr.teleservices.shell.Space;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.SUGGESTION;
import static org.jooq.impl.DSL.count;

@Repository
class JooqSuggestionRepository implements SuggestionRepository {

    private final DSLContext dsl;

    JooqSuggestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(Instant receivedAt, Space space, SuggestionCategory category, String text, @Nullable String contact) {
        return dsl.insertInto(SUGGESTION)
                .set(SUGGESTION.RECEIVED_AT, utc(receivedAt))
                .set(SUGGESTION.SPACE, space.name())
                .set(SUGGESTION.CATEGORY, category.name())
                .set(SUGGESTION.TEXT, text)
                .set(SUGGESTION.CONTACT, contact)
                .returning(SUGGESTION.ID).fetchOne(SUGGESTION.ID);
    }

    @Override
    public List<Suggestion> inStatus(List<SuggestionStatus> statuses, int limit) {
        return dsl.selectFrom(SUGGESTION)
                .where(SUGGESTION.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(SUGGESTION.RECEIVED_AT.desc(), SUGGESTION.ID.desc())
                .limit(limit)
                .fetch(JooqSuggestionRepository::suggestion);
    }

    @Override
    public Optional<Suggestion> find(long id) {
        return dsl.selectFrom(SUGGESTION).where(SUGGESTION.ID.eq(id)).fetchOptional(JooqSuggestionRepository::suggestion);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(long id, SuggestionStatus from, SuggestionStatus to, String by, Instant at) {
        return dsl.update(SUGGESTION)
                .set(SUGGESTION.STATUS, to.name())
                .set(SUGGESTION.HANDLED_BY, by)
                .set(SUGGESTION.HANDLED_AT, utc(at))
                .where(SUGGESTION.ID.eq(id), SUGGESTION.STATUS.eq(from.name()))
                .execute() == 1;
    }

    @Override
    public Map<SuggestionStatus, Integer> countPerStatus(Instant from, Instant to) {
        Map<SuggestionStatus, Integer> counts = new EnumMap<>(SuggestionStatus.class);
        for (SuggestionStatus status : SuggestionStatus.values()) {
            counts.put(status, 0);
        }
        dsl.select(SUGGESTION.STATUS, count()).from(SUGGESTION)
                .where(SUGGESTION.RECEIVED_AT.ge(utc(from)), SUGGESTION.RECEIVED_AT.lt(utc(to)))
                .groupBy(SUGGESTION.STATUS)
                .forEach(row -> counts.put(SuggestionStatus.valueOf(row.value1()), row.value2()));
        return counts;
    }

    private static Suggestion suggestion(SuggestionRecord row) {
        return new Suggestion(row.getId(), row.getReceivedAt().toInstant(), Space.valueOf(row.getSpace()),
                SuggestionCategory.valueOf(row.getCategory()), row.getText(), row.getContact(),
                SuggestionStatus.valueOf(row.getStatus()), row.getHandledBy(),
                row.getHandledAt() == null ? null : row.getHandledAt().toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
