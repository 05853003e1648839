package ma.cimr.teleservices.declaration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.declaration.FiledDeclarations.FES;
import static ma.cimr.teleservices.declaration.FiledDeclarations.FES_DECLARATION;
import static ma.cimr.teleservices.declaration.FiledDeclarations.Line;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens, one use case each: staff find a filed declaration in the queue and process it from
 * its page (a newcomer's birth date typed there), reach it from the request's case page; the
 * company asks a cancellation and a recall from its declaration, staff accept them.
 */
class DeclarationProcessingViewsTest extends PortalBrowserlessTest {

    @Autowired
    ServiceRequests requests;
    @Autowired
    ContributionRatesRepository rates;
    @Autowired
    DeclarationProcessing processing;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private FiledDeclarations filed;

    @BeforeEach
    void setUp() {
        filed = new FiledDeclarations(dsl, accounts, requests, rates, clock);
        filed.setUp(FES_DECLARATION);
    }

    @Test
    void anAgentFindsAFiledDeclarationInTheQueueAndProcessesItFromItsPage() {
        var declaration = filed.file(FES_DECLARATION, "CAD", filed.freeMonth(FES, "CAD", DuePeriod.parse("2034-01")),
                List.of(Line.of(employee(0), "7000.00")));
        signInAs(AGENT);

        assertThat(open("backoffice/declarations")).isEqualTo("backoffice/declarations");
        @SuppressWarnings("unchecked")
        LazyGrid<DeclarationToProcess> queue = $(LazyGrid.class).withClassName("declaration-queue").first();
        assertThat(IntStream.range(0, queue.size()).mapToObj(queue::row).map(DeclarationToProcess::id))
                .contains(declaration.id());

        open("backoffice/declarations/" + declaration.id());
        test($(Button.class).withClassName("take-charge").first()).click();
        assertThat(status(declaration.id())).isEqualTo(DeclarationStatus.PROCESSING);
        test($(Button.class).withClassName("process").first()).click();

        assertThat(status(declaration.id())).isEqualTo(DeclarationStatus.PROCESSED);
    }

    @Test
    void anAgentTypesANewcomersBirthDateOnThePageAndTheNewcomerIsImmatriculated() {
        String cin = "ZY" + (100000 + (System.nanoTime() % 800000));
        var declaration = filed.file(FES_DECLARATION, "CAD", filed.freeMonth(FES, "CAD", DuePeriod.parse("2034-01")),
                List.of(Line.newcomer(cin, "IDRISSI Omar", "9000.00", null)));
        signInAs(AGENT);
        open("backoffice/declarations/" + declaration.id());

        test($(PortalDatePicker.class).withClassName("birth-date").first()).setValue(LocalDate.of(1990, 2, 3));
        test($(Button.class).withClassName("process").first()).click();

        assertThat(status(declaration.id())).isEqualTo(DeclarationStatus.PROCESSED);
        assertThat(dsl.fetchExists(AFFILIATE, AFFILIATE.CIN.eq(ma.cimr.teleservices.shared.value.Cin.parse(cin))
                .and(AFFILIATE.BIRTH_DATE.eq(LocalDate.of(1990, 2, 3))))).isTrue();
    }

    @Test
    void theRequestsCasePageLeadsToTheDeclarationsPage() {
        var declaration = filed.file(FES_DECLARATION, "CAD", filed.freeMonth(FES, "CAD", DuePeriod.parse("2034-01")),
                List.of(Line.of(employee(0), "7000.00")));
        signInAs(AGENT);

        open("backoffice/requests/" + declaration.requestReference());
        giveAccessReason();

        assertThat($(Anchor.class).withClassName("work-declaration-link").first().getHref())
                .isEqualTo("backoffice/declarations/" + declaration.id());
    }

    @Test
    void theCompanyAsksACancellationAndTheAgentAcceptsIt() {
        var declaration = filed.file(FES_DECLARATION, "CAD", filed.freeMonth(FES, "CAD", DuePeriod.parse("2034-01")),
                List.of(Line.of(employee(0), "7000.00")));
        signInAs(FES_DECLARATION);
        assertThat(open("company/declarations/" + declaration.id() + "/cancellation"))
                .isEqualTo("company/declarations/" + declaration.id() + "/cancellation");

        @SuppressWarnings("unchecked")
        Select<CancellationObject> object = $(Select.class).withClassName("cancellation-object").first();
        object.setValue(CancellationObject.WRONG_CATEGORY);
        test($(TextArea.class).withClassName("cancellation-details").first()).setValue("Salariés déclarés en CAD au lieu de EMP");
        test($(Button.class).withClassName("validate-cancellation").first()).click();

        assertThat($(Button.class).withClassName("validate-cancellation").all()).isEmpty();
        assertThat(test($(Grid.class).withClassName("declaration-requests").first()).size()).isEqualTo(1);

        signInAs(AGENT);
        open("backoffice/declarations/" + declaration.id());
        test($(Button.class).withClassName("accept-cancellation").first()).click();

        assertThat(status(declaration.id())).isEqualTo(DeclarationStatus.CANCELLED);
    }

    @Test
    void theCompanyAsksARecallAndTheAgentAcceptsIt() {
        var declaration = filed.file(FES_DECLARATION, "CAD", filed.freeMonth(FES, "CAD", DuePeriod.parse("2034-01")),
                List.of(Line.of(employee(0), "7000.00")));
        signInAs(FES_DECLARATION);
        open("company/declarations/" + declaration.id() + "/recall");

        test($(TextField.class).withClassName("recall-matricule").first()).setValue(employee(0));
        test($(BigDecimalField.class).withClassName("recall-salary").first()).setValue(new BigDecimal("450.00"));
        test($(IntegerField.class).withClassName("recall-days").first()).setValue(3);
        test($(Button.class).withClassName("add-recall-line").first()).click();
        test($(TextArea.class).withClassName("recall-motive").first()).setValue("Heures supplémentaires de décembre");
        test($(Button.class).withClassName("validate-recall").first()).click();

        long recallId = dsl.select(DECLARATION.ID).from(DECLARATION)
                .where(DECLARATION.RECALLS_DECLARATION_ID.eq(declaration.id())).fetchSingle().value1();
        assertThat(status(recallId)).isEqualTo(DeclarationStatus.FILED);

        signInAs(AGENT);
        open("backoffice/declarations/" + recallId);
        test($(Button.class).withClassName("accept-recall").first()).click();

        assertThat(status(recallId)).isEqualTo(DeclarationStatus.PROCESSED);
    }

    @Test
    void anotherCompanysDeclarationIsNotFound() {
        var declaration = filed.file(FES_DECLARATION, "CAD", filed.freeMonth(FES, "CAD", DuePeriod.parse("2034-01")),
                List.of(Line.of(employee(0), "7000.00")));
        filed.setUp("atlas.declaration");
        signInAs("atlas.declaration");

        open("company/declarations/" + declaration.id() + "/cancellation");

        assertThat($(Button.class).withClassName("validate-cancellation").all()).isEmpty();
        assertThat($(Select.class).withClassName("cancellation-object").all()).isEmpty();
    }

    private DeclarationStatus status(long id) {
        return dsl.select(DECLARATION.STATUS).from(DECLARATION).where(DECLARATION.ID.eq(id)).fetchSingle().value1();
    }

    private String employee(int index) {
        return dsl.select(AFFILIATE.MATRICULE).from(AFFILIATE)
                .join(AFFILIATION).on(AFFILIATION.AFFILIATE_ID.eq(AFFILIATE.ID))
                .where(AFFILIATION.COMPANY_ID.eq(filed.companyId(FES)).and(AFFILIATION.END_DATE.isNull())
                        .and(AFFILIATE.ID.between(50L, 99L)))
                .orderBy(AFFILIATE.ID)
                .offset(index).limit(1).fetchSingle().value1().value();
    }
}
