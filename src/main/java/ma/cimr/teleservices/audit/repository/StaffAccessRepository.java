package ma.cimr.teleservices.audit.repository;

import ma.cimr.teleservices.audit.AccessReason;
import ma.cimr.teleservices.audit.PersonFile;

import java.time.Instant;
import java.util.List;

/** The append-only log of staff opening a person's file (V42): written, read by the person, never changed. */
public interface StaffAccessRepository {

    /** One line as stored: the staff member's name as it was, before the fund's way of showing it. */
    record Line(Instant openedAt, String staffName, AccessReason reason, String reasonText) {
    }

    void append(Instant at, String staffLogin, String staffName, PersonFile person, String screen, AccessReason reason,
                String reasonText);

    /** Newest first, the lines of any of these files. */
    List<Line> of(List<PersonFile> files);

    int count(List<PersonFile> files);
}
