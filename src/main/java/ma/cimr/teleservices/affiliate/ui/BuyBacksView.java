package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.affiliate.BuyBack;
import ma.cimr.teleservices.affiliate.BuyBacks;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;

import java.util.List;
import java.util.Locale;

/**
 * The affiliate's buy-backs (DD040): for each, what to pay, into which account and with which
 * reference while the money is awaited, then the day the bank confirmed it and the requests that
 * follow the credit of the points. One column of facts per buy-back, readable at 360 px.
 */
@Menu(title = "buyback.nav", order = 300)
@Route(value = "affiliate/buy-backs", layout = AffiliateLayout.class)
@RolesAllowed(Roles.AFFILIATE)
class BuyBacksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BuyBacks buyBacks;

    BuyBacksView(BuyBacks buyBacks) {
        this.buyBacks = buyBacks;
        addClassName("buy-backs");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("buyback.title")), new Paragraph(getTranslation("buyback.intro")));
        List<BuyBack> mine = buyBacks.mine();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("buyback.none"));
            none.addClassName("no-buy-back");
            add(none, new Anchor("affiliate/simulator", getTranslation("buyback.toSimulator")));
            return;
        }
        mine.forEach(buyBack -> add(section(buyBack)));
    }

    private PageSection section(BuyBack buyBack) {
        Locale locale = getLocale();
        var facts = new Facts()
                .add(getTranslation("buyback.status"), getTranslation(buyBack.status().labelKey()))
                .addLeftToRight(getTranslation("buyback.paymentReference"), buyBack.paymentReference())
                .add(getTranslation("buyback.amount"), Formats.amount(buyBack.amount(), locale))
                .add(getTranslation("buyback.points"), Formats.amount(buyBack.points(), locale))
                .add(getTranslation("buyback.pointPrice", String.valueOf(buyBack.year())),
                        Formats.amount(buyBack.pointPrice(), locale))
                .add(getTranslation("buyback.askedAt"), Formats.dateTime(buyBack.askedAt(), locale));
        if (buyBack.status() == BuyBack.Status.AWAITING_PAYMENT) {
            BuyBacks.FundAccount fund = buyBacks.fundAccount();
            facts.add(getTranslation("buyback.payTo"), fund.holder() + (fund.bank().isBlank() ? "" : " — " + fund.bank()))
                    .addLeftToRight(getTranslation("buyback.rib"), fund.rib());
        } else {
            facts.add(getTranslation("buyback.valueDate"), Formats.date(buyBack.valueDate(), locale))
                    .add(getTranslation("buyback.identifiedAt"), Formats.dateTime(buyBack.identifiedAt(), locale));
        }
        facts.addClassName("buy-back-facts");
        var section = new PageSection(getTranslation("buyback.section", buyBack.paymentReference()), facts);
        if (buyBack.status() == BuyBack.Status.AWAITING_PAYMENT) {
            section.add(new Paragraph(getTranslation("buyback.howToPay", buyBack.paymentReference())));
        } else {
            String request = buyBack.requestReference();
            String statementRequest = buyBack.statementRequestReference();
            if (request != null) {
                section.add(link(request, "buyback.request"));
            }
            if (request != null && statementRequest != null) {
                section.add(link(statementRequest, "buyback.statementRequest"));
            }
        }
        section.addClassName("buy-back");
        return section;
    }

    private Anchor link(String reference, String textKey) {
        var link = new Anchor("affiliate/requests/" + reference, getTranslation(textKey, reference));
        link.getStyle().set("display", "block");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buyback.title");
    }
}
