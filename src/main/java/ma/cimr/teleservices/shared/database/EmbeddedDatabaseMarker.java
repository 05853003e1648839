package ma.cimr.teleservices.shared.database;

/** Present as a bean only when the application runs on its own embedded PostgreSQL. */
public final class EmbeddedDatabaseMarker {
}
