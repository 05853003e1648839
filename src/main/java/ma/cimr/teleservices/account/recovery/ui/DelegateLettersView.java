package ma.cimr.teleservices.account.recovery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import ma.cimr.teleservices.account.recovery.DelegateLetterKind;
import ma.cimr.teleservices.account.recovery.DelegateLetterPdf;
import ma.cimr.teleservices.account.recovery.LetterDocument;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.PublicLayout;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * The user administrator's two procedures by signed letter (a forgotten password, a new e-mail
 * address), with the blank letters to download in French and Arabic. Public: a delegate who
 * forgot their password cannot sign in to find them.
 */
@Route(value = "delegate-letters", layout = PublicLayout.class)
@AnonymousAllowed
class DelegateLettersView extends VerticalLayout implements HasDynamicTitle {

    DelegateLettersView(DelegateLetterPdf letters) {
        add(new H1(getTranslation("recovery.letters.title")), new Paragraph(getTranslation("recovery.letters.intro")));
        for (DelegateLetterKind kind : DelegateLetterKind.values()) {
            var downloads = new Div(download(letters, kind, PortalI18NProvider.FRENCH, "statement.pdf.french"),
                    download(letters, kind, PortalI18NProvider.ARABIC, "statement.pdf.arabic"));
            downloads.addClassName("pdf-links");
            add(new PageSection(getTranslation("recovery.letter.title." + kind.name()),
                    new Paragraph(getTranslation("recovery.letters.explain." + kind.name())), downloads));
        }
    }

    /** A link that draws the blank letter when followed. */
    private Anchor download(DelegateLetterPdf letters, DelegateLetterKind kind, Locale language, String textKey) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            LetterDocument letter = letters.blank(kind, language);
            return new DownloadResponse(new ByteArrayInputStream(letter.content()), letter.fileName(),
                    LetterDocument.CONTENT_TYPE, letter.content().length);
        }), getTranslation(textKey));
        link.addClassName("letter-" + kind.name() + "-" + language.getLanguage());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.letters.title");
    }
}
