package ma.cimr.teleservices.liquidation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.liquidation.ClaimDocument;
import ma.cimr.teleservices.liquidation.ClaimEvent;
import ma.cimr.teleservices.liquidation.ClaimSummary;
import ma.cimr.teleservices.liquidation.PensionClaim;
import ma.cimr.teleservices.liquidation.UploadedDocument;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.value.Rib;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * What the company's and the staff's claim screens show alike: the claim's facts, its papers, its
 * timeline and lists of claims, each in the reader's language. Public for the staff screens in
 * {@code ui.backoffice}; it holds no state.
 */
public final class ClaimTexts {

    private ClaimTexts() {
    }

    public static Facts facts(Component screen, PensionClaim claim) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        var facts = new Facts()
                .add(screen.getTranslation("liquidation.claim.status"),
                        screen.getTranslation("liquidation.status." + claim.status().name()))
                .add(screen.getTranslation("liquidation.claim.company"), claim.adherentNumber() + " — " + claim.companyName())
                .add(screen.getTranslation("liquidation.claim.affiliate"), claim.affiliate().label())
                .add(screen.getTranslation("liquidation.claim.kind"),
                        screen.getTranslation("liquidation.kind." + claim.kind().name()))
                .add(screen.getTranslation(claim.kind().survivor() ? "liquidation.claim.deathDate"
                        : "liquidation.claim.retirementDate"), Formats.date(claim.effectiveDate(), locale))
                .add(screen.getTranslation("liquidation.claim.pensionStart"), Formats.date(claim.pensionStart(), locale))
                .add(screen.getTranslation("liquidation.claim.claimant"), claim.claimant().lastName() + " "
                        + claim.claimant().firstName() + " (" + claim.claimant().cin() + ")")
                .add(screen.getTranslation("liquidation.claim.paymentMode"),
                        screen.getTranslation("liquidation.paymentMode." + claim.paymentMode().name()))
                .addLeftToRight(screen.getTranslation("liquidation.claim.rib"),
                        claim.rib() == null ? "" : Rib.parse(claim.rib()).grouped())
                .add(screen.getTranslation("liquidation.claim.filed"), Formats.dateTime(claim.filedAt(), locale));
        if (!claim.kind().survivor()) {
            facts.add(screen.getTranslation("liquidation.claim.reversion"),
                    screen.getTranslation(claim.reversionToSpouse() ? "common.yes" : "common.no"));
        }
        if (claim.pensionFileNumber() != null) {
            facts.add(screen.getTranslation("liquidation.claim.fileNumber"), claim.pensionFileNumber());
        }
        if (claim.refusalReason() != null) {
            facts.add(screen.getTranslation("liquidation.claim.refusalReason"), claim.refusalReason());
        }
        facts.addClassName("claim-facts");
        return facts;
    }

    /** The papers, newest version last; each one downloadable through the service that checks access. */
    public static Grid<ClaimDocument> documents(Component screen, PensionClaim claim,
                                                LongFunction<UploadedDocument> content) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        var grid = new Grid<ClaimDocument>();
        var kind = grid.addColumn(d -> screen.getTranslation("liquidation.document." + d.kind().name()))
                .setHeader(screen.getTranslation("liquidation.documents.kind"));
        var file = grid.addComponentColumn(d -> download(d, content)).setHeader(screen.getTranslation("liquidation.documents.file"));
        var status = grid.addColumn(d -> screen.getTranslation("liquidation.documentStatus." + d.status().name())
                        + (d.refusalReason() == null ? "" : " — " + d.refusalReason()))
                .setHeader(screen.getTranslation("liquidation.documents.status"));
        grid.addColumn(d -> Formats.dateTime(d.uploadedAt(), locale)).setHeader(screen.getTranslation("liquidation.documents.uploaded"));
        PhoneColumns.keepOnPhone(grid, kind, file, status);
        grid.setItems(claim.documents());
        grid.setAllRowsVisible(true);
        grid.addClassName("claim-documents");
        return grid;
    }

    private static Anchor download(ClaimDocument document, LongFunction<UploadedDocument> content) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            UploadedDocument file = content.apply(document.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), document.fileName());
        link.getElement().setAttribute("dir", "auto");
        return link;
    }

    public static Grid<ClaimEvent> timeline(Component screen, PensionClaim claim) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        var grid = new Grid<ClaimEvent>();
        grid.addColumn(e -> Formats.dateTime(e.at(), locale)).setHeader(screen.getTranslation("liquidation.timeline.at"));
        grid.addColumn(e -> screen.getTranslation("liquidation.event." + e.kind().name()))
                .setHeader(screen.getTranslation("liquidation.timeline.what"));
        grid.addColumn(e -> e.message() == null ? "" : documentName(screen, e.message()))
                .setHeader(screen.getTranslation("liquidation.timeline.message"));
        grid.setItems(claim.timeline());
        grid.setAllRowsVisible(true);
        grid.addClassName("claim-timeline");
        return grid;
    }

    /** A step naming a paper (its kind, then maybe a reason) reads the paper's name. */
    private static String documentName(Component screen, String message) {
        for (var kind : ma.cimr.teleservices.liquidation.DocumentKind.values()) {
            if (message.equals(kind.name()) || message.startsWith(kind.name() + " — ")) {
                return screen.getTranslation("liquidation.document." + kind.name()) + message.substring(kind.name().length());
            }
        }
        return message;
    }

    public static Grid<ClaimSummary> list(Component screen, List<ClaimSummary> claims) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        var grid = new Grid<ClaimSummary>();
        var reference = grid.addColumn(ClaimSummary::reference).setHeader(screen.getTranslation("liquidation.list.reference"));
        grid.addColumn(ClaimSummary::affiliate).setHeader(screen.getTranslation("liquidation.list.affiliate"));
        var claimant = grid.addColumn(ClaimSummary::claimant).setHeader(screen.getTranslation("liquidation.list.claimant"));
        grid.addColumn(c -> screen.getTranslation("liquidation.kind." + c.kind().name()))
                .setHeader(screen.getTranslation("liquidation.list.kind"));
        var claimStatus = grid.addColumn(c -> screen.getTranslation("liquidation.status." + c.status().name()))
                .setHeader(screen.getTranslation("liquidation.list.status"));
        grid.addColumn(c -> Formats.date(LocalDate.ofInstant(c.filedAt(), ma.cimr.teleservices.shared.BusinessCalendar.ZONE), locale))
                .setHeader(screen.getTranslation("liquidation.list.filed"));
        PhoneColumns.keepOnPhone(grid, reference, claimant, claimStatus);
        grid.setItems(claims);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
