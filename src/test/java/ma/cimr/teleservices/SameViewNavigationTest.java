package ma.cimr.teleservices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import ma.cimr.teleservices.PortalRoutes.PortalRoute;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin keeps the view on screen and enters it again when a navigation leads to the same view class:
 * another reference from a case's link, another query, another space's copy of a page. Since the
 * views are the portal's own objects and no longer method security's proxies (DD047), that is what
 * happens in the browser too, so each view must draw everything from the address it is entered with
 * and nothing from the last one. For every address that names a record (read from the views'
 * annotations, so a page added tomorrow is checked tomorrow) and the pages read from a query: the
 * page of record B opened first, then record A in the same view, then B again in the same view,
 * must show B exactly as the first time, and A must show something else (else the check proves
 * nothing).
 */
class SameViewNavigationTest extends PortalBrowserlessTest {

    /**
     * Declarations, payment orders and most work cases are made by the tests themselves, not by the
     * demo data: whether a second one exists when this test runs depends on the order of the tests.
     */
    private static final Set<String> DEMO_HAS_FEWER_THAN_TWO = Set.of("backoffice/declarations/:id",
            "backoffice/memberships/:reference", "backoffice/pension-claims/:reference", "backoffice/subscriptions/:reference",
            "company/declarations/:id([0-9]+)", "company/declarations/:id([0-9]+)/edit",
            "company/declarations/:id/cancellation", "company/declarations/:id/recall", "company/payments/:id",
            "company/payments/:id/edit", "company/pension-claims/:reference", "delegate/requests/:reference");

    @Autowired
    DSLContext dsl;

    /** A view reached at two addresses by one person. */
    private record Case(String name, String login, String first, String second) {
    }

    @Test
    void everyViewEnteredAgainAtAnotherAddressShowsThatAddressAloneAsIfOpenedFirst() {
        List<Case> cases = new ArrayList<>();
        Set<String> withoutTwoRecords = new TreeSet<>();
        for (PortalRoute route : PortalRoutes.all()) {
            if (route.hasParameters()) {
                List<String> two = samples(route.template());
                if (two.size() < 2) {
                    withoutTwoRecords.add(route.template());
                    continue;
                }
                cases.add(new Case(route.template(), EveryRouteOnAPhoneTest.loginFor(route), two.get(0), two.get(1)));
            }
        }
        cases.addAll(otherAddressesOfOneView());
        // what the data does not hold twice was audited by reading the view (DD047): the list is explicit,
        // so a new address without two records is seen, and one with them is checked here
        assertThat(withoutTwoRecords).as("addresses the demo data names fewer than two records of")
                .isSubsetOf(DEMO_HAS_FEWER_THAN_TWO);

        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            check(c, failures);
        }
        assertThat(failures).as(failures.size() + " of " + cases.size() + " views").isEmpty();
    }

    /** Addresses of one view that differ by their query, their space or their route. */
    private List<Case> otherAddressesOfOneView() {
        String subscription = String.valueOf(dsl.fetchValue("select s.reference from company_subscription s"
                + " join company c on c.id = s.company_id where c.adherent_number = '100758'"));
        String membership = String.valueOf(dsl.fetchValue(
                "select reference from membership_application where legal_name like 'Ifrane%'"));
        return List.of(
                new Case("login?error", "", "login?error", "login"),
                new Case("second-factor?error", "", "second-factor?error", "second-factor"),
                new Case("subscription/status?ref&token", "", "subscription/status?ref=" + subscription + "&token=demo-100758",
                        "subscription/status?ref=" + subscription + "&token=wrong"),
                new Case("membership/status?ref&token", "", "membership/status?ref=" + membership + "&token=demo-adhesion",
                        "membership/status?ref=" + membership + "&token=wrong"),
                new Case("verify/:code? to the blank form", "", "verify/DEMQ-7K3M-PX2A", "verify"),
                new Case("help, then the space's copy", DemoLogins.AFFILIATE, "help", "affiliate/help"));
    }

    private void check(Case c, List<String> failures) {
        if (c.login().isEmpty()) {
            SignedIn.out();
        } else {
            signInAs(c.login());
        }
        open(c.second());
        giveAccessReason();
        HasElement view = getCurrentView();
        String fresh = snapshot();

        open(c.first());
        giveAccessReason();
        String other = snapshot();
        boolean reused = getCurrentView() == view;

        open(c.second());
        giveAccessReason();
        String again = snapshot();
        reused &= getCurrentView() == view;

        if (!reused) {
            failures.add(c.name() + ": " + c.first() + " and " + c.second() + " were not shown by the same view instance;"
                    + " the check needs them to be");
        } else if (other.equals(fresh)) {
            failures.add(c.name() + ": " + c.first() + " and " + c.second() + " look the same; the check proves nothing");
        } else if (!again.equals(fresh)) {
            failures.add(c.name() + ": " + c.second() + " reached from " + c.first() + " differs from " + c.second()
                    + " opened first:\n" + difference(fresh, again));
        }
    }

    /** Two records of the demo data for each address that names one. */
    private List<String> samples(String template) {
        String atlas = "(select id from company where adherent_number = '" + DemoLogins.ATLAS_DELEGATE + "')";
        List<String> values = switch (template) {
            case "verify/:code?" -> List.of("DEMQ-7K3M-PX2A", "XXXX-0000-XXXX");
            case "backoffice/buy-back/:reference" -> two("select reference from service_request where type_code = 'AFFILIATE_BUYBACK'");
            case "affiliate/requests/:reference" -> requestsOf(DemoLogins.AFFILIATE);
            case "retiree/requests/:reference" -> requestsOf(DemoLogins.RETIREE);
            case "company/requests/:reference" -> requestsOf(DemoLogins.ATLAS_COMPANY_ACCOUNT);
            case "delegate/requests/:reference" -> requestsOf(DemoLogins.ATLAS_DELEGATE);
            case "backoffice/requests/:reference" -> two("select reference from service_request where requester_account_id is not null");
            case "backoffice/subscriptions/:reference" -> two("select reference from company_subscription");
            case "backoffice/memberships/:reference" -> two("select reference from membership_application");
            case "backoffice/pension-claims/:reference" -> two("select reference from pension_claim");
            case "company/pension-claims/:reference" -> two("select reference from pension_claim where company_id = " + atlas);
            case "backoffice/declarations/:id" -> two("select id::text from declaration where status <> 'DRAFT'");
            case "company/declarations/:id([0-9]+)" -> two("select id::text from declaration where company_id = " + atlas);
            case "company/declarations/:id([0-9]+)/edit" -> two("select id::text from declaration where company_id = " + atlas
                    + " and status = 'DRAFT' and channel = 'FORM'");
            case "company/declarations/:id/recall", "company/declarations/:id/cancellation" ->
                    two("select id::text from declaration where company_id = " + atlas + " and status <> 'DRAFT'");
            case "company/payments/:id", "company/payments/:id/edit" ->
                    two("select id::text from payment_order where company_id = " + atlas);
            case "delegate/users/:login" -> List.of(DemoLogins.ATLAS_DECLARATION, DemoLogins.ATLAS_COMPANY_ACCOUNT);
            default -> throw new IllegalStateException(
                    template + " names a record: give it two demo samples in SameViewNavigationTest.samples");
        };
        return values.stream().map(value -> template.replaceFirst(":[A-Za-z]+(\\([^)]*\\))?\\??", value)).toList();
    }

    private List<String> requestsOf(String login) {
        return two("select r.reference from service_request r join user_account a on a.id = r.requester_account_id"
                + " where a.login = '" + login + "'");
    }

    private List<String> two(String sql) {
        return dsl.fetch(sql + " order by 1 limit 2").getValues(0, String.class);
    }

    /** What the view shows: its elements with their attributes, properties and texts, and its tables' cells. */
    private String snapshot() {
        var out = new StringBuilder();
        write(getCurrentView().getElement(), "", out);
        return out.toString();
    }

    private void write(Element element, String indent, StringBuilder out) {
        if (element.isTextNode()) {
            out.append(indent).append('"').append(element.getText()).append("\"\n");
            return;
        }
        out.append(indent).append('<').append(element.getTag()).append(element.isVisible() ? "" : " (hidden)");
        element.getAttributeNames().sorted().forEach(name -> out.append(' ').append(name).append('=')
                .append(stable(element.getAttribute(name))));
        // a property set to false or blank reads as one never set: the web component sees no difference
        element.getPropertyNames().sorted().map(name -> Map.entry(name, String.valueOf(element.getPropertyRaw(name))))
                .filter(property -> !property.getValue().equals("false") && !property.getValue().isEmpty())
                .forEach(property -> out.append(" .").append(property.getKey()).append('=').append(stable(property.getValue())));
        out.append(">\n");
        element.getComponent().filter(component -> component.getElement() == element)
                .ifPresent(component -> cells(component, indent + "  ", out));
        element.getChildren().forEach(child -> write(child, indent + "  ", out));
    }

    /** A download link's address names a resource registered for this very element: the same link twice differs there only. */
    private static String stable(String value) {
        return value == null ? "" : value.replaceAll("VAADIN/dynamic/resource/[^\"' ]*", "VAADIN/dynamic/resource/…");
    }

    private void cells(Component component, String indent, StringBuilder out) {
        if (component instanceof Grid<?> grid) {
            var rows = test(grid);
            int columns = grid.getColumns().size();
            for (int row = 0; row < Math.min(rows.size(), 50); row++) {
                var line = new StringBuilder();
                for (int column = 0; column < columns; column++) {
                    String text;
                    try {
                        text = rows.getCellText(row, column);
                    } catch (RuntimeException componentColumn) {
                        text = "…";
                    }
                    line.append(text).append(" | ");
                }
                out.append(indent).append("row ").append(row).append(": ").append(line).append('\n');
            }
        } else if (component instanceof LazyGrid<?> lazy) {
            for (int row = 0; row < Math.min(lazy.size(), 50); row++) {
                var line = new StringBuilder();
                for (int column = 0; ; column++) {
                    try {
                        lazy.headerText(column);
                    } catch (IndexOutOfBoundsException end) {
                        break;
                    }
                    line.append(lazy.cellText(row, column)).append(" | ");
                }
                out.append(indent).append("row ").append(row).append(": ").append(line).append('\n');
            }
        }
    }

    private static String difference(String expected, String actual) {
        List<String> was = expected.lines().toList();
        List<String> is = actual.lines().toList();
        return is.stream().filter(line -> !was.contains(line)).limit(8).map(line -> "  + " + line)
                .collect(Collectors.joining("\n")) + "\n"
                + was.stream().filter(line -> !is.contains(line)).limit(8).map(line -> "  - " + line)
                .collect(Collectors.joining("\n"));
    }
}
