package ma.cimr.teleservices.personaldata;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The machine-readable file (DD041): JSON written straight to the download's stream, section by
 * section, nothing kept in memory but the model. Its fields are documented in DD041: a section is
 * an object (one record) or an array of objects; dates are ISO ({@code 2026-03-01}), instants ISO in
 * UTC, amounts and points JSON numbers, closed lists their code.
 */
final class PersonalDataJson {

    /** Bumped when a field changes meaning, so that a program reading the file can tell. */
    static final String FORMAT = "cimr-teleservices-personal-data/1";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PersonalDataJson() {
    }

    static void write(PersonalData data, OutputStream out) {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", FORMAT);
            json.writeStringProperty("space", data.space());
            json.writeStringProperty("extractedAt", data.extractedAt().toString());
            json.writeName("sections");
            json.writeStartObject();
            for (PersonalData.Section section : data.sections()) {
                json.writeName(section.name());
                if (section.single()) {
                    row(json, section.rows().getFirst());
                } else {
                    json.writeStartArray();
                    for (PersonalData.Row row : section.rows()) {
                        row(json, row);
                    }
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void row(JsonGenerator json, PersonalData.Row row) {
        json.writeStartObject();
        for (PersonalData.Field field : row.fields()) {
            json.writeName(field.name());
            switch (field.value()) {
                case null -> json.writeNull();
                case BigDecimal number -> json.writeNumber(number);
                case Integer number -> json.writeNumber(number);
                case LocalDate date -> json.writeString(date.toString());
                case Instant instant -> json.writeString(instant.toString());
                case PersonalData.Code code -> json.writeString(code.code());
                case PersonalData.Named named -> json.writeString(named.code());
                case PersonalData.Country country -> json.writeString(country.code());
                case YearMonth month -> json.writeString(month.toString());
                case List<?> codes -> {
                    json.writeStartArray();
                    for (Object code : codes) {
                        json.writeString(code instanceof PersonalData.Code c ? c.code() : String.valueOf(code));
                    }
                    json.writeEndArray();
                }
                default -> json.writeString(field.value().toString());
            }
        }
        json.writeEndObject();
    }
}
