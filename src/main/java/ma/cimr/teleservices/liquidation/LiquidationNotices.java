package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the claimant is told, through the outbox in the deciding transaction (DD009): the invitation
 * to the retiree's space once the pension is liquidated (the link to {@code enrol/retiree}, where the
 * new retiree proves a channel on record, DD022), or the refusal with its reason. The claimant's
 * language is not known: French and Arabic, one after the other. The company is told through the
 * claim's service request, answered in the same transaction.
 */
@Component
class LiquidationNotices {

    static final String ENROL_PATH = "enrol/retiree";
    private static final Locale[] BOTH = {PortalI18NProvider.FRENCH, PortalI18NProvider.ARABIC};

    private final Outbox outbox;
    private final PortalLinks links;
    private final PortalI18NProvider i18n;

    LiquidationNotices(Outbox outbox, PortalLinks links, PortalI18NProvider i18n) {
        this.outbox = outbox;
        this.links = links;
        this.i18n = i18n;
    }

    void invite(PensionClaim claim, String pensionFileNumber, BigDecimal monthly) {
        String link = links.page(ENROL_PATH);
        send(claim, "liquidation.invitation.subject", "liquidation.invitation.body", "liquidation.invitation.sms",
                (key, locale) -> i18n.getTranslation(key, locale, claim.claimant().firstName() + " "
                        + claim.claimant().lastName(), pensionFileNumber, Formats.amount(monthly, locale),
                        Formats.date(claim.pensionStart(), locale), link));
    }

    void refused(PensionClaim claim, String reason) {
        send(claim, "liquidation.refusal.subject", "liquidation.refusal.body", "liquidation.refusal.sms",
                (key, locale) -> i18n.getTranslation(key, locale, claim.claimant().firstName() + " "
                        + claim.claimant().lastName(), claim.reference(), reason));
    }

    /** The answer to the company's request (its language: French). */
    String liquidationAnswer(PensionClaim claim, String pensionFileNumber, BigDecimal monthly) {
        Locale french = PortalI18NProvider.FRENCH;
        return i18n.getTranslation("liquidation.answer.liquidated", french, claim.affiliate().label(), pensionFileNumber,
                Formats.amount(monthly, french), Formats.date(claim.pensionStart(), french));
    }

    String refusalAnswer(PensionClaim claim, String reason) {
        return i18n.getTranslation("liquidation.answer.refused", PortalI18NProvider.FRENCH, claim.affiliate().label(), reason);
    }

    private interface Text {
        String of(String key, Locale locale);
    }

    private void send(PensionClaim claim, String subjectKey, String bodyKey, String smsKey, Text text) {
        if (claim.claimant().email() != null) {
            outbox.email(claim.claimant().email(),
                    text.of(subjectKey, BOTH[0]) + " — " + text.of(subjectKey, BOTH[1]),
                    text.of(bodyKey, BOTH[0]) + "\n\n———\n\n" + text.of(bodyKey, BOTH[1]));
        }
        if (claim.claimant().phone() != null) {
            outbox.sms(claim.claimant().phone(), text.of(smsKey, BOTH[0]) + "\n" + text.of(smsKey, BOTH[1]));
        }
    }
}
