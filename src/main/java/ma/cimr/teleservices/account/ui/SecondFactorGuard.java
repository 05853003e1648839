package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import ma.cimr.teleservices.account.SecondFactorService;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A session that has passed only the password reaches no page but the second factor's (DD021):
 * whatever it asks for, it gets the code entry or, the first time, the enrolment. Role-protected
 * pages would refuse it anyway (it holds no role); this also covers the pages open to every
 * signed-in user, and shows the way on rather than an error. Registered first, so that it
 * reroutes before the access control refuses.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecondFactorGuard implements VaadinServiceInitListener {

    private final SecondFactorService secondFactor;

    SecondFactorGuard(SecondFactorService secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = switch (secondFactor.nextStep()) {
            case NONE -> null;
            case CODE -> SecondFactorView.class;
            case ENROL -> SecondFactorEnrolView.class;
        };
        if (target != null && event.getNavigationTarget() != target) {
            event.rerouteTo(target);
        }
    }
}
