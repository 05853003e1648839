package ma.cimr.teleservices;

import ma.cimr.teleservices.account.recovery.LoginReminders;
import ma.cimr.teleservices.account.recovery.PasswordRecovery;
import ma.cimr.teleservices.affiliate.EnrolmentApplication;
import ma.cimr.teleservices.affiliate.Enrolments;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous doors that cost the fund something (an e-mail to a typed address, a secret to
 * guess, a password hash): from one client address, past each door's limit, every knock is
 * refused before anything is looked up or sent. Each door is tried from an address of its own.
 */
@PortalTest
class AnonymousDoorsRateLimitTest {

    @Autowired
    RateLimits limits;
    @Autowired
    Enrolments enrolments;
    @Autowired
    PasswordRecovery recovery;
    @Autowired
    LoginReminders reminders;
    @Autowired
    ServiceRequests requests;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void pastItsLimitEachAnonymousDoorRefusesEveryKnockFromThatAddress() {
        Map<Door, Runnable> doors = new LinkedHashMap<>();
        doors.put(Door.ENROLMENT, () -> enrolments.apply(
                new EnrolmentApplication("10000999", "ZZ999999", LocalDate.of(1970, 1, 1)), Locale.FRENCH));
        doors.put(Door.PASSWORD_RECOVERY, () -> recovery.start("nobody.at.all", Locale.FRENCH));
        doors.put(Door.LOGIN_REMINDER, () -> reminders.remind("personne@demo.example", Locale.FRENCH));
        doors.put(Door.FOLLOW_REQUEST, () -> requests.find("R0000000", "not-the-secret"));
        doors.put(Door.ANONYMOUS_REQUEST, () -> requests.fileAnonymously(new NewRequest("RETIREE_INFORMATION",
                Channel.WEB, "fr", "Question", "Une question.", "Visiteur", "visiteur@demo.example", null)));

        int door = 0;
        StringBuilder figures = new StringBuilder();
        for (var entry : doors.entrySet()) {
            fromAddress("198.51.100." + (100 + door++));
            int limit = limits.limitOf(entry.getKey()).count();
            int limited = 0;
            for (int knock = 1; knock <= limit + 20; knock++) {
                if (rateLimited(entry.getValue())) {
                    limited++;
                    assertThat(knock).as("%s: knock %d refused within the limit of %d", entry.getKey(), knock, limit)
                            .isGreaterThan(limit);
                }
            }
            assertThat(limited).as(entry.getKey() + ": knocks past the limit refused").isEqualTo(20);
            figures.append(String.format("%s: %d knocks, %d allowed, %d refused; ", entry.getKey(), limit + 20, limit, limited));
        }
        System.out.println("anonymous doors: " + figures);
    }

    private static boolean rateLimited(Runnable knock) {
        try {
            knock.run();
            return false;
        } catch (Refusal refusal) {
            return refusal.key().equals("rateLimit.exceeded");
        } catch (RuntimeException otherAnswer) {
            // the door's own answer to a wrong reference or secret: the knock went through
            return false;
        }
    }

    private static void fromAddress(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
