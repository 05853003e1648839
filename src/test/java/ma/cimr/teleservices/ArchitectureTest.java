package ma.cimr.teleservices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependency;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyOrigin;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependentsWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering the code base promises: views talk to services, services to repository
 * interfaces, and only the jOOQ repositories touch the database schema.
 *
 * <p>Every exception is named here, class by class, with the reason it is allowed. ArchUnit's
 * default {@code archunit.fail_on_empty_should=true} stays on: a rule whose {@code that()} selects
 * nothing (a renamed package, a moved annotation) fails instead of passing silently.
 *
 * <p>Only the main source set is imported; it includes the jOOQ classes generated at build time.
 * {@code src/build/JooqCodegen.java} is not compiled into it, so it is outside these rules.
 */
@AnalyzeClasses(packages = "ma.cimr.teleservices", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    // Prefixed with the base package: Spring itself has packages such as org.springframework.ui
    // and org.springframework.data.repository, which must not count as ours.
    private static final String UI = "ma.cimr.teleservices..ui..";
    private static final String REPOSITORY = "ma.cimr.teleservices..repository..";
    private static final String GENERATED_JOOQ = "ma.cimr.teleservices.jooq..";
    private static final String JOOQ_API = "org.jooq..";
    private static final String VAADIN = "com.vaadin..";
    private static final String VAADIN_COMPONENTS = "com.vaadin.flow.component..";
    private static final String PENSION_RULES = "ma.cimr.teleservices.affiliate.rules..";

    // The allowed exceptions, by name: some are package-private, so no class literal from here.
    /** The Vaadin app shell: AppShellConfigurator, @StyleSheet, @Meta must sit on one class, by Vaadin's rules. */
    private static final String APPLICATION = "ma.cimr.teleservices.Application";
    /** Applies the chosen language to the UI: UI.setLocale and UI.setDirection (right-to-left Arabic). */
    private static final String LOCALE_SELECTION = "ma.cimr.teleservices.shared.i18n.LocaleSelection";
    /** Vaadin's I18NProvider: how getTranslation finds the bundles. */
    private static final String I18N_PROVIDER = "ma.cimr.teleservices.shared.i18n.PortalI18NProvider";
    /** Vaadin's security configurer, which needs the login view's class: loginView(LoginView.class). */
    private static final String SECURITY_CONFIG = "ma.cimr.teleservices.account.SecurityConfig";
    private static final String LOGIN_VIEW = "ma.cimr.teleservices.account.ui.LoginView";
    /** Loads the demo SQL script; checks "is the database empty" with plain SQL: table("user_account"). */
    private static final String DEMO_DATA_LOADER = "ma.cimr.teleservices.demo.DemoDataLoader";
    private static final String QUERY_COUNTER = "ma.cimr.teleservices.shared.monitoring.QueryCounter";
    private static final String MONITORING_CONFIGURATION = "ma.cimr.teleservices.shared.monitoring.MonitoringConfiguration";
    /** The one refusal (a translation key and its arguments), which the pension rules may throw. */
    private static final String REFUSAL = "ma.cimr.teleservices.shared.Refusal";

    // --- jOOQ stays in the repositories ---

    @ArchTest
    static final ArchRule views_use_neither_jooq_nor_repositories = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(JOOQ_API, GENERATED_JOOQ, REPOSITORY)
            .because("views go through the feature's service, which owns transactions and access checks");

    @ArchTest
    static final ArchRule only_repositories_use_the_generated_schema = classes()
            .that().resideInAPackage(GENERATED_JOOQ)
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(REPOSITORY, GENERATED_JOOQ)
            .because("the tables and columns are the repositories' business; the generated code may refer to itself");

    @ArchTest
    static final ArchRule only_repositories_use_the_jooq_api = classes()
            .that().resideOutsideOfPackages(REPOSITORY, GENERATED_JOOQ)
            .should(onlyHaveDependenciesWhere(dependencyTarget(not(resideInAPackage(JOOQ_API)))
                    // DemoDataLoader asks whether user_account is empty with plain SQL, table("user_account"),
                    // before it runs the demo SQL script. Only these two entry points; it stays held to
                    // the rule above: no generated table.
                    .or(dependency(DEMO_DATA_LOADER, "org.jooq.DSLContext"))
                    .or(dependency(DEMO_DATA_LOADER, "org.jooq.impl.DSL"))
                    // the round trips' query counter (DD047) listens to jOOQ's executions; it writes no SQL
                    .or(dependency(QUERY_COUNTER, "org.jooq.ExecuteListener"))
                    .or(dependency(QUERY_COUNTER, "org.jooq.ExecuteContext"))
                    .or(dependency(MONITORING_CONFIGURATION, "org.jooq.ExecuteListenerProvider"))
                    .or(dependency(MONITORING_CONFIGURATION, "org.jooq.ExecuteListener"))
                    .or(dependency(MONITORING_CONFIGURATION, "org.jooq.impl.DefaultExecuteListenerProvider"))))
            .because("SQL is written in one place per feature: its Jooq* repository");

    @ArchTest
    static final ArchRule repositories_know_neither_views_nor_vaadin = noClasses()
            .that().resideInAPackage(REPOSITORY)
            .should().dependOnClassesThat().resideInAnyPackage(UI, VAADIN)
            .because("a repository must work the same from a view, a batch or a test");

    @ArchTest
    static final ArchRule repositories_do_not_call_services = noClasses()
            .that().resideInAPackage(REPOSITORY)
            .should().dependOnClassesThat().areAnnotatedWith(Service.class)
            .because("services call repositories, never the other way round");

    @ArchTest
    static final ArchRule jooq_repositories_are_hidden_behind_their_interface = classes()
            .that().areAnnotatedWith(Repository.class)
            .should().resideInAPackage(REPOSITORY)
            .andShould().haveSimpleNameStartingWith("Jooq")
            .andShould().notBePublic()
            .because("a feature's repository is an interface; its Jooq* implementation is package-private");

    // --- the scheme's rules are plain Java ---

    @ArchTest
    static final ArchRule pension_rules_are_plain_java = classes()
            .that().resideInAPackage(PENSION_RULES)
            .should().onlyDependOnClassesThat(resideInAnyPackage(PENSION_RULES, "java..", "org.jspecify..")
                    // a rule that says no says it the portal's one way: a key and its arguments (plain Java)
                    .or(name(REFUSAL)))
            .because("the points and pension rules are unit-tested without Spring or a database; their "
                    + "parameters come in as a value, their explanations and refusals go out as message keys");

    // --- Vaadin stays in the user interface ---

    @ArchTest
    static final ArchRule vaadin_components_only_in_ui = noClasses()
            .that().resideOutsideOfPackage(UI)
            .and(not(classOrNested(APPLICATION)))
            .and(not(classOrNested(LOCALE_SELECTION)))
            .should().dependOnClassesThat().resideInAPackage(VAADIN_COMPONENTS)
            .because("components belong to views and layouts; only the app shell and the locale switch "
                    + "(UI.setLocale / setDirection) need com.vaadin.flow.component outside ui");

    @ArchTest
    static final ArchRule vaadin_outside_ui_is_limited_to_shell_i18n_and_security = noClasses()
            .that().resideOutsideOfPackage(UI)
            .and(not(classOrNested(APPLICATION)))
            .and(not(classOrNested(LOCALE_SELECTION)))
            .and(not(classOrNested(I18N_PROVIDER)))
            .and(not(classOrNested(SECURITY_CONFIG)))
            .should().dependOnClassesThat().resideInAPackage(VAADIN)
            .because("services, records and repositories are plain Spring and Java; Vaadin plugs in "
                    + "only through the app shell, the I18NProvider, the locale selection and the security configurer");

    @ArchTest
    static final ArchRule views_are_used_only_by_the_ui = classes()
            .that().areAnnotatedWith(Route.class)
            .should(onlyHaveDependentsWhere(dependencyOrigin(resideInAPackage(UI))
                    // Vaadin's security configurer takes the login view's class: loginView(LoginView.class, "/")
                    .or(dependency(SECURITY_CONFIG, LOGIN_VIEW))))
            .because("a view is reached by navigation (router links, layouts), not called from services");

    @ArchTest
    static final ArchRule only_the_ui_depends_on_the_ui = classes()
            .that().resideOutsideOfPackage(UI)
            .should(onlyHaveDependenciesWhere(dependencyTarget(not(resideInAPackage(UI)))
                    // the same single exception as for views, see views_are_used_only_by_the_ui
                    .or(dependency(SECURITY_CONFIG, LOGIN_VIEW))))
            .because("the user interface sits on top: nothing below it may reach back up");

    // --- services ---

    @ArchTest
    static final ArchRule services_do_not_depend_on_ui = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("services are called by views, and must not know them");

    @ArchTest
    static final ArchRule services_do_not_depend_on_vaadin = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().dependOnClassesThat().resideInAPackage(VAADIN)
            .because("a service must be callable without a Vaadin session (tests, scheduled jobs)");

    // --- refusals ---

    /**
     * A screen shows what a service refused through {@code Refusal} (a key and its arguments, DD019).
     * A JDK {@code IllegalArgumentException} is a defect: caught and translated, its message would
     * reach the user as a missing key. Lambdas count: their catch blocks belong to the class.
     */
    @ArchTest
    static void no_screen_catches_an_illegal_argument_exception(JavaClasses classes) {
        List<String> catching = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            if (!javaClass.getPackageName().matches("ma\\.cimr\\.teleservices\\..*\\.ui(\\..*)?")) {
                continue;
            }
            for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                if (codeUnit.getName().equals("$deserializeLambda$")) {
                    continue; // javac's copy of the serializable lambdas' code: each catch is reported once, in its method
                }
                for (TryCatchBlock block : codeUnit.getTryCatchBlocks()) {
                    if (block.getCaughtThrowables().stream().anyMatch(caught -> caught.isEquivalentTo(IllegalArgumentException.class))) {
                        catching.add(codeUnit.getFullName() + " (" + block.getSourceCodeLocation() + ")");
                    }
                }
            }
        }
        assertThat(catching).as("screens catching IllegalArgumentException: throw and catch Refusal instead").isEmpty();
    }

    /**
     * A renamed or deleted class must not leave its exception behind, ready to excuse whatever
     * class takes that name later.
     */
    @ArchTest
    static void the_named_exceptions_exist(JavaClasses classes) {
        for (String name : List.of(APPLICATION, LOCALE_SELECTION, I18N_PROVIDER, SECURITY_CONFIG, LOGIN_VIEW,
                DEMO_DATA_LOADER, REFUSAL)) {
            assertThat(classes.contain(name)).as("class %s, named as an exception in this test", name).isTrue();
        }
    }

    /** The class itself or one of its nested classes (inner classes compile to Outer$Inner). */
    private static DescribedPredicate<JavaClass> classOrNested(String className) {
        return DescribedPredicate.describe(className,
                javaClass -> javaClass.getName().equals(className) || javaClass.getName().startsWith(className + "$"));
    }
}
