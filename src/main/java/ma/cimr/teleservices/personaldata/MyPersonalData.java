package ma.cimr.teleservices.personaldata;

import ma.cimr.teleservices.account.SignIns;
import ma.cimr.teleservices.affiliate.AffiliateProfile;
import ma.cimr.teleservices.affiliate.AffiliateService;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.affiliate.PointsStatement;
import ma.cimr.teleservices.audit.StaffAccesses;
import ma.cimr.teleservices.personaldata.PersonalData.Code;
import ma.cimr.teleservices.personaldata.PersonalData.Field;
import ma.cimr.teleservices.personaldata.PersonalData.Named;
import ma.cimr.teleservices.personaldata.PersonalData.Row;
import ma.cimr.teleservices.personaldata.PersonalData.Section;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.RetireeService;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Mes données" (law 09-08, issue 16, DD041): what the fund holds about the signed-in person, read
 * through each feature's own service (each takes whose data from the login), for the page, the PDF
 * and the machine-readable file. Nothing here writes; rectifying goes through the requests and
 * anomaly reports that exist.
 */
@Service
public class MyPersonalData {

    private final CurrentUser currentUser;
    private final AffiliateService affiliates;
    private final PointsService points;
    private final RetireeService retirees;
    private final ServiceRequests requests;
    private final SignIns signIns;
    private final StaffAccesses staffAccesses;
    private final PersonalDataPdf pdf;
    private final Clock clock;

    MyPersonalData(CurrentUser currentUser, AffiliateService affiliates, PointsService points, RetireeService retirees,
                   ServiceRequests requests, SignIns signIns, StaffAccesses staffAccesses, PersonalDataPdf pdf,
                   Clock clock) {
        this.currentUser = currentUser;
        this.affiliates = affiliates;
        this.points = points;
        this.retirees = retirees;
        this.requests = requests;
        this.signIns = signIns;
        this.staffAccesses = staffAccesses;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REQUESTER + "')")
    public PersonalData mine() {
        PortalUser me = currentUser.require();
        List<Section> sections = new ArrayList<>();
        String space;
        switch (me.kind()) {
            case AFFILIATE -> {
                space = "affiliate";
                affiliateSections(me, sections);
            }
            case RETIREE -> {
                space = "retiree";
                retireeSections(me, sections);
            }
            default -> {
                space = me.kind() == AccountKind.DELEGATE ? "delegate" : "company";
                sections.add(Section.one("identity", Row.of(
                        new Field("login", me.login()),
                        new Field("name", me.displayName()),
                        new Field("kind", new Code("mydata.kind.", me.kind().name())),
                        new Field("roles", me.roles().stream().map(Role::name).sorted()
                                .map(role -> new Code("role.", role)).toList()))));
                sections.add(contact(me));
            }
        }
        sections.add(Section.list("requests", requests.myRequests().stream().map(request -> Row.of(
                new Field("reference", request.reference()),
                new Field("type", new Named(request.type().code(), request.type().labelFr(), request.type().labelAr(),
                        request.type().labelEn())),
                new Field("subject", request.subject()),
                new Field("receivedAt", request.receivedAt()),
                new Field("status", new Code("request.status.", request.status().name())))).toList()));
        sections.add(Section.list("signIns", signIns.mine().stream().map(signIn -> Row.of(
                new Field("at", signIn.at()),
                new Field("network", signIn.origin().network()),
                new Field("browser", new Code("mydata.browser.", signIn.origin().browser().name())))).toList()));
        sections.add(Section.list("staffAccesses", staffAccesses.ofMe().stream().map(access -> Row.of(
                new Field("at", access.openedAt()),
                new Field("staff", access.staffName()),
                new Field("reason", new Code("accesslog.reason.", access.reason().name())),
                new Field("text", access.reasonText()))).toList()));
        return new PersonalData(space, clock.instant(), sections);
    }

    /** The machine-readable file, written to the download's stream (fields in DD041). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REQUESTER + "')")
    public void writeJson(OutputStream out) {
        PersonalDataJson.write(mine(), out);
    }

    /** The same as a PDF in the person's language (French, Arabic right to left, English). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REQUESTER + "')")
    public byte[] pdf(Locale locale) {
        return pdf.render(mine(), locale);
    }

    /** The file's name, the same for both formats but its extension. */
    @PreAuthorize("hasRole('" + Roles.REQUESTER + "')")
    public String fileName(String extension) {
        return "mes-donnees-" + currentUser.require().login() + "." + extension;
    }

    private void affiliateSections(PortalUser me, List<Section> sections) {
        AffiliateProfile profile = affiliates.myProfile();
        sections.add(Section.one("identity", Row.of(
                new Field("matricule", profile.matricule()),
                new Field("cin", profile.cin()),
                new Field("lastName", profile.lastName()),
                new Field("firstName", profile.firstName()),
                new Field("birthDate", profile.birthDate()))));
        sections.add(contact(me));
        career(profile, points.myStatement(), sections);
        sections.add(Section.list("buyBacks", affiliates.myBuyBackCredits().stream().map(credit -> Row.of(
                new Field("reference", credit.reference()),
                new Field("year", credit.year()),
                new Field("points", credit.points()),
                new Field("amountPaid", credit.amountPaid()),
                new Field("creditedAt", credit.grantedAt()))).toList()));
    }

    /** Employers and periods, then the points year by year: the same for an affiliate and a retiree's own career. */
    private static void career(AffiliateProfile profile, PointsStatement statement, List<Section> sections) {
        sections.add(Section.list("careerPeriods", profile.periods().stream().map(period -> Row.of(
                new Field("employer", period.companyName()),
                new Field("adherentNumber", period.adherentNumber()),
                new Field("category", period.category()),
                new Field("start", period.start()),
                new Field("end", period.end()))).toList()));
        sections.add(Section.list("careerPoints", statement.lines().stream().map(line -> Row.of(
                new Field("year", line.year()),
                new Field("nature", new Code("statement.nature.", line.nature().name())),
                new Field("source", line.source()),
                new Field("points", line.points()),
                new Field("cumulativePoints", line.cumulativePoints()))).toList()));
    }

    private void retireeSections(PortalUser me, List<Section> sections) {
        RetireePension pension = retirees.myPension();
        sections.add(Section.one("identity", Row.of(
                new Field("pensionFileNumber", pension.pensionFileNumber()),
                new Field("pensionKind", new Code("retiree.kind.", pension.kind().name())),
                new Field("lastName", pension.lastName()),
                new Field("firstName", pension.firstName()),
                new Field("birthDate", pension.birthDate()),
                new Field("familySituation", code("retiree.family.", pension.familySituation())),
                new Field("survivorRelation", code("mydata.relation.", pension.survivorRelation())))));
        Section contact = contact(me);
        List<Field> contactFields = new ArrayList<>(contact.rows().getFirst().fields());
        contactFields.add(new Field("mobile", retirees.myContact().mobile()));
        contactFields.add(new Field("address", pension.address()));
        contactFields.add(new Field("country", new PersonalData.Country(pension.country())));
        sections.add(Section.one("contact", new Row(contactFields)));
        sections.add(Section.one("pension", Row.of(
                new Field("monthlyAmount", pension.monthlyAmount().amount()),
                new Field("pensionStart", pension.pensionStart()),
                new Field("paymentMode", new Code("retiree.paymentMode.", pension.paymentMode().name())),
                // masked as on every page of the space: the export is a file that travels
                new Field("rib", pension.maskedRib()),
                new Field("suspendedSince", pension.suspendedSince()),
                new Field("suspensionReason", code("retiree.suspension.reason.", pension.suspensionReason())))));
        sections.add(Section.list("pensionPayments", retirees.myPayments(0, retirees.myPaymentCount()).stream()
                .map(payment -> Row.of(
                        new Field("period", payment.duePeriod().firstMonth()),
                        new Field("gross", payment.grossAmount().amount()),
                        new Field("taxWithheld", payment.taxWithheld().amount()),
                        new Field("net", payment.netAmount().amount()),
                        new Field("paidOn", payment.paidOn()),
                        new Field("status", new Code("retiree.payment.status.", payment.status().name())),
                        new Field("reason", payment.reason()))).toList()));
        // a survivor's pension came from the deceased's career, which is not theirs to read here
        retirees.myCareer().ifPresent(career -> career(career.profile(), career.statement(), sections));
    }

    private static Section contact(PortalUser me) {
        return Section.one("contact", Row.of(
                new Field("login", me.login()),
                new Field("email", me.email()),
                new Field("language", me.preferredLocale() == null ? null : new Code("language.", me.preferredLocale()))));
    }

    private static @Nullable Code code(String prefix, @Nullable Enum<?> value) {
        return value == null ? null : new Code(prefix, value.name());
    }

    private static @Nullable Code code(String prefix, @Nullable String value) {
        return value == null ? null : new Code(prefix, value);
    }
}
