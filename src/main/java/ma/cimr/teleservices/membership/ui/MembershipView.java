package ma.cimr.teleservices.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.membership.DocumentKind;
import ma.cimr.teleservices.membership.MembershipDocument;
import ma.cimr.teleservices.membership.MembershipForm;
import ma.cimr.teleservices.membership.MembershipRules;
import ma.cimr.teleservices.membership.RateStep;
import ma.cimr.teleservices.membership.RetirementOffers;
import ma.cimr.teleservices.membership.Teleadhesion;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.ScanUpload;
import ma.cimr.teleservices.shell.ui.PublicLayout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Téléadhésion, "Adhérer à la CIMR": a company not yet a member fills its application (legal
 * identity, head and contact, staff by category, the offer and its options), joins the papers
 * asked and validates; the link sent to the contact's address submits it. Each field is checked
 * with the service's own rules ({@link MembershipRules}) before the service checks them all again.
 */
@Route(value = "membership", layout = PublicLayout.class)
@AnonymousAllowed
class MembershipView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Teleadhesion teleadhesion;
    private final RetirementOffers offers;
    private final List<Check> checks = new ArrayList<>();
    private final List<CategoryRow> categories = new ArrayList<>();
    private final Map<DocumentKind, ScanUpload> uploads = new EnumMap<>(DocumentKind.class);

    MembershipView(Teleadhesion teleadhesion, RetirementOffers offers) {
        this.teleadhesion = teleadhesion;
        this.offers = offers;
        addClassName("membership-application");
    }

    /** A field and its rule, checked when the applicant validates. */
    private record Check(TextField field, Function<String, Optional<String>> rule) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showForm();
    }

    private void showForm() {
        removeAll();
        checks.clear();
        categories.clear();
        uploads.clear();
        var legalName = text("legal-name", "membership.field.legalName", MembershipRules::requiredText);
        var rc = text("rc-number", "membership.field.rc", MembershipRules::rcNumber);
        var ice = text("ice", "membership.field.ice", MembershipRules::ice);
        var patente = text("patente-number", "membership.field.patente", MembershipRules::patenteNumber);
        var taxId = text("tax-identifier", "membership.field.taxIdentifier", MembershipRules::taxIdentifier);
        var cnss = text("cnss-number", "membership.field.cnss", MembershipRules::cnssNumber);
        var address = text("address-line", "membership.field.address", MembershipRules::requiredText);
        var city = text("city", "membership.field.city", MembershipRules::requiredText);
        var activity = text("activity", "membership.field.activity", MembershipRules::requiredText);
        var headName = text("head-name", "membership.field.headName", MembershipRules::requiredText);
        var headFunction = text("head-function", "membership.field.headFunction", MembershipRules::requiredText);
        var contactName = text("contact-name", "membership.field.contactName", MembershipRules::requiredText);
        var contactEmail = new EmailField(getTranslation("membership.field.contactEmail"));
        contactEmail.addClassName("contact-email");
        var contactPhone = text("contact-phone", "membership.field.contactPhone", MembershipRules::phone);

        var step = new Select<RateStep>();
        step.setLabel(getTranslation("membership.field.step"));
        step.setItems(offers.steps(Product.AL_KAMIL));
        step.setItemLabelGenerator(s -> RateSteps.label(s, getLocale(), this::getTranslation));
        step.addClassName("rate-step");
        var moubakkir = new Checkbox(getTranslation("membership.option.MOUBAKKIR"));
        moubakkir.addClassName("option-moubakkir");
        var mousabbak = new Checkbox(getTranslation("membership.option.MOUSABBAK"));
        mousabbak.addClassName("option-mousabbak");

        var categoryRows = new VerticalLayout();
        categoryRows.setPadding(false);
        var addCategory = new Button(getTranslation("membership.category.add"), click -> addCategory(categoryRows));
        addCategory.addClassName("add-category");
        addCategory(categoryRows);

        var documents = new VerticalLayout();
        documents.setPadding(false);
        for (DocumentKind kind : List.of(DocumentKind.STATUTES, DocumentKind.RC_EXTRACT, DocumentKind.TAX_REGISTRATION,
                DocumentKind.CNSS_CERTIFICATE)) {
            var upload = new ScanUpload(Attachments.MAX_BYTES, Attachments.ACCEPTED_TYPES);
            upload.addClassName("document-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            uploads.put(kind, upload);
            documents.add(new Paragraph(getTranslation(kind.labelKey())
                    + (DocumentKind.REQUIRED.contains(kind) ? " *" : "")), upload);
        }

        var validate = new Button(getTranslation("membership.validate"), click -> {
            boolean fine = checks.stream().map(this::passes).reduce(true, Boolean::logicalAnd);
            fine &= categories.stream().map(CategoryRow::valid).reduce(true, Boolean::logicalAnd);
            if (!fine) {
                Feedback.problem(this, "membership.error.form");
                return;
            }
            if (step.getValue() == null) {
                Feedback.problem(this, "membership.error.rateStep");
                return;
            }
            var form = new MembershipForm(legalName.getValue(), rc.getValue(), ice.getValue(), patente.getValue(),
                    taxId.getValue(), cnss.getValue(), address.getValue(), city.getValue(), activity.getValue(),
                    headName.getValue(), headFunction.getValue(), contactName.getValue(), contactEmail.getValue(),
                    contactPhone.getValue(), Product.AL_KAMIL, step.getValue().step(), moubakkir.getValue(),
                    mousabbak.getValue(), categories.stream().map(CategoryRow::category).toList());
            List<MembershipDocument> papers = new ArrayList<>();
            uploads.forEach((kind, upload) -> upload.scan().ifPresent(scan ->
                    papers.add(new MembershipDocument(kind, scan.fileName(), scan.contentType(), scan.content()))));
            try {
                teleadhesion.apply(form, papers, getLocale());
            } catch (Refusal refusal) {
                Feedback.refused(this, refusal);
                return;
            }
            sent(contactEmail.getValue());
        });
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        validate.addClassName("membership-validate");

        add(new H1(getTranslation("membership.title")), new Paragraph(getTranslation("membership.intro")),
                new PageSection(getTranslation("membership.section.identity"),
                        new FormLayout(legalName, rc, ice, patente, taxId, cnss, address, city, activity)),
                new PageSection(getTranslation("membership.section.people"),
                        new FormLayout(headName, headFunction, contactName, contactEmail, contactPhone)),
                new PageSection(getTranslation("membership.section.staff"),
                        new Paragraph(getTranslation("membership.staff.intro")), categoryRows, addCategory),
                new PageSection(getTranslation("membership.section.offer"),
                        new Paragraph(getTranslation("membership.offer.intro")), step, moubakkir, mousabbak),
                new PageSection(getTranslation("membership.section.documents"),
                        new Paragraph(getTranslation("membership.documents.intro")), documents),
                validate);
    }

    private void addCategory(VerticalLayout rows) {
        if (categories.size() < MembershipRules.MAX_CATEGORIES) {
            var row = new CategoryRow(this::getTranslation);
            categories.add(row);
            rows.add(row);
        }
    }

    private void sent(String email) {
        removeAll();
        var sent = new Paragraph(getTranslation("membership.sent", email));
        sent.addClassName("membership-sent");
        add(new H1(getTranslation("membership.title")), sent);
    }

    private TextField text(String className, String labelKey, Function<String, Optional<String>> rule) {
        var field = new TextField(getTranslation(labelKey));
        field.addClassName(className);
        checks.add(new Check(field, rule));
        return field;
    }

    private boolean passes(Check check) {
        Optional<String> problem = check.rule().apply(check.field().getValue());
        check.field().setInvalid(problem.isPresent());
        check.field().setErrorMessage(problem.map(this::getTranslation).orElse(null));
        return problem.isEmpty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.title");
    }
}
