package ma.cimr.teleservices.retiree;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.notification.RecordingSmsGateway;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.PensionFileNumber;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static ma.cimr.teleservices.jooq.Tables.CERTIFICATE;
import static ma.cimr.teleservices.jooq.Tables.DOCUMENT_NOTICE;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.SUPPORTING_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Supporting documents (DD036): an expiring proof of life is reminded by e-mail and SMS, uploaded
 * and accepted; an expired one is noticed, and only a grace period after the notice is the pension
 * suspended, which an accepted document lifts.
 */
class SupportingDocumentsTest extends PortalBrowserlessTest {

    /** Their proof of life runs out in 20 days (demo data); a mobile on record too. */
    private static final String EXPIRING = "DP0000002";
    private static final String EXPIRING_EMAIL = "allocataire2@demo.example";
    private static final String EXPIRING_MOBILE = "+212612345602";
    private static final String LAPSING = "DP0000003";
    private static final String LAPSING_EMAIL = "allocataire3@demo.example";
    private static final byte[] A_PDF = "%PDF-1.4 certificat de vie".getBytes();

    @Autowired
    DSLContext dsl;
    @Autowired
    DocumentWatch watch;
    @Autowired
    SupportingDocuments documents;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    RecordingSmsGateway sms;
    @Autowired
    Clock clock;

    @BeforeEach
    void emptyMailbox() {
        delivery.deliverDue();
        mailbox.purge();
        sms.clear();
    }

    @Test
    void anExpiringProofOfLifeIsRemindedOnceThenUploadedAndAcceptedForAYear() {
        // whatever another test's pass already sent
        dsl.deleteFrom(DOCUMENT_NOTICE).where(DOCUMENT_NOTICE.RETIREE_ID.eq(retireeId(EXPIRING))).execute();
        watch.runOnce();
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(EXPIRING_EMAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("Certificat de vie"));
        assertThat(sms.sent()).filteredOn(message -> message.phoneNumber().equals(EXPIRING_MOBILE)).hasSize(1);
        // the next pass, or another instance's, tells nobody twice
        watch.runOnce();
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(EXPIRING_EMAIL)).hasSize(1);

        signInAs(EXPIRING);
        open("retiree/documents");
        Grid<DocumentRequirement> needs = $(Grid.class).withClassName("required-documents").first();
        assertThat(test(needs).getCellText(0, 2)).isEqualTo("À renouveler avant l’échéance");
        documents.upload(DocumentKind.PROOF_OF_LIFE, "vie.pdf", "application/pdf", A_PDF);
        assertThat(documents.myRequirements()).singleElement()
                .satisfies(r -> assertThat(r.lastUploadStatus()).isEqualTo(SupportingDocument.Status.PENDING));

        SignedIn.out();
        signInAs("agent1");
        open("backoffice/retiree-documents");
        Grid<DocumentToReview> queue = $(Grid.class).withClassName("documents-to-review").first();
        int row = rowOf(queue, EXPIRING);
        var decision = (HorizontalLayout) test(queue).getCellComponent(row, 4);
        var accept = decision.getChildren().filter(c -> c.hasClassName("accept-document")).findFirst().orElseThrow();
        test((Button) accept).click();

        SignedIn.out();
        signInAs(EXPIRING);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        assertThat(documents.myRequirements()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(DocumentRequirement.State.VALID);
            assertThat(r.validUntil()).isEqualTo(today.plusYears(1));
        });
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(EXPIRING_EMAIL)).extracting(TestMailbox.ReceivedMail::subject)
                .contains("CIMR : pièce acceptée");
    }

    @Test
    void anExpiredProofOfLifeIsNoticedAndSuspendsThePensionOnlyAfterTheGracePeriodUntilAnotherIsAccepted() {
        long retireeId = retireeId(LAPSING);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        // its proof of life ran out yesterday
        dsl.update(SUPPORTING_DOCUMENT).set(SUPPORTING_DOCUMENT.VALID_UNTIL, today.minusDays(1))
                .where(SUPPORTING_DOCUMENT.RETIREE_ID.eq(retireeId), SUPPORTING_DOCUMENT.STATUS.eq("ACCEPTED")).execute();
        signInAs(LAPSING);
        certificates.issuePensionCertificate();
        SignedIn.out();

        watch.runOnce();
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(LAPSING_EMAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("suspendue à partir du"));
        assertThat(suspendedSince(retireeId)).isNull();

        // not a day before the grace period ends
        moveNoticeBack(retireeId, RequiredDocuments.GRACE.getDays() - 1);
        watch.runOnce();
        assertThat(suspendedSince(retireeId)).isNull();
        moveNoticeBack(retireeId, 1);
        watch.runOnce();
        assertThat(suspendedSince(retireeId)).isEqualTo(today);
        assertThat(dsl.select(RETIREE.SUSPENSION_REASON).from(RETIREE).where(RETIREE.ID.eq(retireeId)).fetchSingle().value1())
                .isEqualTo("PROOF_OF_LIFE");
        // the pension certificate no longer certifies a payment the fund is not making
        assertThat(dsl.fetchCount(CERTIFICATE, CERTIFICATE.RETIREE_ID.eq(retireeId), CERTIFICATE.REVOKED_AT.isNull(),
                CERTIFICATE.KIND.eq("PENSION"))).isZero();

        signInAs(LAPSING);
        open("retiree");
        assertThat($(Div.class).withClassName("suspension-notice").first().getElement().getTextRecursively()).contains("certificat de vie");
        assertThatThrownBy(() -> certificates.issuePensionCertificate()).isInstanceOf(Refusal.class);
        documents.upload(DocumentKind.PROOF_OF_LIFE, "vie.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
        SignedIn.out();
        signInAs("agent2");
        long uploaded = dsl.select(SUPPORTING_DOCUMENT.ID).from(SUPPORTING_DOCUMENT)
                .where(SUPPORTING_DOCUMENT.RETIREE_ID.eq(retireeId), SUPPORTING_DOCUMENT.STATUS.eq("PENDING")).fetchSingle().value1();
        documents.accept(uploaded);

        assertThat(suspendedSince(retireeId)).isNull();
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(LAPSING_EMAIL)).extracting(TestMailbox.ReceivedMail::subject)
                .contains("CIMR : votre pension reprend");
    }

    @Test
    void anUploadIsCheckedLikeEveryAttachmentAndOnlyForADocumentThePensionNeeds() {
        signInAs(EXPIRING);

        assertThatThrownBy(() -> documents.upload(DocumentKind.PROOF_OF_LIFE, "vie.pdf", "application/pdf",
                "not a pdf".getBytes())).isInstanceOf(Refusal.class).hasMessageContaining("request.error.fileType");
        assertThatThrownBy(() -> documents.upload(DocumentKind.NON_REMARRIAGE, "x.pdf", "application/pdf", A_PDF))
                .isInstanceOf(Refusal.class).hasMessageContaining("retiree.documents.error.notRequired");
    }

    @Test
    void aSurvivorSpouseNeedsANonRemarriageCertificateAndAnOrphanFromSixteenASchoolingOne() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(RequiredDocuments.of(RetireePension.Kind.RETIREE, null, LocalDate.of(1950, 1, 1), today))
                .containsExactly(DocumentKind.PROOF_OF_LIFE);
        assertThat(RequiredDocuments.of(RetireePension.Kind.SURVIVOR, "SPOUSE", LocalDate.of(1950, 1, 1), today))
                .containsExactly(DocumentKind.PROOF_OF_LIFE, DocumentKind.NON_REMARRIAGE);
        assertThat(RequiredDocuments.of(RetireePension.Kind.SURVIVOR, "ORPHAN", LocalDate.of(2010, 6, 2), today))
                .containsExactly(DocumentKind.PROOF_OF_LIFE);
        assertThat(RequiredDocuments.of(RetireePension.Kind.SURVIVOR, "ORPHAN", LocalDate.of(2010, 6, 1), today))
                .containsExactly(DocumentKind.PROOF_OF_LIFE, DocumentKind.SCHOOLING);
    }

    @Autowired
    Certificates certificates;

    private int rowOf(Grid<DocumentToReview> grid, String pensionFileNumber) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(pensionFileNumber)) {
                return row;
            }
        }
        throw new AssertionError(pensionFileNumber + " not in the queue");
    }

    private void moveNoticeBack(long retireeId, int days) {
        dsl.execute("update document_notice set sent_at = sent_at - make_interval(days => ?) "
                + "where retiree_id = ? and stage = 'NOTICE'", days, retireeId);
    }

    private LocalDate suspendedSince(long retireeId) {
        return dsl.select(RETIREE.SUSPENDED_SINCE).from(RETIREE).where(RETIREE.ID.eq(retireeId)).fetchSingle().value1();
    }

    private long retireeId(String pensionFileNumber) {
        return dsl.select(RETIREE.ID).from(RETIREE)
                .where(RETIREE.PENSION_FILE_NUMBER.eq(new PensionFileNumber(pensionFileNumber))).fetchSingle().value1();
    }
}
