package ma.cimr.teleservices;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link PortalTest} class must get the same context configuration, or Spring builds a second
 * context (and a second database, and a second SMTP server) for it. This compares the key Spring's
 * context cache uses ({@link MergedContextConfiguration}, with its context customizers such as the
 * one for {@code @Import}) across all the test classes. Plain JUnit: it builds no context itself.
 */
class OneTestContextTest {

    @Test
    void everyPortalTestSharesOneContextConfiguration() throws Exception {
        List<Class<?>> portalTests = portalTestClasses();
        assertThat(portalTests).as("@PortalTest classes found").hasSizeGreaterThan(5);

        MergedContextConfiguration first = mergedConfiguration(portalTests.getFirst());
        for (Class<?> testClass : portalTests) {
            assertThat(mergedConfiguration(testClass)).as("context configuration of %s", testClass.getName())
                    .isEqualTo(first);
        }
    }

    private static MergedContextConfiguration mergedConfiguration(Class<?> testClass) {
        return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
    }

    /** The concrete test classes compiled next to this one whose hierarchy carries {@link PortalTest}. */
    private static List<Class<?>> portalTestClasses() throws IOException, URISyntaxException {
        Path root = Path.of(OneTestContextTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith("Test.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .<Class<?>>map(OneTestContextTest::load)
                    .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                    .filter(type -> MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                            .isPresent(PortalTest.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OneTestContextTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
