package ma.cimr.teleservices.delegate;

import java.time.Instant;
import java.util.List;

/**
 * An accounting firm's télédéclaration login, set up by another company, that this company lets
 * declare for it too (DD027): how it declares here and which of this company's categories.
 */
public record FirmAccess(String login, String firmName, String ownerCompany, DeclarationMode mode,
                         List<String> categoryCodes, Instant grantedAt) {

    public FirmAccess {
        categoryCodes = List.copyOf(categoryCodes);
    }
}
