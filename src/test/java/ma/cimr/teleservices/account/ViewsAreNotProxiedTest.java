package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views are guarded by Vaadin's navigation access control, which reads their {@code @RolesAllowed}
 * itself. Method security read the same annotation (JSR-250) and wrapped every view in a proxy at
 * every navigation, matching its advisors again against the view's hundreds of methods each time:
 * a third of the portal's processor time with 50 people at once (DD047). Services keep their
 * {@code @PreAuthorize}; a view is the portal's own object and still refuses who lacks its role.
 */
class ViewsAreNotProxiedTest extends PortalBrowserlessTest {

    @Test
    void aViewIsThePortalsOwnObjectNotAMethodSecurityProxy() {
        signInAs(DemoLogins.AFFILIATE);
        assertThat(open("affiliate/statement")).isEqualTo("affiliate/statement");
        assertThat(AopUtils.isAopProxy(getCurrentView())).isFalse();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("StatementView");
    }

    @Test
    void aViewStillRefusesSomeoneWithoutItsRole() {
        signInAs(DemoLogins.AFFILIATE);
        open("backoffice/requests");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void aServiceKeepsItsMethodSecurity() {
        assertThat(AopUtils.isAopProxy(accounts)).isTrue();
    }
}
