package ma.cimr.teleservices.declaration;

/** A company a télédéclaration login may act for: its own, or one that granted its firm access (DD027). */
public record DeclarableCompany(long companyId, String adherentNumber, String legalName, boolean own) {
}
