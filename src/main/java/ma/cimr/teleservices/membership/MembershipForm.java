package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.Ice;
import ma.cimr.teleservices.shared.value.RcNumber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static ma.cimr.teleservices.membership.MembershipRules.require;
import static ma.cimr.teleservices.membership.MembershipRules.trim;

/**
 * What a company applying for membership types: its legal identity, its head and the person the
 * fund writes to, its staff by category, and the offer it chooses (a product's rate step and the
 * options). {@link #checked()} applies {@link MembershipRules} and returns the values as stored.
 */
public record MembershipForm(String legalName, String rcNumber, String ice, String patenteNumber, String taxIdentifier,
                             String cnssNumber, String addressLine, String city, String activity, String headName,
                             String headFunction, String contactName, String contactEmail, String contactPhone,
                             Product product, int rateStep, boolean moubakkir, boolean mousabbak,
                             List<StaffCategory> categories) {

    public MembershipForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The form as stored: trimmed, identifiers in their canonical form; refused at its first problem. */
    MembershipForm checked() {
        for (String text : new String[] {legalName, addressLine, city, activity, headName, headFunction, contactName}) {
            require(MembershipRules.requiredText(text));
        }
        String checkedIce = Ice.parse(ice).value();
        String checkedRc = RcNumber.parse(rcNumber).value();
        require(MembershipRules.patenteNumber(patenteNumber));
        require(MembershipRules.taxIdentifier(taxIdentifier));
        require(MembershipRules.cnssNumber(cnssNumber));
        String email = EmailAddress.parse(contactEmail).value();
        String phone = MembershipRules.dialled(contactPhone).orElseThrow(() -> new Refusal("membership.error.phone"));
        Objects.requireNonNull(product, "product");
        if (categories.isEmpty()) {
            throw new Refusal("membership.error.noCategory");
        }
        if (categories.size() > MembershipRules.MAX_CATEGORIES) {
            throw new Refusal("membership.error.tooManyCategories");
        }
        var codes = new HashSet<String>();
        List<StaffCategory> checkedCategories = categories.stream().map(MembershipForm::checked).toList();
        for (StaffCategory category : checkedCategories) {
            if (!codes.add(category.code())) {
                throw new Refusal("membership.error.duplicateCategory", category.code());
            }
        }
        return new MembershipForm(trim(legalName), checkedRc, checkedIce, trim(patenteNumber), trim(taxIdentifier),
                trim(cnssNumber), trim(addressLine), trim(city), trim(activity), trim(headName), trim(headFunction),
                trim(contactName), email, phone, product, rateStep, moubakkir, mousabbak, checkedCategories);
    }

    static StaffCategory checked(StaffCategory category) {
        require(MembershipRules.categoryCode(category.code()));
        require(MembershipRules.label(category.label()));
        require(MembershipRules.headcount(category.headcount()));
        require(MembershipRules.payroll(category.yearlyPayroll()));
        return new StaffCategory(trim(category.code()).toUpperCase(Locale.ROOT), trim(category.label()),
                category.headcount(), category.yearlyPayroll().setScale(2, RoundingMode.HALF_UP));
    }

    /** The payroll of all categories, for the case page. */
    public BigDecimal totalPayroll() {
        return categories.stream().map(StaffCategory::yearlyPayroll).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
