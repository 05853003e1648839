package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.select.Select;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;

import java.util.Locale;

/** French, Arabic or English, each named in its own language; the choice is remembered. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(LocaleSelection localeSelection) {
        setItems(PortalI18NProvider.LOCALES);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.choose"));
        addClassName("language-switch");
        getUI().ifPresent(ui -> setValue(PortalI18NProvider.supported(ui.getLocale())));
        addAttachListener(event -> setValue(PortalI18NProvider.supported(event.getUI().getLocale())));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> {
                    localeSelection.choose(ui, event.getValue());
                    // every text on the page was rendered in the old language
                    ui.getPage().reload();
                });
            }
        });
    }
}
