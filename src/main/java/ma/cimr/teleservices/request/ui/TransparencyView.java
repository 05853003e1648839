package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.PublicLayout;

import java.time.Clock;
import java.time.LocalDate;

/** The charter kept in public: the last twelve months, figures only, nobody named. */
@Route(value = "transparency", layout = PublicLayout.class)
@AnonymousAllowed
class TransparencyView extends VerticalLayout implements HasDynamicTitle {

    TransparencyView(CharterDashboard dashboard, Clock clock) {
        LocalDate to = LocalDate.now(clock);
        LocalDate from = CharterDashboard.twelveMonthsEndingOn(to);
        add(new H1(getTranslation("transparency.title")),
                new Paragraph(getTranslation("transparency.intro", Formats.date(from, getLocale()), Formats.date(to, getLocale()))),
                new CharterFiguresPanel(dashboard.figures(from, to), dashboard.schemeFigures(from, to)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transparency.title");
    }
}
