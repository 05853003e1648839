package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.SuspensionReason;
import ma.cimr.teleservices.shared.Formats;

import java.time.LocalDate;

/**
 * A suspended pension says so at the top of the space: since when, why, and what to do about it
 * (for a missing document, where to send it), in words the retiree can act on.
 */
class SuspensionNotice extends Composite<Div> {

    SuspensionNotice(RetireePension pension) {
        LocalDate since = pension.suspendedSince();
        SuspensionReason reason = pension.suspensionReason();
        if (since == null || reason == null) {
            // the table's check keeps both or neither; the screens show a notice only when suspended()
            throw new IllegalArgumentException("no suspension to explain for " + pension.pensionFileNumber());
        }
        Div box = getContent();
        box.addClassName("suspension-notice");
        box.getElement().setAttribute("role", "alert");
        var why = new Paragraph(getTranslation("retiree.suspension.since",
                Formats.date(since, getLocale()),
                getTranslation("retiree.suspension.reason." + reason)));
        var what = new Paragraph(getTranslation("retiree.suspension.todo." + reason));
        box.add(why, what);
        if (reason.document() != null) {
            box.add(new Anchor("retiree/documents", getTranslation("nav.retiree.documents")));
        }
    }
}
