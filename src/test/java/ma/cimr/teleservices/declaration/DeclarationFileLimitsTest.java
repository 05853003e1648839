package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits the application runs with are the documented ones (src/docs/declaration-file-format.md). */
@PortalTest
class DeclarationFileLimitsTest {

    @Autowired
    DeclarationFileLimits limits;

    @Test
    void theConfiguredLimitsAreTheDocumentedOnes() {
        assertThat(limits).isEqualTo(DeclarationFileLimits.DEFAULT);
    }
}
