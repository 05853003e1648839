package ma.cimr.teleservices.account.ui;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SecondFactorCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A session that passed only the password, taken from the real password form, reaches no page
 * but the second factor's: not the role-protected ones, not those open to any signed-in user (DD021).
 */
class SecondFactorGuardTest extends PortalBrowserlessTest {

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void passwordOnly() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", DemoLogins.ATLAS_VALIDATOR)
                .param("password", DemoLogins.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        SecurityContextHolder.setContext(SecondFactorCodes.contextOf(session));
    }

    @ParameterizedTest(name = "{0} leads to the enrolment")
    @ValueSource(strings = {"my-space", "company", "delegate", "backoffice", "backoffice/audit",
            "second-factor", "second-factor/recovery-codes", "login"})
    void everyPageLeadsToTheEnrolment(String path) {
        open(path);
        assertThat(getCurrentView()).isInstanceOf(SecondFactorEnrolView.class);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("second-factor-secret").single().getText())
                .matches("[A-Z2-7]{32}");
    }
}
