package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.request.RequestSummary;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** An application as staff review it: the application, its papers and its service request. */
public record MembershipCase(MembershipApplication application, List<DocumentInfo> documents,
                             @Nullable RequestSummary request) {
}
