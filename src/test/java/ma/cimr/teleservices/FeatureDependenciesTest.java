package ma.cimr.teleservices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which feature package may use which: the graph of DD016, checked against the code.
 *
 * <p>Two checks, because they fail for different reasons. The cycle rule catches any loop even
 * among dependencies the table allows one way each; the table catches a new edge that is not a
 * loop yet but puts a feature above one it should sit under. The graph the code really has is
 * written to {@code target/architecture/feature-dependencies.md} on every run, so the decision
 * record can be compared with the code without reading imports.
 */
@AnalyzeClasses(packages = "ma.cimr.teleservices", importOptions = DoNotIncludeTests.class)
class FeatureDependenciesTest {

    private static final String BASE = "ma.cimr.teleservices.";

    /**
     * Each top-level package and the packages it may use (besides itself, the JDK and libraries).
     * {@code jooq} is the generated schema, used by repositories only (ArchitectureTest says so);
     * {@code security} and {@code shared} are the kernel and use nothing of ours but that schema.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("security", Set.of()),
            entry("shared", Set.of("jooq")),
            entry("shell", Set.of("security", "shared")),
            entry("audit", Set.of("security", "shared", "shell", "jooq")),
            entry("notification", Set.of("audit", "security", "shared", "shell", "jooq")),
            entry("parameter", Set.of("audit", "security", "shared", "shell", "jooq")),
            entry("approval", Set.of("audit", "security", "shared", "shell", "jooq")),
            // staff screens of a person's request ask why before showing it (audit's reason gate, DD041)
            entry("request", Set.of("audit", "notification", "parameter", "security", "shared", "shell", "jooq")),
            entry("account", Set.of("approval", "audit", "notification", "request", "security", "shared", "shell", "jooq")),
            entry("company", Set.of("security", "shared", "shell", "jooq")),
            // the bank knows no feature: features hand it messages and take its answers (DD032)
            entry("bank", Set.of("security", "shared", "shell", "jooq")),
            // buy-backs read the bank's notices of money received on the fund's account (DD040)
            entry("affiliate", Set.of("account", "approval", "audit", "bank", "company", "notification", "parameter",
                    "request", "security", "shared", "shell", "jooq")),
            // the retiree's space reads its liquidation (DD035) and records revisions with four eyes, resting on a
            // company's payment in the compte adhérent (DD043)
            entry("retiree", Set.of("account", "affiliate", "approval", "audit", "companyaccount", "liquidation",
                    "notification", "request", "security", "shared", "shell", "jooq")),
            entry("delegate", Set.of("account", "audit", "company", "notification", "security", "shared", "shell",
                    "jooq")),
            entry("subscription", Set.of("account", "approval", "audit", "notification", "request", "security", "shared",
                    "shell", "jooq")),
            entry("home", Set.of("request", "shared", "shell")),
            // the télédéclaration file: reading and checking it needs no other feature yet (DD026)
            entry("declaration", Set.of("account", "approval", "audit", "company", "delegate", "notification", "parameter",
                    "request", "security", "shared", "shell", "jooq")),
            entry("companyaccount", Set.of("approval", "audit", "company", "declaration", "notification", "parameter",
                    "request", "security", "shared", "shell", "jooq")),
            // e-liquidation (DD035): the pension computed by affiliate's rules, liquidated with four eyes, its
            // claim a service request; never the retiree feature, which may come to read the claims
            entry("liquidation", Set.of("affiliate", "approval", "audit", "notification", "request", "security", "shared",
                    "shell", "jooq")),
            // E@sypaiement (DD033): pays the compte adhérent's open dues, re-checks the validator's second factor
            entry("easypayment", Set.of("account", "audit", "bank", "company", "companyaccount", "notification",
                    "parameter", "security", "shared", "shell", "jooq")),
            // téléadhésion and the contract (DD034): the offer's steps are the pension parameters (affiliate)
            entry("membership", Set.of("affiliate", "audit", "notification", "request", "security", "shared", "shell",
                    "jooq")),
            // the monthly pension run: pays what retiree and the claims hold, sends through the bank, and
            // gives the charter its n°1 and n°2 (DD037); retiree never uses it
            entry("pensionrun", Set.of("audit", "bank", "request", "retiree", "security", "shared", "shell", "jooq")),
            // help and downloads (DD042): the guides are files; the delegate's two letters are account's
            entry("help", Set.of("account", "security", "shared", "shell")),
            // the survey and the suggestion box (DD042); the charter dashboard shows them through shared.ui.DashboardSection
            entry("listening", Set.of("audit", "security", "shared", "shell", "jooq")),
            // "Mes données" (DD041): reads what each feature holds about the signed-in person; nothing uses it
            entry("personaldata", Set.of("account", "affiliate", "audit", "request", "retiree", "security", "shared",
                    "shell")),
            entry("demo", Set.of("shared")),
            // the generated schema names the types its columns are read as: shared values, features' enums
            entry("jooq", Set.of("security", "shared", "notification", "subscription", "account", "delegate", "request",
                    "affiliate", "parameter", "retiree", "declaration", "companyaccount", "bank")),
            // the application class: the Vaadin app shell, above everything
            entry("", Set.of("shared")));

    /**
     * The shell's named interface: what features may use of it. Everything else in {@code shell}
     * (the error pages, the layout skeleton, the space switch) is the shell's own business.
     */
    static final Set<String> SHELL_INTERFACE = Set.of(
            "shell.Space", "shell.ui.PublicLayout", "shell.ui.CompanyLayout", "shell.ui.DelegateLayout",
            "shell.ui.AffiliateLayout", "shell.ui.RetireeLayout", "shell.ui.BackofficeLayout",
            "shell.ui.SpaceGuard", "shell.ui.MySpaceView");

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles = slices()
            .matching("ma.cimr.teleservices.(*)..")
            .should().beFreeOfCycles()
            // generated code only names a column's Java type (forced types, DD016): not a use of the feature
            .ignoreDependency(resideInAPackage(BASE + "jooq.."), alwaysTrue())
            .because("a cycle between two features makes each unchangeable without the other (DD016)");

    @ArchTest
    static void every_dependency_between_packages_is_one_the_decision_record_allows(JavaClasses classes)
            throws IOException {
        SortedMap<String, SortedSet<String>> actual = new TreeMap<>();
        List<String> forbidden = new ArrayList<>();
        for (JavaClass origin : classes) {
            String from = topPackage(origin);
            if (from == null) {
                continue;
            }
            actual.computeIfAbsent(from, key -> new TreeSet<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = topPackage(dependency.getTargetClass());
                if (to == null || to.equals(from)) {
                    continue;
                }
                actual.get(from).add(to);
                if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                    forbidden.add(dependency.getDescription());
                }
            }
        }
        writeGraph(actual);
        assertThat(ALLOWED.keySet())
                .as("every top-level package has its line in the table of DD016")
                .containsAll(actual.keySet());
        assertThat(forbidden).as("dependencies DD016 does not allow").isEmpty();
    }

    @ArchTest
    static void features_use_the_shell_only_through_its_layouts_and_space_guard(JavaClasses classes) {
        List<String> outside = new ArrayList<>();
        for (JavaClass origin : classes) {
            if (origin.getPackageName().startsWith(BASE + "shell")) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith(BASE + "shell")
                        && !SHELL_INTERFACE.contains(outerName(target).substring(BASE.length()))) {
                    outside.add(dependency.getDescription());
                }
            }
        }
        assertThat(outside).as("uses of the shell outside its named interface").isEmpty();
    }

    /** The package right under the base ("" for the base itself), or null for classes not ours. */
    private static String topPackage(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(BASE.substring(0, BASE.length() - 1))) {
            return "";
        }
        if (!name.startsWith(BASE)) {
            return null;
        }
        String rest = name.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String outerName(JavaClass javaClass) {
        String name = javaClass.getName();
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    private static void writeGraph(SortedMap<String, SortedSet<String>> graph) throws IOException {
        var text = new StringBuilder("# Feature dependencies, as the code has them\n\n")
                .append("Generated by FeatureDependenciesTest; DD016 says which are allowed.\n\n")
                .append("| package | uses |\n|---|---|\n");
        graph.forEach((from, to) -> text.append("| ").append(from.isEmpty() ? "(root)" : from).append(" | ")
                .append(to.isEmpty() ? "nothing of ours" : String.join(", ", to)).append(" |\n"));
        Path file = Path.of("target", "architecture", "feature-dependencies.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
