package ma.cimr.teleservices.request;

import java.util.Optional;

/**
 * Declared here, implemented by the features that work a step of some requests (as
 * {@link StaffAddresses}): the dependency runs from them to the request feature, never back (DD016).
 */
public interface CaseSteps {

    /** The step this feature works on the request, if it has one now (e.g. only while it is open). */
    Optional<CaseStep> stepFor(RequestSummary request);
}
