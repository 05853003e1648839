package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.server.VaadinSession;
import ma.cimr.teleservices.declaration.DeclarableCompany;
import ma.cimr.teleservices.declaration.SalaryDeclarations;
import ma.cimr.teleservices.shared.Refusal;

import java.util.List;

/**
 * The company an external firm's login acts for, chosen on the history page and kept in the UI
 * session (DD027): only a choice of screen, since every service call checks again that the login
 * may act for it. A login of one company never sees the choice.
 */
final class ActingCompany {

    private static final String ATTRIBUTE = ActingCompany.class.getName();

    private ActingCompany() {
    }

    /** The chosen company if the login may still act for it, else its first one. */
    static DeclarableCompany current(SalaryDeclarations declarations) {
        List<DeclarableCompany> companies = declarations.companies();
        if (companies.isEmpty()) {
            throw new Refusal("declaration.error.notSetUp");
        }
        Object chosen = VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
        return companies.stream().filter(company -> chosen instanceof Long id && company.companyId() == id)
                .findFirst().orElse(companies.getFirst());
    }

    static void choose(DeclarableCompany company) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, company.companyId());
    }
}
