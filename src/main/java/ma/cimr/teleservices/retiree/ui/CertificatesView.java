package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.retiree.Certificate;
import ma.cimr.teleservices.retiree.Certificates;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.RetireeLayout;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Certificates (édition de votre attestation de pension): a new pension certificate at a click, and
 * every certificate, tax ones included, to download in French or Arabic, each with its code.
 * One block per certificate rather than a table: it reads on a phone.
 */
@Menu(title = "nav.retiree.certificates", order = 4)
@Route(value = "retiree/certificates", layout = RetireeLayout.class)
@RolesAllowed(Roles.RETIREE)
class CertificatesView extends VerticalLayout implements HasDynamicTitle {

    private final Certificates certificates;

    CertificatesView(Certificates certificates) {
        this.certificates = certificates;
        show();
    }

    private void show() {
        removeAll();
        var issue = new Button(getTranslation("retiree.certificate.issue"), click -> {
            if (Feedback.attempt(this, certificates::issuePensionCertificate)) {
                Feedback.done(this, "retiree.certificate.issued");
                show();
            }
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClassName("issue-certificate");
        add(new H1(getTranslation("retiree.certificate.title")), new Paragraph(getTranslation("retiree.certificate.intro")),
                issue);
        var list = new Div();
        list.addClassName("certificates");
        for (Certificate certificate : certificates.mine()) {
            var item = new Div();
            item.addClassName("certificate");
            String title = getTranslation("retiree.certificate.kind." + certificate.kind())
                    + (certificate.taxYear() == null ? "" : " " + certificate.taxYear());
            var code = new Span(certificate.groupedCode());
            code.addClassName("certificate-code");
            code.getElement().setAttribute("dir", "ltr");
            item.add(new Paragraph(title + " — " + getTranslation("retiree.certificate.line",
                    Formats.date(LocalDate.ofInstant(certificate.issuedAt(), BusinessCalendar.ZONE), getLocale()),
                    Formats.date(certificate.validUntil(), getLocale()),
                    getTranslation("retiree.verify.state." + certificates.stateOf(certificate)))));
            // the code and the two files side by side, wrapping on a phone rather than running together
            var line = new Div(code, pdfLink(certificate, PortalI18NProvider.FRENCH, "retiree.certificate.french"),
                    pdfLink(certificate, PortalI18NProvider.ARABIC, "retiree.certificate.arabic"));
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em 1.5em");
            item.add(line);
            list.add(item);
        }
        add(new PageSection(getTranslation("retiree.certificate.mine"), list));
    }

    /** The PDF is drawn when the link is followed, through the service: the owner is checked then. */
    private Anchor pdfLink(Certificate certificate, Locale language, String textKey) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificates.pdf(certificate.code(), language);
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    "attestation-" + certificate.code() + "-" + language.getLanguage() + ".pdf", "application/pdf", pdf.length);
        }), getTranslation(textKey));
        link.addClassNames("certificate-pdf", "certificate-pdf-" + language.getLanguage());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retiree.certificates");
    }
}
