package ma.cimr.teleservices.help.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import ma.cimr.teleservices.account.recovery.DelegateLetterKind;
import ma.cimr.teleservices.account.recovery.DelegateLetterPdf;
import ma.cimr.teleservices.account.recovery.LetterDocument;
import ma.cimr.teleservices.help.Guide;
import ma.cimr.teleservices.help.GuideText;
import ma.cimr.teleservices.help.Guides;
import ma.cimr.teleservices.help.ResubscriptionLetterPdf;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import ma.cimr.teleservices.shell.ui.RetireeLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Function;

/**
 * "Aide et téléchargements" (DD042): a short guide per téléservice, read from the fund's own
 * Markdown files in the reader's language, and the forms and letters the user guide sends people
 * to, as PDFs in French and Arabic. On the public site (a delegate who lost their password cannot
 * sign in to find the letter) and in every space's menu, staff's included (they guide callers).
 */
@Menu(title = "help.nav", order = 320)
@Route(value = "help", layout = PublicLayout.class)
@RouteAlias(value = "company/help", layout = CompanyLayout.class)
@RouteAlias(value = "delegate/help", layout = DelegateLayout.class)
@RouteAlias(value = "affiliate/help", layout = AffiliateLayout.class)
@RouteAlias(value = "retiree/help", layout = RetireeLayout.class)
@RouteAlias(value = "backoffice/help", layout = BackofficeLayout.class)
@AnonymousAllowed
class HelpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PUBLIC_ROUTE = "help";
    /** The template and the example of the télédéclaration file, as the upload page offers them. */
    private static final String TEMPLATE = "declaration/modele-declaration.csv";
    private static final String EXAMPLE = "declaration/exemple-declaration.csv";

    private final Guides guides;
    private final DelegateLetterPdf delegateLetters;
    private final ResubscriptionLetterPdf resubscription;
    private final CurrentUser currentUser;

    HelpView(Guides guides, DelegateLetterPdf delegateLetters, ResubscriptionLetterPdf resubscription,
             CurrentUser currentUser) {
        this.guides = guides;
        this.delegateLetters = delegateLetters;
        this.resubscription = resubscription;
        this.currentUser = currentUser;
        addClassName("help-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String first = event.getLocation().getFirstSegment();
        String feedback = "feedback";
        if (!first.equals(PUBLIC_ROUTE)) {
            // a space's own copy: its owner only; a visitor gets the public one
            if (currentUser.find().isEmpty()) {
                event.forwardTo(PUBLIC_ROUTE);
                return;
            }
            feedback = SpaceGuard.requireOwnSpace(event, currentUser) + "/feedback";
        }
        boolean staff = currentUser.find().filter(user -> user.kind() == AccountKind.STAFF).isPresent();
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation("help.title")), new Paragraph(getTranslation("help.intro")));

        var guideList = new Div();
        guideList.addClassName("help-guides");
        for (Guide guide : Guide.values()) {
            GuideText text = guides.read(guide, locale);
            var details = new Details(text.title(), new Markdown(text.body()));
            details.addClassName("guide-" + guide.file());
            details.setWidthFull();
            guideList.add(details);
        }
        add(new PageSection(getTranslation("help.guides"), new Paragraph(getTranslation("help.guides.intro")), guideList));

        var forms = new PageSection(getTranslation("help.forms"), new Paragraph(getTranslation("help.forms.intro")));
        for (DelegateLetterKind kind : DelegateLetterKind.values()) {
            forms.add(letter("recovery.letter.title." + kind.name(), "recovery.letters.explain." + kind.name(),
                    "letter-" + kind.name(), language -> delegateLetters.blank(kind, language)));
        }
        forms.add(letter("help.letter.title", "help.letter.explain", "letter-RESUBSCRIPTION", resubscription::blank));
        var files = new Div(file(TEMPLATE, "help.file.template", "declaration-template"),
                file(EXAMPLE, "help.file.example", "declaration-example"));
        files.addClassName("pdf-links");
        forms.add(new H3(getTranslation("help.file.title")), new Paragraph(getTranslation("help.file.explain")), files);
        add(forms);

        if (!staff) {
            var link = new Anchor(feedback, getTranslation("help.feedback.link"));
            link.addClassName("help-feedback-link");
            add(new PageSection(getTranslation("help.feedback"), new Paragraph(getTranslation("help.feedback.intro")),
                    new Paragraph(link)));
        }
    }

    /** A letter's title, what it is for, and its two downloads. */
    private Div letter(String titleKey, String explainKey, String className, Function<Locale, LetterDocument> draw) {
        var links = new Div(download(draw, PortalI18NProvider.FRENCH, "statement.pdf.french", className),
                download(draw, PortalI18NProvider.ARABIC, "statement.pdf.arabic", className));
        links.addClassName("pdf-links");
        var block = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(explainKey)), links);
        block.addClassName("help-letter");
        return block;
    }

    private Anchor download(Function<Locale, LetterDocument> draw, Locale language, String textKey, String className) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            LetterDocument letter = draw.apply(language);
            return new DownloadResponse(new ByteArrayInputStream(letter.content()), letter.fileName(),
                    LetterDocument.CONTENT_TYPE, letter.content().length);
        }), getTranslation(textKey));
        link.addClassName(className + "-" + language.getLanguage());
        return link;
    }

    private Anchor file(String resource, String textKey, String className) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content;
            try (InputStream in = HelpView.class.getClassLoader().getResourceAsStream(resource)) {
                content = in.readAllBytes();
            }
            return new DownloadResponse(new ByteArrayInputStream(content), name, "text/csv", content.length);
        }), getTranslation(textKey));
        link.addClassName(className);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.title");
    }
}
