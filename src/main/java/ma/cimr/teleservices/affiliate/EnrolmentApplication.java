package ma.cimr.teleservices.affiliate;

import java.time.LocalDate;

/** What a person gives to open their affiliate space (enrolment): who they are, and where to reach them. */
public record EnrolmentApplication(String matricule, String cin, LocalDate birthDate, String email) {
}
