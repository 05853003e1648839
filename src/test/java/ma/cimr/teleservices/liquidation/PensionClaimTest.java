package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_LIQUIDATION;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static ma.cimr.teleservices.liquidation.ClaimFixture.ATLAS;
import static ma.cimr.teleservices.liquidation.ClaimFixture.FES;
import static ma.cimr.teleservices.liquidation.ClaimFixture.RIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-liquidation from the company's claim to the liquidated pension (DD035), against the real
 * database: the done-when path (the company files, an agent proposes, a second one liquidates: the
 * retiree row with its N° DP, its documents in French and Arabic, the invitation in the outbox), the
 * pause for missing papers, a refusal, a survivor's claim, and every bad input refused with nothing
 * written.
 */
@Transactional
class PensionClaimTest extends PortalBrowserlessTest {

    @Autowired
    PensionClaims claims;
    @Autowired
    ClaimDesk desk;
    @Autowired
    LiquidationDocuments documents;
    @Autowired
    PointsService points;
    @Autowired
    Approvals approvals;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private LocalDate today;
    private LocalDate turns60;
    private long affiliate;

    @BeforeEach
    void anAtlasEmployeeTurning60NextMonth() {
        today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        turns60 = today.plusMonths(1).withDayOfMonth(15);
        affiliate = ClaimFixture.affiliate(dsl, ATLAS, "ZT90001", turns60.minusYears(60));
    }

    @Test
    void theCompanyFilesAClaimAndAnAgentLiquidatesItOnceASecondOneApproves() throws IOException {
        signInAs(ATLAS_LIQUIDATION);
        NewPensionClaim form = ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60, RIB);
        PensionClaim filed = claims.file(form, ClaimFixture.papers(ClaimKind.NORMAL.requiredDocuments(
                PaymentMode.BANK_TRANSFER, false)));

        assertThat(filed.status()).isEqualTo(ClaimStatus.FILED);
        assertThat(filed.claimant().cin()).isEqualTo("ZT90001");
        assertThat(filed.documents()).hasSize(4);
        assertThat(filed.timeline()).extracting(ClaimEvent::kind).containsExactly(ClaimEventKind.FILED);
        assertThat(requestStatus(filed.reference())).isEqualTo("ACKNOWLEDGED");
        assertThat(claims.myClaims()).extracting(ClaimSummary::reference).contains(filed.reference());

        signInAs(AGENT);
        for (ClaimDocument paper : filed.documents()) {
            desk.checkDocument(filed.reference(), paper.id(), true, null);
        }
        BigDecimal expected = points.pensionAt(affiliate, turns60, false).pension().monthly().value();
        assertThat(desk.pension(filed.reference()).monthly()).isEqualByComparingTo(expected).isPositive();
        desk.proposeLiquidation(filed.reference());
        assertThatThrownBy(() -> desk.approveLiquidation(filed.reference()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("approval.error.ownProposal"));
        assertThat(dsl.fetchCount(dsl.selectFrom("retiree").where("affiliate_id = ?", affiliate))).isZero();

        signInAs(SECOND_AGENT);
        desk.approveLiquidation(filed.reference());

        PensionClaim liquidated = desk.claim(filed.reference());
        assertThat(liquidated.status()).isEqualTo(ClaimStatus.LIQUIDATED);
        Record retiree = dsl.fetchOne("select * from retiree where affiliate_id = ?", affiliate);
        assertThat(retiree).isNotNull();
        String fileNumber = retiree.get("pension_file_number", String.class);
        assertThat(fileNumber).matches("DP[0-9]{7}");
        assertThat(Integer.parseInt(fileNumber.substring(2))).isGreaterThanOrEqualTo(1000);
        assertThat(liquidated.pensionFileNumber()).isEqualTo(fileNumber);
        assertThat(retiree.get("kind", String.class)).isEqualTo("RETIREE");
        assertThat(retiree.get("pension_start", LocalDate.class)).isEqualTo(turns60.withDayOfMonth(1).plusMonths(1));
        assertThat(retiree.get("payment_mode", String.class)).isEqualTo("BANK_TRANSFER");
        assertThat(retiree.get("rib", String.class)).isEqualTo(RIB);
        assertThat(retiree.get("monthly_amount", BigDecimal.class)).isEqualByComparingTo(expected);
        assertThat(retiree.get("rahati_card_activated_on", LocalDate.class)).isNull();
        assertThat(requestStatus(filed.reference())).isEqualTo("CLOSED");

        long retireeId = retiree.get("id", Long.class);
        List<LiquidationDocument> drawn = documents.list(retireeId);
        assertThat(drawn).extracting(LiquidationDocument::kind)
                .containsExactly(LiquidationDocument.Kind.NOTIFICATION_OF_RIGHTS, LiquidationDocument.Kind.FIRST_PAYMENT_SCHEDULE);
        String french = text(documents.pdf(drawn.getFirst().id(), Locale.FRENCH));
        String arabic = text(documents.pdf(drawn.getFirst().id(), Locale.forLanguageTag("ar")));
        assertThat(french).contains("Notification de droits", fileNumber, "ZT90001");
        assertThat(arabic).contains(fileNumber).matches(t -> t.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertThat(text(documents.pdf(drawn.get(1).id(), Locale.FRENCH))).contains("Échéancier");

        assertThat(dsl.fetch("select channel, recipient, body from outbox_message where body like ?", "%" + fileNumber + "%"))
                .extracting(r -> r.get("channel", String.class) + " " + r.get("recipient", String.class))
                // the claimant is invited by e-mail and SMS; the company is told through its request's answer
                .containsExactlyInAnyOrder("EMAIL retraite.test@demo.example", "SMS +212612345678",
                        "EMAIL atlas.liquidation@demo.example");
        assertThat(dsl.fetchValue("select body from outbox_message where recipient = 'retraite.test@demo.example' and body like ?",
                "%" + fileNumber + "%").toString()).contains("enrol/retiree");

        assertThat(claims.statusFor(retireeId)).get().satisfies(status -> {
            assertThat(status.status()).isEqualTo(ClaimStatus.LIQUIDATED);
            assertThat(status.pensionStart()).isEqualTo(turns60.withDayOfMonth(1).plusMonths(1));
        });
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'PENSION_LIQUIDATED'"))).isPositive();
    }

    @Test
    void staffAskForAMissingPaperTheClockPausesAndResumesWhenTheCompanySendsIt() {
        PensionClaim filed = fileNormal();
        signInAs(AGENT);
        ClaimDocument rib = filed.documents().stream().filter(d -> d.kind() == DocumentKind.RIB_CERTIFICATE).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> desk.checkDocument(filed.reference(), rib.id(), false, " "))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("liquidation.error.reasonRequired"));
        desk.checkDocument(filed.reference(), rib.id(), false, "illisible");
        desk.askForDocuments(filed.reference(), "Une attestation de RIB lisible");

        assertThat(desk.claim(filed.reference()).status()).isEqualTo(ClaimStatus.WAITING_FOR_DOCUMENTS);
        assertThat(requestStatus(filed.reference())).isEqualTo("WAITING_FOR_REQUESTER");
        assertThatThrownBy(() -> desk.proposeLiquidation(filed.reference()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("liquidation.error.waitingForDocuments"));

        signInAs(ATLAS_LIQUIDATION);
        PensionClaim mine = claims.myClaim(filed.reference());
        assertThat(mine.missingDocuments()).containsExactly(DocumentKind.RIB_CERTIFICATE);
        assertThatThrownBy(() -> claims.sendDocuments(filed.reference(), List.of(ClaimFixture.pdf(DocumentKind.DEATH_CERTIFICATE))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("liquidation.error.unexpectedDocument"));
        PensionClaim after = claims.sendDocuments(filed.reference(), List.of(ClaimFixture.pdf(DocumentKind.RIB_CERTIFICATE)));

        assertThat(after.status()).isEqualTo(ClaimStatus.FILED);
        assertThat(after.missingDocuments()).isEmpty();
        assertThat(requestStatus(filed.reference())).isEqualTo("ACKNOWLEDGED");
        assertThat(after.timeline()).extracting(ClaimEvent::kind).containsExactly(ClaimEventKind.FILED,
                ClaimEventKind.DOCUMENT_REFUSED, ClaimEventKind.DOCUMENTS_ASKED, ClaimEventKind.DOCUMENT_RECEIVED);
    }

    @Test
    void aRefusedClaimClosesWithItsReasonAndTheClaimantIsTold() {
        PensionClaim filed = fileNormal();
        signInAs(AGENT);
        assertThatThrownBy(() -> desk.refuse(filed.reference(), ""))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("liquidation.error.reasonRequired"));
        desk.refuse(filed.reference(), "Carrière incomplète : période 2010-2014 à régulariser");

        PensionClaim refused = desk.claim(filed.reference());
        assertThat(refused.status()).isEqualTo(ClaimStatus.REFUSED);
        assertThat(refused.refusalReason()).startsWith("Carrière incomplète");
        assertThat(requestStatus(filed.reference())).isEqualTo("CLOSED");
        assertThat(dsl.fetchCount(dsl.selectFrom("outbox_message")
                .where("recipient = 'retraite.test@demo.example' and body like '%Carrière incomplète%'"))).isEqualTo(1);
        assertThat(dsl.fetchCount(dsl.selectFrom("retiree").where("affiliate_id = ?", affiliate))).isZero();
        assertThatThrownBy(() -> desk.proposeLiquidation(filed.reference()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("liquidation.error.closed"));
    }

    @Test
    void aSurvivingSpouseIsPaidHalfTheAffiliatesPensionWithTheirOwnPapers() {
        signInAs(ATLAS_LIQUIDATION);
        LocalDate died = today.minusMonths(1);
        var spouse = new Claimant("ZW90002", "Testeuse", "Amina", LocalDate.of(1970, 3, 4), null, null);
        Set<DocumentKind> asked = ClaimKind.SURVIVOR_SPOUSE.requiredDocuments(PaymentMode.RAHATI_CARD, false);
        assertThat(asked).contains(DocumentKind.DEATH_CERTIFICATE, DocumentKind.MARRIAGE_CERTIFICATE)
                .doesNotContain(DocumentKind.WORK_CERTIFICATE, DocumentKind.RIB_CERTIFICATE);
        PensionClaim filed = claims.file(new NewPensionClaim(affiliate, ClaimKind.SURVIVOR_SPOUSE, died, spouse,
                null, "0698765432", false, PaymentMode.RAHATI_CARD, null), ClaimFixture.papers(asked));
        assertThat(filed.claimant().cin()).isEqualTo("ZW90002");

        signInAs(AGENT);
        filed.documents().forEach(paper -> desk.checkDocument(filed.reference(), paper.id(), true, null));
        ClaimPension pension = desk.pension(filed.reference());
        assertThat(pension.sharePercent()).isEqualByComparingTo("50");
        assertThat(pension.monthly()).isEqualByComparingTo(pension.basis().pension().monthly().value()
                .divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP));
        desk.proposeLiquidation(filed.reference());
        signInAs(SECOND_AGENT);
        desk.approveLiquidation(filed.reference());

        Record retiree = dsl.fetchOne("select * from retiree where cin = 'ZW90002'");
        assertThat(retiree.get("kind", String.class)).isEqualTo("SURVIVOR");
        assertThat(retiree.get("payment_mode", String.class)).isEqualTo("RAHATI_CARD");
        assertThat(retiree.get("rib", String.class)).isNull();
        assertThat(retiree.get("affiliate_id", Long.class)).isEqualTo(affiliate);
    }

    @Test
    void anAffiliateOutsideTheCompanysStaffIsRefusedAndNothingIsWritten() {
        long fesOnly = ClaimFixture.affiliate(dsl, FES, "ZF90003", turns60.minusYears(60));
        int claimsBefore = dsl.fetchCount(dsl.selectFrom("pension_claim"));
        int requestsBefore = dsl.fetchCount(dsl.selectFrom("service_request"));
        signInAs(ATLAS_LIQUIDATION);

        refused("liquidation.error.notStaff", ClaimFixture.own(fesOnly, ClaimKind.NORMAL, turns60, RIB));
        assertThat(claims.myStaff()).extracting(DeclaredAffiliate::id).contains(affiliate).doesNotContain(fesOnly);
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_claim"))).isEqualTo(claimsBefore);
        assertThat(dsl.fetchCount(dsl.selectFrom("service_request"))).isEqualTo(requestsBefore);
    }

    @Test
    void aDateBeforeFiftyOrLongGoneOrAKindThatDoesNotFitTheAgeIsRefused() {
        long young = ClaimFixture.affiliate(dsl, ATLAS, "ZY90004", today.minusYears(45));
        signInAs(ATLAS_LIQUIDATION);
        refused("liquidation.error.tooYoung", ClaimFixture.own(young, ClaimKind.EARLY, today.plusMonths(1), RIB));
        refused("liquidation.error.tooOld", ClaimFixture.own(affiliate, ClaimKind.EARLY, today.minusYears(3), RIB));
        refused("liquidation.error.tooFar", ClaimFixture.own(affiliate, ClaimKind.LATE, today.plusYears(3), RIB));
        refused("liquidation.error.dateRequired", ClaimFixture.own(affiliate, ClaimKind.NORMAL, null, RIB));
        refused("liquidation.error.kindAge.NORMAL", ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60.minusMonths(2), RIB));
        refused("liquidation.error.kindAge.LATE", ClaimFixture.own(affiliate, ClaimKind.LATE, turns60, RIB));
        refused("liquidation.error.deathInFuture", new NewPensionClaim(affiliate, ClaimKind.SURVIVOR_ORPHAN,
                today.plusDays(3), new Claimant("ZO1", "Testeur", "Ali", LocalDate.of(2012, 1, 1), null, null),
                "a@demo.example", null, false, PaymentMode.RAHATI_CARD, null));
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_claim").where("affiliate_id in (?, ?)", affiliate, young))).isZero();
    }

    @Test
    void aWrongRibKeyNoContactOrAnUnknownSurvivorIsRefused() {
        signInAs(ATLAS_LIQUIDATION);
        String wrongKey = RIB.substring(0, 22) + (RIB.endsWith("00") ? "01" : "00");
        refused("validation.rib.key", ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60, wrongKey));
        refused("validation.rib.format", ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60, "0117"));
        refused("liquidation.error.contactRequired", new NewPensionClaim(affiliate, ClaimKind.NORMAL, turns60, null,
                " ", null, false, PaymentMode.RAHATI_CARD, null));
        refused("liquidation.error.survivorRequired", new NewPensionClaim(affiliate, ClaimKind.SURVIVOR_SPOUSE,
                today.minusDays(10), null, "a@demo.example", null, false, PaymentMode.RAHATI_CARD, null));
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_claim").where("affiliate_id = ?", affiliate))).isZero();
    }

    @Test
    void missingOversizedOrDisguisedPapersAreRefusedAndNothingIsWritten() {
        signInAs(ATLAS_LIQUIDATION);
        NewPensionClaim form = ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60, RIB);
        Set<DocumentKind> asked = ClaimKind.NORMAL.requiredDocuments(PaymentMode.BANK_TRANSFER, false);

        List<UploadedDocument> oneShort = new ArrayList<>(ClaimFixture.papers(asked));
        oneShort.removeLast();
        assertRefused("liquidation.error.missingDocuments", () -> claims.file(form, oneShort));

        List<UploadedDocument> disguised = replaced(ClaimFixture.papers(asked), new UploadedDocument(DocumentKind.CIN_COPY,
                "cin.pdf", "application/pdf", "MZ not a pdf".getBytes()));
        assertRefused("request.error.fileType", () -> claims.file(form, disguised));

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF".getBytes(), 0, huge, 0, 4);
        List<UploadedDocument> oversized = replaced(ClaimFixture.papers(asked),
                new UploadedDocument(DocumentKind.CIN_COPY, "cin.pdf", "application/pdf", huge));
        assertRefused("request.error.fileSize", () -> claims.file(form, oversized));

        List<UploadedDocument> extra = new ArrayList<>(ClaimFixture.papers(asked));
        extra.add(ClaimFixture.pdf(DocumentKind.DEATH_CERTIFICATE));
        assertRefused("liquidation.error.unexpectedDocument", () -> claims.file(form, extra));
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_claim").where("affiliate_id = ?", affiliate))).isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_claim_document"))).isEqualTo(
                dsl.fetchCount(dsl.selectFrom("pension_claim_document").where(
                        "claim_id in (select id from pension_claim where affiliate_id <> ?)", affiliate)));
    }

    @Test
    void aSecondClaimForAnAffiliateWithOneOpenIsRefused() {
        fileNormal();
        signInAs(ATLAS_LIQUIDATION);
        assertRefused("liquidation.error.alreadyOpen", () -> claims.file(ClaimFixture.own(affiliate, ClaimKind.NORMAL,
                turns60, RIB), ClaimFixture.papers(ClaimKind.NORMAL.requiredDocuments(PaymentMode.BANK_TRANSFER, false))));
        assertThat(dsl.fetchCount(dsl.selectFrom("pension_claim").where("affiliate_id = ?", affiliate))).isEqualTo(1);
    }

    @Test
    void anotherCompanyAndAnotherRetireeFindNothing() {
        PensionClaim filed = fileNormal();
        signInAs("maghreb.liquidation");
        assertThatThrownBy(() -> claims.myClaim(filed.reference())).isInstanceOf(RequestNotFoundException.class);
        assertThat(claims.myClaims()).extracting(ClaimSummary::reference).doesNotContain(filed.reference());

        signInAs(RETIREE);
        long someoneElse = dsl.fetchOne("select id from retiree where pension_file_number = 'DP0000002'").get(0, Long.class);
        assertThatThrownBy(() -> documents.list(someoneElse)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.statusFor(someoneElse)).isInstanceOf(AccessDeniedException.class);
    }

    private PensionClaim fileNormal() {
        signInAs(ATLAS_LIQUIDATION);
        return claims.file(ClaimFixture.own(affiliate, ClaimKind.NORMAL, turns60, RIB),
                ClaimFixture.papers(ClaimKind.NORMAL.requiredDocuments(PaymentMode.BANK_TRANSFER, false)));
    }

    private void refused(String key, NewPensionClaim form) {
        assertRefused(key, () -> claims.file(form, ClaimFixture.papers(form.kind().requiredDocuments(
                form.paymentMode(), form.reversionToSpouse()))));
    }

    private static void assertRefused(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo(key));
    }

    private static List<UploadedDocument> replaced(List<UploadedDocument> papers, UploadedDocument replacement) {
        List<UploadedDocument> result = new ArrayList<>(papers);
        result.replaceAll(p -> p.kind() == replacement.kind() ? replacement : p);
        return result;
    }

    private String requestStatus(String reference) {
        return dsl.fetchValue("select status from service_request where reference = ?", reference).toString();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }
}
