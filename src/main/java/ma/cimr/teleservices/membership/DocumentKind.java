package ma.cimr.teleservices.membership;

import java.util.EnumSet;
import java.util.Set;

/**
 * The papers a membership application joins. The statutes and the trade register extract are asked
 * of every applicant: without them staff cannot check who the company is, so the application is
 * refused before anything is stored; the others come with it or when staff ask for them.
 */
public enum DocumentKind {
    STATUTES,
    RC_EXTRACT,
    TAX_REGISTRATION,
    CNSS_CERTIFICATE,
    OTHER;

    public static final Set<DocumentKind> REQUIRED = EnumSet.of(STATUTES, RC_EXTRACT);

    public String labelKey() {
        return "membership.document." + name();
    }
}
