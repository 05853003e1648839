package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.retiree.repository.CertificateRepository;
import ma.cimr.teleservices.retiree.repository.RetireeRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * Certificates (attestations, DD036): a retiree asks for a pension certificate when they need one
 * and downloads it, with their tax certificates, as a PDF in their language; anyone checks a code
 * on the public page ({@code verify/<code>}), which says valid, expired or revoked and shows the
 * holder only masked. A suspended pension gets no pension certificate: it would certify a payment
 * the fund is not making.
 */
@Service
public class Certificates {

    /** How long a bank or a consulate may rely on a pension certificate. */
    static final Period PENSION_VALIDITY = Period.ofMonths(3);
    static final String CHECK_PAGE = "verify/";

    private final CertificateRepository certificates;
    private final RetireeRepository retirees;
    private final CertificatePdf pdf;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final PortalLinks links;
    private final RateLimits rateLimits;
    private final Clock clock;

    Certificates(CertificateRepository certificates, RetireeRepository retirees, CertificatePdf pdf,
                 CurrentUser currentUser, AuditTrail auditTrail, PortalLinks links, RateLimits rateLimits, Clock clock) {
        this.certificates = certificates;
        this.retirees = retirees;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.links = links;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /** A new pension certificate for the signed-in retiree, good for three months. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public Certificate issuePensionCertificate() {
        long retireeId = currentUser.retireeId().value();
        RetireePension pension = retirees.findPension(retireeId).orElseThrow();
        if (pension.suspended()) {
            throw new Refusal("retiree.certificate.error.suspended");
        }
        String code = VerificationCodes.newCode();
        var issuedAt = clock.instant();
        LocalDate validUntil = today().plus(PENSION_VALIDITY);
        certificates.add(retireeId, code, Certificate.Kind.PENSION, null, issuedAt, validUntil);
        auditTrail.record(currentUser.require().login(), "PENSION_CERTIFICATE_ISSUED", pension.pensionFileNumber(), code, null);
        return new Certificate(code, Certificate.Kind.PENSION, null, issuedAt, validUntil, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public List<Certificate> mine() {
        return certificates.ofRetiree(currentUser.retireeId().value());
    }

    /** One of the signed-in retiree's own certificates as a PDF; another's code is refused like an unknown one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public byte[] pdf(String code, Locale locale) {
        long retireeId = currentUser.retireeId().value();
        var held = certificates.findByCode(VerificationCodes.normalized(code))
                .filter(h -> h.retireeId() == retireeId)
                .orElseThrow(() -> new Refusal("retiree.certificate.error.unknown"));
        RetireePension pension = retirees.findPension(retireeId).orElseThrow();
        Certificate certificate = held.certificate();
        Integer taxYear = certificate.taxYear(); // a tax certificate always has one, a pension certificate never
        var year = certificate.kind() == Certificate.Kind.TAX && taxYear != null ? retirees.paidIn(retireeId, taxYear) : null;
        return pdf.render(certificate, pension, year, checkUrl(certificate.code()), locale);
    }

    /** The public check: anyone, no sign-in, a knock per try so codes cannot be guessed in bulk. */
    @Transactional(readOnly = true)
    public CertificateCheck check(String typedCode) {
        rateLimits.knock(Door.FOLLOW_REQUEST);
        String code = VerificationCodes.normalized(typedCode);
        if (code.length() != VerificationCodes.LENGTH) {
            return CertificateCheck.unknown();
        }
        return certificates.findByCode(code)
                .map(held -> {
                    Certificate c = held.certificate();
                    return new CertificateCheck(c.stateOn(today()), c.kind(), c.taxYear(),
                            CertificateCheck.maskName(held.holderName()),
                            CertificateCheck.maskFileNumber(held.pensionFileNumber()),
                            LocalDate.ofInstant(c.issuedAt(), BusinessCalendar.ZONE), c.validUntil());
                })
                .orElseGet(CertificateCheck::unknown);
    }

    /** Where a certificate stands today, as the check page would say. */
    public Certificate.State stateOf(Certificate certificate) {
        return certificate.stateOn(today());
    }

    /** The address the QR code carries. */
    public String checkUrl(String code) {
        return links.page(CHECK_PAGE + code);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
