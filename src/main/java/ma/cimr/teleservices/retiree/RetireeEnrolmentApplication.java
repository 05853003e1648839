package ma.cimr.teleservices.retiree;

/**
 * What a person gives to open their retiree space (DIALCOM): their N° DP or matricule, and their
 * CIN or, for a resident in France, the access code the fund sent them. Who they claim to be, not
 * where to reach them: the link goes only to the address on their pension file (DD022, DD036).
 */
public record RetireeEnrolmentApplication(String identifier, String secret) {
}
