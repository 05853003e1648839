package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shell.Space;

/** Where login sends everyone: forwards each user to their own space. */
@Route(value = "my-space", autoLayout = false)
@PermitAll
public class MySpaceView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    MySpaceView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Space.of(currentUser.require().kind()).route());
    }
}
