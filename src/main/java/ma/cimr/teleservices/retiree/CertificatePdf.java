package ma.cimr.teleservices.retiree;

import io.nayuki.qrcodegen.QrCode;
import ma.cimr.teleservices.retiree.repository.RetireeRepository.YearPaid;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A certificate as an A4 PDF in French, Arabic or English (DD036): who the holder is, what the
 * fund certifies (the pension in payment, or a year's amounts for the tax return), the
 * verification code, and a QR code that opens the public check page on that code, so a bank or a
 * consulate checks it with a phone. The PDF is drawn from the database each time: the code, not
 * the file, is what the fund stands behind.
 */
@Component
class CertificatePdf {

    private final PortalI18NProvider i18n;

    CertificatePdf(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(Certificate certificate, RetireePension pension, @Nullable YearPaid year, String checkUrl, Locale locale) {
        var w = new Writing(locale);
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        String title = w.t("retiree.certificate.pdf.title." + certificate.kind());
        return w.draw(document, title, () -> {
            PdfPTable header = w.table(new float[]{1});
            header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(PdfWriting.BOLD, 11, Font.NORMAL, PdfWriting.INK), false));
            header.addCell(w.cell(title, new Font(PdfWriting.BOLD, 18), false));
            header.setSpacingAfter(14);
            document.add(header);

            PdfPTable facts = w.table(new float[]{2, 3});
            String name = pension.firstName() + " " + pension.lastName();
            facts.addCell(w.label("retiree.certificate.pdf.holder"));
            facts.addCell(w.value(name));
            facts.addCell(w.label("retiree.fileNumber"));
            facts.addCell(w.value(pension.pensionFileNumber()));
            facts.addCell(w.label("retiree.kind"));
            facts.addCell(w.value(w.t("retiree.kind." + pension.kind())));
            facts.addCell(w.label("retiree.start"));
            facts.addCell(w.value(Formats.date(pension.pensionStart(), locale)));
            if (certificate.kind() == Certificate.Kind.PENSION) {
                facts.addCell(w.label("retiree.monthlyAmount"));
                facts.addCell(w.number(Formats.amount(pension.monthlyAmount(), locale)));
                facts.addCell(w.label("retiree.paymentMode"));
                facts.addCell(w.value(w.t("retiree.paymentMode." + pension.paymentMode())));
            } else if (year != null) {
                facts.addCell(w.label("retiree.certificate.pdf.year"));
                facts.addCell(w.value(String.valueOf(certificate.taxYear())));
                facts.addCell(w.label("retiree.certificate.pdf.gross"));
                facts.addCell(w.number(Formats.amount(year.gross(), locale)));
                facts.addCell(w.label("retiree.certificate.pdf.tax"));
                facts.addCell(w.number(Formats.amount(year.gross().subtract(year.net()), locale)));
                facts.addCell(w.label("retiree.certificate.pdf.net"));
                facts.addCell(w.number(Formats.amount(year.net(), locale)));
            }
            facts.setSpacingAfter(14);
            document.add(facts);

            PdfPTable statement = w.table(new float[]{1});
            statement.addCell(w.cell(w.t("retiree.certificate.pdf.statement." + certificate.kind(), name,
                    pension.pensionFileNumber()), new Font(PdfWriting.REGULAR, 10), false));
            LocalDate issued = LocalDate.ofInstant(certificate.issuedAt(), BusinessCalendar.ZONE);
            statement.addCell(w.cell(w.t("retiree.certificate.pdf.issued", Formats.date(issued, locale),
                    Formats.date(certificate.validUntil(), locale)), new Font(PdfWriting.REGULAR, 9), false));
            statement.setSpacingAfter(18);
            document.add(statement);

            PdfPTable check = w.table(new float[]{3, 1});
            PdfPCell code = w.cell(w.t("retiree.certificate.pdf.check", certificate.groupedCode(), checkUrl),
                    new Font(PdfWriting.BOLD, 10), false);
            code.setVerticalAlignment(Element.ALIGN_MIDDLE);
            check.addCell(code);
            PdfPCell qr = new PdfPCell(qrImage(checkUrl), true);
            qr.setBorder(0);
            qr.setFixedHeight(110);
            check.addCell(qr);
            document.add(check);
        });
    }

    /** The QR code of the check page's address, four pixels a module with the standard quiet zone. */
    static Image qrImage(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int scale = 4;
        int side = (qr.size + 2 * border) * scale;
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = qr.getModule(x / scale - border, y / scale - border);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        try {
            return Image.getInstance(image, (Color) null);
        } catch (IOException | DocumentException e) {
            throw new UncheckedIOException(new IOException("QR code image", e));
        }
    }

    private final class Writing extends PdfWriting {
        Writing(Locale locale) {
            super(i18n, locale);
        }
    }
}
