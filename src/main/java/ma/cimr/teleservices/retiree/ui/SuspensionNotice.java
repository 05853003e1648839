package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.shared.Formats;

/**
 * A suspended pension says so at the top of the space: since when, why, and what to do about it
 * (for a missing document, where to send it), in words the retiree can act on.
 */
class SuspensionNotice extends Composite<Div> {

    SuspensionNotice(RetireePension pension) {
        Div box = getContent();
        box.addClassName("suspension-notice");
        box.getElement().setAttribute("role", "alert");
        var why = new Paragraph(getTranslation("retiree.suspension.since",
                Formats.date(pension.suspendedSince(), getLocale()),
                getTranslation("retiree.suspension.reason." + pension.suspensionReason())));
        var what = new Paragraph(getTranslation("retiree.suspension.todo." + pension.suspensionReason()));
        box.add(why, what);
        if (pension.suspensionReason().document() != null) {
            box.add(new Anchor("retiree/documents", getTranslation("nav.retiree.documents")));
        }
    }
}
