package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

/**
 * What a requester (or an agent for them) writes. The contact fields are only for anonymous
 * visitors and for requests an agent enters; a signed-in requester is known by their account.
 */
public record NewRequest(String typeCode, Channel channel, String language, String subject, String description,
                         @Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone) {
}
