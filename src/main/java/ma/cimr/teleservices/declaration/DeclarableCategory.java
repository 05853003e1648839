package ma.cimr.teleservices.declaration;

/** A category of staff the declarant may declare for the company: active, and among those its delegate chose. */
public record DeclarableCategory(long id, String code, String label) {
}
