package ma.cimr.teleservices.affiliate;

import java.time.LocalDate;

/**
 * What a person gives to open their affiliate space (enrolment): who they are. Not where to reach
 * them: the link goes only to the address the fund already has (DD022), since these three facts
 * are printed on payslips and ID photocopies.
 */
public record EnrolmentApplication(String matricule, String cin, LocalDate birthDate) {
}
