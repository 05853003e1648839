package ma.cimr.teleservices.parameter.ui.backoffice;

import ma.cimr.teleservices.parameter.PublicHoliday;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Optional;

/** The holiday being edited: a mutable bean for the form, turned into a record on save. */
class HolidayDraft {

    private @Nullable LocalDate date;
    private PublicHoliday.Kind kind = PublicHoliday.Kind.FIXED;
    private String labelFr = "";
    private String labelAr = "";
    private String labelEn = "";
    private boolean estimated;

    static HolidayDraft of(PublicHoliday holiday) {
        var draft = new HolidayDraft();
        draft.date = holiday.date();
        draft.kind = holiday.kind();
        draft.labelFr = holiday.labelFr();
        draft.labelAr = holiday.labelAr();
        draft.labelEn = holiday.labelEn();
        draft.estimated = holiday.estimated();
        return draft;
    }

    /** The holiday, once the form has its date (a new holiday starts without one). */
    Optional<PublicHoliday> toHoliday() {
        return date == null ? Optional.empty()
                : Optional.of(new PublicHoliday(date, kind, labelFr.trim(), labelAr.trim(), labelEn.trim(), estimated));
    }

    @Nullable LocalDate getDate() {
        return date;
    }

    void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    PublicHoliday.Kind getKind() {
        return kind;
    }

    void setKind(PublicHoliday.Kind kind) {
        this.kind = kind;
    }

    String getLabelFr() {
        return labelFr;
    }

    void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    String getLabelAr() {
        return labelAr;
    }

    void setLabelAr(String labelAr) {
        this.labelAr = labelAr;
    }

    String getLabelEn() {
        return labelEn;
    }

    void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    boolean isEstimated() {
        return estimated;
    }

    void setEstimated(boolean estimated) {
        this.estimated = estimated;
    }
}
