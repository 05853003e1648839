package ma.cimr.teleservices.audit;

import ma.cimr.teleservices.audit.repository.StaffAccessRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff opening a person's file, with why (law 09-08, issue 16, DD041). A staff screen that shows a
 * person's data asks for a reason first and records it here; the person reads who opened their file,
 * when and why in "Mes données". The table is append-only, like the audit trail.
 */
@Service
public class StaffAccesses {

    /** What the table accepts (V42): a few words at least, a sentence at most. */
    public static final int MIN_TEXT = 3;
    public static final int MAX_TEXT = 200;

    private final StaffAccessRepository accesses;
    private final CurrentUser currentUser;
    private final Clock clock;

    StaffAccesses(StaffAccessRepository accesses, CurrentUser currentUser, Clock clock) {
        this.accesses = accesses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "', '" + Roles.CONCILIATOR + "', '"
            + Roles.ADMINISTRATOR + "')")
    public void record(PersonFile person, @Nullable AccessReason reason, @Nullable String text, String screen) {
        if (reason == null) {
            throw new Refusal("accesslog.error.reasonRequired");
        }
        String words = text == null ? "" : text.strip();
        if (words.length() < MIN_TEXT || words.length() > MAX_TEXT) {
            throw new Refusal("accesslog.error.textLength", MIN_TEXT, MAX_TEXT);
        }
        PortalUser staff = currentUser.require();
        accesses.append(clock.instant(), staff.login(), staff.displayName(), person, screen, reason, words);
    }

    /** Everyone who opened the signed-in person's file, newest first, under any of the ways they are known. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StaffAccess> ofMe() {
        return accesses.of(myFiles()).stream()
                .map(access -> new StaffAccess(access.openedAt(), shownName(access.staffName()), access.reason(),
                        access.reasonText()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countOfMe() {
        return accesses.count(myFiles());
    }

    /**
     * How the fund shows its staff to the people whose files they open: the first name and the
     * initial of the last ("Karim B."), enough to tell two agents apart and to name one when
     * complaining, not enough to look them up.
     */
    static String shownName(String displayName) {
        String[] words = displayName.replaceAll("\\([^)]*\\)", " ").strip().split("\\s+");
        if (words.length < 2) {
            return words[0];
        }
        return words[0] + " " + words[words.length - 1].codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    }

    private List<PersonFile> myFiles() {
        PortalUser me = currentUser.require();
        List<PersonFile> files = new ArrayList<>();
        files.add(PersonFile.account(me.accountId().value()));
        if (me.affiliateId() != null) {
            files.add(PersonFile.affiliate(me.affiliateId().value()));
        }
        if (me.retireeId() != null) {
            files.add(PersonFile.retiree(me.retireeId().value()));
        }
        return files;
    }
}
