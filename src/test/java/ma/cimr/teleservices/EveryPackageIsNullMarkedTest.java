package ma.cimr.teleservices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NullAway checks only the packages whose {@code package-info.java} says {@code @NullMarked}
 * (DD045): a new package that forgets it would leave the check without a word. Every main package
 * says it; jOOQ's generated code is the one exception, as it is for NullAway.
 */
class EveryPackageIsNullMarkedTest {

    private static final String GENERATED = "ma.cimr.teleservices.jooq";

    @Test
    void everyMainPackageSaysNothingInItIsNullUnlessItSaysSo() {
        var classes = new ClassFileImporter().withImportOption(new DoNotIncludeTests())
                .importPackages("ma.cimr.teleservices");
        List<String> unmarked = classes.stream().map(JavaClass::getPackage).distinct()
                .map(JavaPackage::getName)
                .filter(name -> !name.equals(GENERATED) && !name.startsWith(GENERATED + "."))
                .filter(name -> !classes.getPackage(name).isAnnotatedWith(NullMarked.class))
                .sorted().toList();

        assertThat(classes.stream().map(JavaClass::getPackageName).distinct().count()).isGreaterThan(90);
        assertThat(unmarked).isEmpty();
    }
}
