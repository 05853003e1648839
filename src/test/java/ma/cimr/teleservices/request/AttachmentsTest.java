package ma.cimr.teleservices.request;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.OTHER_AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files joined to a request: stored with it, read back by whoever may read the request, refused whole when wrong. */
@PortalTest
@Transactional
class AttachmentsTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ServiceRequests requests;
    @Autowired
    RequestDesk desk;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aFileJoinedToARequestIsReadBackByTheRequesterAndTheAgentButNobodyElse() {
        SignedIn.as(accounts, AFFILIATE);
        String reference = requests.file(form(), List.of(new Attachment("attestation.pdf", "application/pdf", PDF)))
                .reference();
        RequestDetail detail = requests.find(reference, null);
        assertThat(detail.attachments()).singleElement().satisfies(info -> {
            assertThat(info.fileName()).isEqualTo("attestation.pdf");
            assertThat(info.sizeBytes()).isEqualTo(PDF.length);
        });
        long id = detail.attachments().getFirst().id();
        assertThat(requests.attachment(reference, null, id).content()).isEqualTo(PDF);

        SignedIn.as(accounts, AGENT);
        assertThat(desk.attachment(reference, id).content()).isEqualTo(PDF);

        SignedIn.as(accounts, OTHER_AFFILIATE);
        assertThatThrownBy(() -> requests.attachment(reference, null, id)).isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void aFileThatIsNotWhatItClaimsRefusesTheWholeRequest() {
        SignedIn.as(accounts, AFFILIATE);
        int before = dsl.fetchCount(SERVICE_REQUEST);
        var disguised = new Attachment("facture.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> requests.file(form(), List.of(new Attachment("ok.pdf", "application/pdf", PDF), disguised)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.key()).isEqualTo("request.error.fileType"));
        assertThatThrownBy(() -> requests.file(form(), List.of(new Attachment("a.exe", "application/x-msdownload", PDF))))
                .isInstanceOf(Refusal.class);
        var six = java.util.Collections.nCopies(6, new Attachment("p.pdf", "application/pdf", PDF));
        assertThatThrownBy(() -> requests.file(form(), six))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.key()).isEqualTo("request.error.tooManyFiles"));
        assertThat(dsl.fetchCount(SERVICE_REQUEST)).isEqualTo(before);
    }

    private static NewRequest form() {
        return new NewRequest("AFFILIATE_UPDATE", Channel.WEB, "fr", "Changement d'adresse",
                "Ma nouvelle adresse est jointe.", null, null, null);
    }
}
