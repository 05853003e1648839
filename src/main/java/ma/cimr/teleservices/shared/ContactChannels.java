package ma.cimr.teleservices.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How to reach the fund, shown on the public page; set in configuration, not in code. */
@ConfigurationProperties("portal.contact")
public record ContactChannels(String phone, String retireesEmail, String affiliatesEmail, String companiesEmail,
                              String postalAddress) {
}
