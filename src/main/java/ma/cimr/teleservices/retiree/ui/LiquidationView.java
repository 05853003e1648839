package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.liquidation.ClaimStatusForRetiree;
import ma.cimr.teleservices.liquidation.LiquidationDocument;
import ma.cimr.teleservices.retiree.MyLiquidation;
import ma.cimr.teleservices.retiree.RetireeService;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.RetireeLayout;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The liquidation of one's pension (issue 13): the documents drawn that day (notification of rights,
 * first payment schedule) to download in French or Arabic, and the claim behind the pension with its
 * steps, which matters most while the first payment is still to come. One block per document, not a
 * table: it reads on a phone.
 */
@Menu(title = "nav.retiree.liquidation", order = 330)
@Route(value = "retiree/liquidation", layout = RetireeLayout.class)
@RolesAllowed(Roles.RETIREE)
class LiquidationView extends VerticalLayout implements HasDynamicTitle {

    private final MyLiquidation liquidation;

    LiquidationView(MyLiquidation liquidation, RetireeService retirees) {
        this.liquidation = liquidation;
        Locale locale = getLocale();
        add(new H1(getTranslation("retiree.liquidation.title")));
        Optional<ClaimStatusForRetiree> claim = liquidation.claim();
        List<LiquidationDocument> documents = liquidation.documents();
        if (claim.isEmpty() && documents.isEmpty()) {
            var none = new Paragraph(getTranslation("retiree.liquidation.none"));
            none.addClassName("no-liquidation");
            add(none);
            return;
        }
        claim.ifPresent(status -> {
            if (retirees.myPaymentCount() == 0) {
                var toCome = new Paragraph(getTranslation("retiree.liquidation.firstPayment",
                        Formats.date(status.pensionStart(), locale)));
                toCome.addClassName("first-payment-to-come");
                add(toCome);
            }
            add(claimSection(status, locale), stepsSection(status, locale));
        });
        if (!documents.isEmpty()) {
            var list = new Div();
            list.addClassName("liquidation-documents");
            for (LiquidationDocument document : documents) {
                var item = new Div();
                item.addClassName("liquidation-document");
                item.add(new Paragraph(getTranslation("liquidation.pdf.title." + document.kind().name()) + " — "
                        + Formats.date(LocalDate.ofInstant(document.createdAt(), BusinessCalendar.ZONE), locale)));
                var links = new Div(pdfLink(document, PortalI18NProvider.FRENCH, "retiree.certificate.french"),
                        pdfLink(document, PortalI18NProvider.ARABIC, "retiree.certificate.arabic"));
                links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em 1.5em");
                item.add(links);
                list.add(item);
            }
            add(new PageSection(getTranslation("retiree.liquidation.documents"), list));
        }
    }

    private PageSection claimSection(ClaimStatusForRetiree status, Locale locale) {
        var facts = new Facts()
                .addLeftToRight(getTranslation("retiree.liquidation.reference"), status.reference())
                .add(getTranslation("retiree.liquidation.status"), getTranslation("liquidation.status." + status.status().name()))
                .add(getTranslation("retiree.liquidation.filed"), Formats.dateTime(status.filedAt(), locale))
                .add(getTranslation("retiree.liquidation.liquidated"), Formats.dateTime(status.liquidatedAt(), locale))
                .add(getTranslation("retiree.start"), Formats.date(status.pensionStart(), locale))
                .add(getTranslation("retiree.monthlyAmount"), Formats.amount(status.monthlyAmount(), locale));
        facts.addClassName("liquidation-claim");
        return new PageSection(getTranslation("retiree.liquidation.claim"), facts);
    }

    private PageSection stepsSection(ClaimStatusForRetiree status, Locale locale) {
        var steps = new OrderedList();
        steps.addClassName("liquidation-steps");
        for (ClaimStatusForRetiree.Step step : status.steps()) {
            steps.add(new ListItem(Formats.dateTime(step.at(), locale) + " — "
                    + getTranslation("liquidation.event." + step.kind().name())));
        }
        return new PageSection(getTranslation("retiree.liquidation.steps"), steps);
    }

    /** The PDF is read when the link is followed, through the service: the owner is checked then. */
    private Anchor pdfLink(LiquidationDocument document, Locale language, String textKey) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = liquidation.pdf(document.id(), language);
            return new DownloadResponse(new ByteArrayInputStream(pdf), document.kind().name().toLowerCase(Locale.ROOT)
                    + "-" + language.getLanguage() + ".pdf", "application/pdf", pdf.length);
        }), getTranslation(textKey));
        link.addClassNames("liquidation-pdf", "liquidation-pdf-" + language.getLanguage());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retiree.liquidation");
    }
}
