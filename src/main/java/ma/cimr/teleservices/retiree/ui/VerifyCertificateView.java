package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.retiree.CertificateCheck;
import ma.cimr.teleservices.retiree.Certificates;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The public check of a certificate (contrôle du code attestation): a bank, a consulate or anyone
 * types the code, or scans the QR code that opens this page on it, and reads whether the
 * certificate is valid, expired or revoked, with its holder masked. No sign-in.
 */
@Route(value = "verify/:code?", layout = PublicLayout.class)
@AnonymousAllowed
class VerifyCertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyCertificateView(Certificates certificates) {
        this.certificates = certificates;
        code.setLabel(getTranslation("retiree.verify.code"));
        code.addClassName("verify-code");
        code.setMaxLength(20);
        var check = new Button(getTranslation("retiree.verify.check"), click -> show(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("verify-check");
        result.addClassName("verify-result");
        add(new H1(getTranslation("retiree.verify.title")), new Paragraph(getTranslation("retiree.verify.intro")),
                code, check, result);
    }

    /**
     * The page is entered again, not rebuilt, when a link leads from one code to another or to the
     * blank form (DD047): the field and the result come from the address alone, never from the last one.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        String typed = event.getRouteParameters().get("code").orElse("");
        code.setValue(typed);
        if (!typed.isEmpty()) {
            show(typed);
        }
    }

    private void show(String typed) {
        result.removeAll();
        CertificateCheck check;
        try {
            check = certificates.check(typed);
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
            return;
        }
        if (!check.known()) {
            var unknown = new Paragraph(getTranslation("retiree.verify.unknown"));
            unknown.addClassNames("verify-state", "verify-UNKNOWN");
            result.add(unknown);
            return;
        }
        var state = new Paragraph(getTranslation("retiree.verify.state." + check.state()));
        state.addClassNames("verify-state", "verify-" + check.state());
        var facts = new Facts()
                .add(getTranslation("retiree.verify.kind"), getTranslation("retiree.certificate.kind." + check.kind())
                        + (check.taxYear() == null ? "" : " " + check.taxYear()))
                .add(getTranslation("retiree.verify.holder"), check.maskedName())
                .addLeftToRight(getTranslation("retiree.fileNumber"), check.maskedFileNumber())
                .add(getTranslation("retiree.verify.issued"), Formats.date(check.issuedOn(), getLocale()))
                .add(getTranslation("retiree.verify.validUntil"), Formats.date(check.validUntil(), getLocale()));
        result.add(state, facts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retiree.verify.title");
    }
}
