package ma.cimr.teleservices.liquidation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.liquidation.ClaimKind;
import ma.cimr.teleservices.liquidation.Claimant;
import ma.cimr.teleservices.liquidation.DeclaredAffiliate;
import ma.cimr.teleservices.liquidation.NewPensionClaim;
import ma.cimr.teleservices.liquidation.PaymentMode;
import ma.cimr.teleservices.liquidation.PensionClaim;
import ma.cimr.teleservices.liquidation.PensionClaims;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

/**
 * A pension claim filed by the company's e-liquidation user (DD035): the affiliate among its declared
 * staff, the kind and date, the survivor for a survivor's pension, how to reach the claimant, their
 * options (reversion, bank account or RAHATI card) and the papers the kind asks for. The service
 * checks everything again; what it refuses is said here and nothing is filed.
 */
@Route(value = "company/pension-claims/new", layout = CompanyLayout.class)
@RolesAllowed(Roles.LIQUIDATION)
class NewPensionClaimView extends VerticalLayout implements HasDynamicTitle {

    private final PensionClaims claims;
    private final ComboBox<DeclaredAffiliate> affiliate = new ComboBox<>();
    private final Select<ClaimKind> kind = new Select<>();
    private final PortalDatePicker date;
    private final TextField survivorCin = new TextField();
    private final TextField survivorLastName = new TextField();
    private final TextField survivorFirstName = new TextField();
    private final PortalDatePicker survivorBirthDate;
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final Checkbox reversion = new Checkbox();
    private final RadioButtonGroup<PaymentMode> paymentMode = new RadioButtonGroup<>();
    private final TextField rib = new TextField();
    private final DocumentUploads uploads = new DocumentUploads();
    private final VerticalLayout survivor;

    NewPensionClaimView(PensionClaims claims) {
        this.claims = claims;
        add(new H1(getTranslation("liquidation.new.title")), new Paragraph(getTranslation("liquidation.new.intro")));

        affiliate.setLabel(getTranslation("liquidation.new.affiliate"));
        affiliate.setItems(claims.myStaff());
        affiliate.setItemLabelGenerator(DeclaredAffiliate::label);
        affiliate.addClassName("claim-affiliate");
        affiliate.setWidthFull();

        kind.setLabel(getTranslation("liquidation.new.kind"));
        kind.setItems(ClaimKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("liquidation.kind." + k.name()));
        kind.setValue(ClaimKind.NORMAL);
        kind.addClassName("claim-kind");

        date = new PortalDatePicker(getTranslation("liquidation.new.retirementDate"));
        date.addClassName("claim-date");
        survivorBirthDate = new PortalDatePicker(getTranslation("liquidation.new.survivorBirthDate"));
        survivorBirthDate.addClassName("claim-survivor-birth-date");
        survivorCin.setLabel(getTranslation("liquidation.new.survivorCin"));
        survivorCin.addClassName("claim-survivor-cin");
        survivorLastName.setLabel(getTranslation("liquidation.new.survivorLastName"));
        survivorLastName.addClassName("claim-survivor-last-name");
        survivorFirstName.setLabel(getTranslation("liquidation.new.survivorFirstName"));
        survivorFirstName.addClassName("claim-survivor-first-name");
        survivor = new VerticalLayout(new Paragraph(getTranslation("liquidation.new.survivorIntro")), survivorCin,
                survivorLastName, survivorFirstName, survivorBirthDate);
        survivor.setPadding(false);

        email.setLabel(getTranslation("liquidation.new.email"));
        email.addClassName("claim-email");
        phone.setLabel(getTranslation("liquidation.new.phone"));
        phone.addClassName("claim-phone");
        reversion.setLabel(getTranslation("liquidation.new.reversion"));
        reversion.addClassName("claim-reversion");
        paymentMode.setLabel(getTranslation("liquidation.new.paymentMode"));
        paymentMode.setItems(PaymentMode.values());
        paymentMode.setItemLabelGenerator(m -> getTranslation("liquidation.paymentMode." + m.name()));
        paymentMode.setValue(PaymentMode.BANK_TRANSFER);
        paymentMode.addClassName("claim-payment-mode");
        rib.setLabel(getTranslation("liquidation.new.rib"));
        rib.setHelperText(getTranslation("liquidation.new.ribHelp"));
        rib.addClassName("claim-rib");
        rib.setWidthFull();

        kind.addValueChangeListener(event -> refresh());
        paymentMode.addValueChangeListener(event -> refresh());
        reversion.addValueChangeListener(event -> refresh());

        var file = new Button(getTranslation("liquidation.new.file"), click -> file());
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClassName("claim-file");

        add(new PageSection(getTranslation("liquidation.new.who"), affiliate, kind, date, survivor),
                new PageSection(getTranslation("liquidation.new.options"), email, phone, reversion, paymentMode, rib),
                new PageSection(getTranslation("liquidation.new.documents"),
                        new Paragraph(getTranslation("liquidation.new.documentsHelp")), uploads),
                file);
        refresh();
    }

    /** What the form asks follows the kind and the options: the survivor, the reversion, the RIB, the papers. */
    private void refresh() {
        ClaimKind chosen = kind.getValue() == null ? ClaimKind.NORMAL : kind.getValue();
        PaymentMode mode = paymentMode.getValue() == null ? PaymentMode.BANK_TRANSFER : paymentMode.getValue();
        survivor.setVisible(chosen.survivor());
        reversion.setVisible(!chosen.survivor());
        rib.setVisible(mode == PaymentMode.BANK_TRANSFER);
        date.setLabel(getTranslation(chosen.survivor() ? "liquidation.new.deathDate" : "liquidation.new.retirementDate"));
        uploads.ask(chosen.requiredDocuments(mode, !chosen.survivor() && reversion.getValue()));
    }

    private void file() {
        if (affiliate.getValue() == null) {
            Feedback.refused(this, new Refusal("liquidation.error.notStaff"));
            return;
        }
        ClaimKind chosen = kind.getValue();
        Claimant typedSurvivor = chosen != null && chosen.survivor()
                ? new Claimant(survivorCin.getValue(), survivorLastName.getValue(), survivorFirstName.getValue(),
                survivorBirthDate.getValue(), null, null)
                : null;
        try {
            PensionClaim claim = claims.file(new NewPensionClaim(affiliate.getValue().id(), chosen, date.getValue(),
                    typedSurvivor, email.getValue(), phone.getValue(), reversion.getValue(), paymentMode.getValue(),
                    rib.getValue()), uploads.documents());
            Feedback.done(this, "liquidation.new.filed", claim.reference());
            getUI().ifPresent(ui -> ui.navigate("company/pension-claims/" + claim.reference()));
        } catch (Refusal refusal) {
            Feedback.refused(this, refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liquidation.new.title");
    }
}
