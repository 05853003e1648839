package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import ma.cimr.teleservices.shared.value.Rib;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The two liquidation documents (DD035), A4, drawn once at liquidation in French and in Arabic: the
 * notification of rights (who, which pension, how it was computed, from when, where it is paid) and
 * the first payment schedule (the first twelve months and their amount before tax).
 */
@Component
class LiquidationPdf {

    static final int SCHEDULED_MONTHS = 12;

    private final PortalI18NProvider i18n;

    LiquidationPdf(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    /** What both documents say about the pension liquidated. */
    record Liquidated(PensionClaim claim, String pensionFileNumber, ClaimPension pension, LocalDate decidedOn) {
    }

    byte[] render(LiquidationDocument.Kind kind, Liquidated liquidated, Locale locale) {
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        var w = new PdfWriting(i18n, locale) { };
        String titleKey = "liquidation.pdf.title." + kind.name();
        return w.draw(document, w.t(titleKey), () -> {
            header(document, w, titleKey, liquidated);
            switch (kind) {
                case NOTIFICATION_OF_RIGHTS -> rights(document, w, liquidated);
                case FIRST_PAYMENT_SCHEDULE -> schedule(document, w, liquidated);
            }
        });
    }

    private static void header(Document document, PdfWriting w, String titleKey, Liquidated liquidated)
            throws DocumentException {
        Locale locale = w.locale();
        PensionClaim claim = liquidated.claim();
        PdfPTable header = w.table(new float[]{1});
        header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(PdfWriting.BOLD, 11, Font.NORMAL, PdfWriting.INK), false));
        header.addCell(w.cell(w.t(titleKey), new Font(PdfWriting.BOLD, 18), false));
        header.addCell(w.cell(w.t("liquidation.pdf.issued", Formats.date(liquidated.decidedOn(), locale)),
                new Font(PdfWriting.REGULAR, 9), false));
        header.setSpacingAfter(10);
        document.add(header);

        PdfPTable identity = w.table(new float[]{2, 3});
        identity.addCell(w.label("liquidation.pdf.fileNumber"));
        identity.addCell(w.value(liquidated.pensionFileNumber()));
        identity.addCell(w.label("liquidation.pdf.claimant"));
        identity.addCell(w.value(claim.claimant().lastName() + " " + claim.claimant().firstName()));
        identity.addCell(w.label("liquidation.pdf.cin"));
        identity.addCell(w.value(claim.claimant().cin()));
        identity.addCell(w.label("liquidation.pdf.birthDate"));
        identity.addCell(w.value(Formats.date(claim.claimant().birthDate(), locale)));
        identity.addCell(w.label("liquidation.pdf.affiliate"));
        identity.addCell(w.value(claim.affiliate().label()));
        identity.addCell(w.label("liquidation.pdf.reference"));
        identity.addCell(w.value(claim.reference()));
        identity.setSpacingAfter(10);
        document.add(identity);
    }

    private static void rights(Document document, PdfWriting w, Liquidated liquidated) throws DocumentException {
        Locale locale = w.locale();
        PensionClaim claim = liquidated.claim();
        ClaimPension pension = liquidated.pension();
        PdfPTable facts = w.table(new float[]{2, 3});
        facts.addCell(w.heading("liquidation.pdf.rights", 2));
        facts.addCell(w.label("liquidation.pdf.kind"));
        facts.addCell(w.value(w.t("liquidation.kind." + claim.kind().name())));
        facts.addCell(w.label(claim.kind().survivor() ? "liquidation.pdf.deathDate" : "liquidation.pdf.retirementDate"));
        facts.addCell(w.value(Formats.date(claim.effectiveDate(), locale)));
        facts.addCell(w.label("liquidation.pdf.pensionStart"));
        facts.addCell(w.value(Formats.date(claim.pensionStart(), locale)));
        facts.addCell(w.label("liquidation.pdf.paymentMode"));
        facts.addCell(w.value(paidInto(w, claim)));
        if (!claim.kind().survivor()) {
            facts.addCell(w.label("liquidation.pdf.reversion"));
            facts.addCell(w.value(w.t(claim.reversionToSpouse() ? "common.yes" : "common.no")));
        }
        facts.setSpacingAfter(10);
        document.add(facts);

        PdfPTable figures = w.table(new float[]{3, 2});
        figures.addCell(w.heading("liquidation.pdf.computation", 2));
        figures.addCell(w.label("liquidation.pdf.points"));
        figures.addCell(w.number(Formats.decimal(pension.basis().pension().points().value(), 2, locale)));
        figures.addCell(w.label("liquidation.pdf.age"));
        figures.addCell(w.number(String.valueOf(pension.basis().age())));
        figures.addCell(w.label("liquidation.pdf.coefficient"));
        figures.addCell(w.number(Formats.decimal(pension.basis().coefficient().value(), 3, locale)));
        figures.addCell(w.label("liquidation.pdf.liquidationValue"));
        figures.addCell(w.number(Formats.amount(pension.basis().liquidationValue().value(), locale)));
        figures.addCell(w.label("liquidation.pdf.annual"));
        figures.addCell(w.number(Formats.amount(pension.basis().pension().annual().value(), locale)));
        if (pension.sharePercent().compareTo(SurvivorShares.OWN) != 0) {
            figures.addCell(w.label("liquidation.pdf.share"));
            figures.addCell(w.number(Formats.rate(pension.sharePercent(), locale)));
        }
        figures.addCell(w.label("liquidation.pdf.monthly"));
        figures.addCell(w.number(Formats.amount(pension.monthly(), locale)));
        figures.setSpacingAfter(10);
        document.add(figures);

        PdfPTable note = w.table(new float[]{1});
        note.addCell(w.cell(w.t("liquidation.pdf.rightsNote"), new Font(PdfWriting.REGULAR, 8), false));
        document.add(note);
    }

    private static void schedule(Document document, PdfWriting w, Liquidated liquidated) throws DocumentException {
        Locale locale = w.locale();
        PensionClaim claim = liquidated.claim();
        BigDecimal monthly = liquidated.pension().monthly();
        PdfPTable months = w.table(new float[]{2, 2, 2});
        months.addCell(w.heading("liquidation.pdf.schedule", 3));
        months.addCell(w.label("liquidation.pdf.month"));
        months.addCell(w.label("liquidation.pdf.paidOn"));
        months.addCell(w.label("liquidation.pdf.gross"));
        YearMonth first = YearMonth.from(claim.pensionStart());
        for (int i = 0; i < SCHEDULED_MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            months.addCell(w.value(Formats.month(month, locale)));
            months.addCell(w.value(Formats.date(month.atDay(1), locale)));
            months.addCell(w.number(Formats.amount(monthly, locale)));
        }
        months.setSpacingAfter(10);
        document.add(months);

        PdfPTable note = w.table(new float[]{1});
        note.addCell(w.cell(w.t("liquidation.pdf.scheduleNote", paidInto(w, claim)), new Font(PdfWriting.REGULAR, 8), false));
        document.add(note);
    }

    private static String paidInto(PdfWriting w, PensionClaim claim) {
        return claim.paymentMode() == PaymentMode.BANK_TRANSFER && claim.rib() != null
                ? w.t("liquidation.pdf.bank", Rib.parse(claim.rib()).grouped())
                : w.t("liquidation.paymentMode.RAHATI_CARD");
    }
}
