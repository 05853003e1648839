package ma.cimr.teleservices.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the embedded server keeps its data; blank for a throw-away cluster
 * @param port          fixed port for the embedded server, 0 for any free port
 */
@ConfigurationProperties("portal.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") String dataDirectory,
                                  @DefaultValue("0") int port) {

    boolean persistent() {
        return dataDirectory != null && !dataDirectory.isBlank();
    }
}
