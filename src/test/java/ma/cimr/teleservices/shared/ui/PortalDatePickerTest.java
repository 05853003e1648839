package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.UI;
import ma.cimr.teleservices.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar speaks the page's language; Vaadin's own would say "Today" and "November" to everyone. */
class PortalDatePickerTest extends PortalBrowserlessTest {

    @Test
    void inFrench() {
        open("");
        UI.getCurrent().setLocale(Locale.FRENCH);
        var i18n = new PortalDatePicker("Date").getI18n();
        assertThat(i18n.getToday()).isEqualTo("Aujourd'hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getMonthNames()).startsWith("janvier", "février").hasSize(12);
        assertThat(i18n.getWeekdays()).startsWith("dimanche", "lundi").hasSize(7);
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getMaxErrorMessage()).isEqualTo("Cette date est trop tard.");
    }

    @Test
    void inArabicWithTheMonthsAsMoroccoNamesThem() {
        open("");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        var i18n = new PortalDatePicker("التاريخ").getI18n();
        assertThat(i18n.getToday()).isEqualTo("اليوم");
        assertThat(i18n.getMonthNames()).startsWith("يناير", "فبراير").contains("غشت", "دجنبر");
        assertThat(i18n.getWeekdaysShort()).allMatch(day -> day.length() <= 2);
        // typed and shown as the portal prints dates, without the direction marks that scrambled them
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getBadInputErrorMessage()).startsWith("تاريخ غير صحيح");
    }
}
