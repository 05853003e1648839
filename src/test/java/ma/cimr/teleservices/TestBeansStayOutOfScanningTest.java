package ma.cimr.teleservices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * A test helper annotated {@code @Component} is picked up by component scanning in any context
 * started from the test classpath: the benchmark's real application failed to start for want of the
 * test mail server. Test beans are {@code @TestComponent} or {@code @TestConfiguration}, imported
 * by {@link PortalTest}.
 */
class TestBeansStayOutOfScanningTest {

    @Test
    void noTestClassIsAPlainComponent() {
        var testClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("ma.cimr.teleservices");
        classes().that().areMetaAnnotatedWith(Component.class)
                .should().beMetaAnnotatedWith(TestComponent.class)
                .orShould().beMetaAnnotatedWith(TestConfiguration.class)
                .check(testClasses);
    }
}
