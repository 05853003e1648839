package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Anyone can type anyone's address in the forgotten-login page: the audit trail never keeps it in clear. */
@PortalTest
@Transactional
class LoginReminderAuditTest {

    @Autowired
    LoginReminders reminders;
    @Autowired
    DSLContext dsl;

    @Test
    void theAuditTrailKeepsAFingerprintOfTheTypedAddressNeverTheAddress() {
        reminders.remind("Fatna.Alaoui@Exemple.ma", Locale.FRENCH);
        reminders.remind("atlas.compte@demo.example", Locale.FRENCH);

        var rows = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("LOGIN_REMINDER_REQUESTED")).fetch();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2).allSatisfy(row -> {
            assertThat(row.getActor()).doesNotContain("@");
            assertThat(String.valueOf(row.getDetails())).doesNotContain("@").doesNotContainIgnoringCase("alaoui")
                    .doesNotContain("atlas.compte").startsWith("address ");
        });
    }
}
