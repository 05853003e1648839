package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.AffiliateRepository;
import ma.cimr.teleservices.company.CompanyService;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/**
 * An anomaly reported on a line of the statement becomes a service request with the line in it,
 * handled within the charter's deadline; the employer named on the line is told at once, since
 * the fix usually starts with them (a corrected declaration).
 */
@Service
public class AnomalyReports {

    private final AffiliateRepository affiliates;
    private final ServiceRequests requests;
    private final CompanyService companies;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final CurrentUser currentUser;

    AnomalyReports(AffiliateRepository affiliates, ServiceRequests requests, CompanyService companies, Outbox outbox,
                   PortalI18NProvider i18n, CurrentUser currentUser) {
        this.affiliates = affiliates;
        this.requests = requests;
        this.companies = companies;
        this.outbox = outbox;
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public RequestReceipt report(StatementAnomaly anomaly, Locale locale) {
        long affiliateId = currentUser.affiliateId().value();
        AffiliateProfile me = affiliates.findProfile(affiliateId).orElseThrow();
        // only an employer of the affiliate's own career: never one typed or guessed
        AffiliationPeriod employer = me.periods().stream()
                .filter(period -> period.adherentNumber().equals(anomaly.adherentNumber()))
                .findFirst()
                .orElseThrow(() -> new Refusal("anomaly.error.notYourEmployer"));
        String line = affiliates.yearlyContributions(affiliateId).stream()
                .filter(y -> y.year() == anomaly.year() && y.adherentNumber().equals(anomaly.adherentNumber()))
                .findFirst()
                .map(y -> text(locale, "anomaly.line", y.year(), y.companyName(), y.adherentNumber(), y.months(),
                        y.declaredSalary(), y.employeeAmount(), y.employerAmount()))
                .orElse(text(locale, "anomaly.noLine", anomaly.year(), employer.companyName(), employer.adherentNumber()));
        if (anomaly.comment() == null || anomaly.comment().isBlank()) {
            throw new Refusal("anomaly.error.commentRequired");
        }
        String kind = text(locale, "anomaly.kind." + anomaly.kind());
        RequestReceipt receipt = requests.fileThroughFeature(new NewRequest("AFFILIATE_ANOMALY", Channel.WEB, locale.getLanguage(),
                text(locale, "anomaly.subject", kind, anomaly.year()),
                anomaly.comment().trim() + "\n\n" + line, null, null, null));
        String subject = text(PortalI18NProvider.FRENCH, "anomaly.employer.subject", me.matricule(), receipt.reference());
        String body = text(PortalI18NProvider.FRENCH, "anomaly.employer.body", me.firstName() + " " + me.lastName(),
                me.matricule(), text(PortalI18NProvider.FRENCH, "anomaly.kind." + anomaly.kind()), anomaly.year(),
                receipt.reference());
        companies.noticeAddresses(anomaly.adherentNumber()).forEach(address -> outbox.email(address, subject, body));
        return receipt;
    }

    private String text(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
