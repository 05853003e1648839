package ma.cimr.teleservices.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.retiree.DocumentKind;
import ma.cimr.teleservices.retiree.DocumentToReview;
import ma.cimr.teleservices.retiree.SupportingDocuments;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.ServiceRequests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static ma.cimr.teleservices.jooq.Tables.PENSION_CLAIM;
import static ma.cimr.teleservices.jooq.Tables.STAFF_ACCESS;
import static ma.cimr.teleservices.jooq.Tables.SUPPORTING_DOCUMENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff opening a person's file say why first, and the person reads it (law 09-08, DD041): without a
 * reason the screen shows nothing of the file and nothing is recorded; with one, the file opens, the
 * reason is recorded once per person and session, and the person sees who, when and why.
 */
class StaffAccessGateTest extends PortalBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    StaffAccesses staffAccesses;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    SupportingDocuments documents;

    private String reference;
    private String subject;
    private long accountId;

    @BeforeEach
    void theDemoAffiliateFilesARequest() {
        accountId = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(AFFILIATE)).fetchSingle().value1();
        subject = "Attestation d'affiliation " + System.nanoTime();
        signInAs(AFFILIATE);
        reference = serviceRequests.file(new NewRequest("AFFILIATE_COMPLAINT", Channel.WEB, "fr", subject,
                "Je demande une attestation de mes périodes d'affiliation.", null, null, null)).reference();
        SignedIn.out();
    }

    @Test
    void aStaffOpenWithoutAReasonShowsNothingOfTheFileAndRecordsNothing() {
        int before = dsl.fetchCount(STAFF_ACCESS);
        signInAs(AGENT);

        open("backoffice/requests/" + reference);

        assertThat($(H1.class).first().getText()).doesNotContain(reference);
        assertThat(pageText()).doesNotContain(subject).doesNotContain(reference);
        assertThat($(Button.class).withClassName("assign-to-me").all()).isEmpty();
        // asking to open without choosing a reason is refused, and still shows nothing
        test($(Button.class).withClassName("access-reason-open").first()).click();
        assertThat(pageText()).doesNotContain(subject);
        // nor with a reason but no words
        selectReason(AccessReason.CONTACT);
        test($(Button.class).withClassName("access-reason-open").first()).click();
        assertThat(pageText()).doesNotContain(subject);
        assertThat(dsl.fetchCount(STAFF_ACCESS)).isEqualTo(before);
    }

    @Test
    void withAReasonTheFileOpensOnceAPersonAndSessionAndThePersonSeesWhoWhenAndWhy() {
        signInAs(SECOND_AGENT);
        open("backoffice/requests/" + reference);
        giveAccessReason(AccessReason.CONTACT, "Appel de l'affilié au sujet de sa demande");

        assertThat($(H1.class).first().getText()).contains(reference);
        assertThat($(Button.class).withClassName("assign-to-me").all()).isNotEmpty();
        var recorded = dsl.selectFrom(STAFF_ACCESS).where(STAFF_ACCESS.SUBJECT_KIND.eq("ACCOUNT"),
                STAFF_ACCESS.SUBJECT_ID.eq(accountId), STAFF_ACCESS.STAFF_LOGIN.eq(SECOND_AGENT)).fetch();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().getScreen()).isEqualTo("backoffice/requests/" + reference);

        // the same agent, same session, same person: not asked again, not recorded twice
        open("backoffice/requests/" + reference);
        assertThat($(Select.class).withClassName("access-reason").all()).isEmpty();
        assertThat($(H1.class).first().getText()).contains(reference);
        assertThat(dsl.fetchCount(STAFF_ACCESS, STAFF_ACCESS.SUBJECT_ID.eq(accountId),
                STAFF_ACCESS.STAFF_LOGIN.eq(SECOND_AGENT))).isEqualTo(1);

        signInAs(AFFILIATE);
        StaffAccess seen = staffAccesses.ofMe().getFirst();
        String secondAgentName = dsl.select(USER_ACCOUNT.DISPLAY_NAME).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(SECOND_AGENT)).fetchSingle().value1();
        assertThat(seen.staffName()).isEqualTo(secondAgentName.split(" ")[0] + " "
                + secondAgentName.replaceAll("\\([^)]*\\)", "").strip().split(" ")[1].charAt(0) + ".");
        assertThat(seen.reason()).isEqualTo(AccessReason.CONTACT);
        assertThat(seen.reasonText()).isEqualTo("Appel de l'affilié au sujet de sa demande");

        open("affiliate/my-data");
        String page = $(com.vaadin.flow.component.html.Section.class).withClassName("my-data-staffAccesses").first()
                .getElement().getTextRecursively();
        assertThat(page).contains(seen.staffName(), "La personne nous a contactés",
                "Appel de l'affilié au sujet de sa demande");
    }

    @Test
    void aPensionClaimAsksTooAndIsRecordedAgainstTheAffiliateRetiring() {
        var claim = dsl.selectFrom(PENSION_CLAIM).orderBy(PENSION_CLAIM.ID).limit(1).fetchSingle();
        int before = dsl.fetchCount(STAFF_ACCESS, STAFF_ACCESS.SUBJECT_KIND.eq("AFFILIATE"),
                STAFF_ACCESS.SUBJECT_ID.eq(claim.getAffiliateId()));
        signInAs(AGENT);

        open("backoffice/pension-claims/" + claim.getReference());
        assertThat(pageText()).doesNotContain(claim.getReference());
        giveAccessReason(AccessReason.CLAIM, "Instruction de la demande de liquidation");

        assertThat($(H1.class).first().getText()).contains(claim.getReference());
        assertThat(dsl.fetchCount(STAFF_ACCESS, STAFF_ACCESS.SUBJECT_KIND.eq("AFFILIATE"),
                STAFF_ACCESS.SUBJECT_ID.eq(claim.getAffiliateId()))).isEqualTo(before + 1);
    }

    @Test
    void aRetireesDocumentOpensFromTheQueueOnlyAfterTheReasonAndTheRetireeSeesIt() {
        signInAs(RETIREE);
        long retireeId = dsl.select(USER_ACCOUNT.RETIREE_ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(RETIREE))
                .fetchSingle().value1();
        documents.upload(DocumentKind.PROOF_OF_LIFE, "vie.pdf", "application/pdf",
                "%PDF-1.4 certificat de vie".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int before = dsl.fetchCount(STAFF_ACCESS, STAFF_ACCESS.SUBJECT_KIND.eq("RETIREE"), STAFF_ACCESS.SUBJECT_ID.eq(retireeId));
        signInAs(AGENT);
        open("backoffice/retiree-documents");
        @SuppressWarnings("unchecked")
        Grid<DocumentToReview> queue = $(Grid.class).withClassName("documents-to-review").first();
        int row = rowOf(queue, RETIREE);
        long documentId = test(queue).getRow(row).id();

        // the scan's link is not there: the same words ask why first
        assertThat(fileCell(queue, row).getClassNames()).contains("open-document");
        test((Button) fileCell(queue, row)).click();
        assertThat(dsl.fetchCount(STAFF_ACCESS, STAFF_ACCESS.SUBJECT_KIND.eq("RETIREE"), STAFF_ACCESS.SUBJECT_ID.eq(retireeId)))
                .isEqualTo(before);
        giveAccessReason(AccessReason.DOCUMENTS, "Contrôle de votre certificat de vie");

        assertThat(fileCell(queue, row)).isInstanceOf(Anchor.class);
        assertThat(dsl.fetchCount(STAFF_ACCESS, STAFF_ACCESS.SUBJECT_KIND.eq("RETIREE"), STAFF_ACCESS.SUBJECT_ID.eq(retireeId)))
                .isEqualTo(before + 1);
        signInAs(RETIREE);
        assertThat(staffAccesses.ofMe()).anySatisfy(access -> {
            assertThat(access.reason()).isEqualTo(AccessReason.DOCUMENTS);
            assertThat(access.reasonText()).isEqualTo("Contrôle de votre certificat de vie");
        });
        // the demo retiree's papers as they were, for the other tests
        dsl.deleteFrom(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.ID.eq(documentId)).execute();
    }

    private Component fileCell(Grid<DocumentToReview> queue, int row) {
        var decision = (HorizontalLayout) test(queue).getCellComponent(row, 4);
        return decision.getChildren().findFirst().orElseThrow();
    }

    private int rowOf(Grid<DocumentToReview> queue, String pensionFileNumber) {
        for (int row = 0; row < test(queue).size(); row++) {
            if (test(queue).getCellText(row, 0).equals(pensionFileNumber)) {
                return row;
            }
        }
        throw new AssertionError("no document of " + pensionFileNumber + " in the queue");
    }

    @Test
    void theStaffNameIsShownAsFirstNameAndInitial() {
        assertThat(StaffAccesses.shownName("Nadia Lahlou (agent)")).isEqualTo("Nadia L.");
        assertThat(StaffAccesses.shownName("Laila Sqalli")).isEqualTo("Laila S.");
        assertThat(StaffAccesses.shownName("Support")).isEqualTo("Support");
    }

    @SuppressWarnings("unchecked")
    private void selectReason(AccessReason reason) {
        ((Select<AccessReason>) $(Select.class).withClassName("access-reason").first()).setValue(reason);
        test($(TextArea.class).withClassName("access-reason-text").first()).setValue("");
    }

    private String pageText() {
        return com.vaadin.flow.component.UI.getCurrent().getElement().getTextRecursively();
    }
}
