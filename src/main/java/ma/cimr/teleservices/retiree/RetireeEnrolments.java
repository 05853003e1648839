package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.affiliate.Enrolments;
import ma.cimr.teleservices.retiree.repository.RetireeEnrolmentRepository;
import ma.cimr.teleservices.security.RetireeId;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/**
 * Opening the retiree space (DD036), the affiliates' way (DD022, through {@link Enrolments}): the
 * N° DP or matricule with the CIN, or the access code given to residents in France, say who the
 * person claims to be; a one-time link to the address the fund has on record proves it. No address
 * on record, no link, and the very same answer, so nobody learns who draws a pension. Nothing
 * depends on where the person is: a retiree abroad opens their space as one in Casablanca does.
 * Liquidation invites every new retiree to this page.
 */
@Service
public class RetireeEnrolments {

    static final String CONFIRM_PAGE = "enrol/retiree/confirm";

    private final RetireeEnrolmentRepository enrolments;
    private final Enrolments spaces;
    private final AccountService accounts;
    private final RateLimits rateLimits;

    RetireeEnrolments(RetireeEnrolmentRepository enrolments, Enrolments spaces, AccountService accounts,
                      RateLimits rateLimits) {
        this.enrolments = enrolments;
        this.spaces = spaces;
        this.accounts = accounts;
        this.rateLimits = rateLimits;
    }

    /**
     * Sends the link when the details match a retiree without an account who has an address on
     * record; otherwise does nothing, and the caller shows the same message either way.
     */
    @Transactional
    public void apply(RetireeEnrolmentApplication application, Locale locale) {
        rateLimits.knock(Door.ENROLMENT);
        var candidate = enrolments.retireeWithoutAccount(application.identifier(), application.secret());
        if (candidate.isEmpty() || candidate.get().emailOnRecord() == null) {
            return;
        }
        String email = candidate.get().emailOnRecord();
        long linkId = spaces.sendLink(LinkPurpose.RETIREE_ENROLMENT, email, CONFIRM_PAGE, "retiree.enrolment.mail.", locale);
        enrolments.add(linkId, candidate.get().retireeId(), email);
    }

    @Transactional(readOnly = true)
    public boolean linkIsValid(String token) {
        return spaces.linkIsValid(LinkPurpose.RETIREE_ENROLMENT, token);
    }

    /** The link followed and a password chosen: the space opens; the login is the N° DP, returned. */
    @Transactional
    public String confirm(String token, String password) {
        var enrolment = enrolments.findByLink(spaces.openLink(LinkPurpose.RETIREE_ENROLMENT, token))
                .orElseThrow(() -> new Refusal(AccountService.LINK_REFUSED));
        accounts.openRetireeAccount(RetireeId.of(enrolment.retireeId()), enrolment.pensionFileNumber(),
                enrolment.displayName(), enrolment.email(), password);
        return enrolment.pensionFileNumber();
    }
}
