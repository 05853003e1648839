package ma.cimr.teleservices;

import org.junit.jupiter.api.DisplayNameGenerator;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Test names read as the sentences they are written as: {@code anAgentAnswersInTime} is shown
 * as "An agent answers in time" in reports and IDEs. Most names are camelCase sentences, which
 * JUnit's own generators leave as they are ({@code ReplaceUnderscores} only helps the few
 * snake_case ones), so this one splits both. Acronyms (PDF, CIN) and numbers (1990) stay whole.
 * Set as the default in {@code junit-platform.properties}; classes keep their names, so reports
 * still say which class ran.
 */
public class SentenceNames extends DisplayNameGenerator.Standard {

    /** Before a capital that follows a small letter or a digit, before a digit that follows a letter,
     * and before the last capital of an acronym followed by a small letter (PDFFile: PDF File). */
    private static final Pattern WORD_BOUNDARY = Pattern.compile(
            "(?<=[\\p{Ll}\\d])(?=\\p{Lu})|(?<=\\p{L})(?=\\d)|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                                               Method testMethod) {
        String parameters = testMethod.getParameterCount() == 0 ? ""
                : " " + DisplayNameGenerator.parameterTypesAsString(testMethod);
        return sentence(testMethod.getName()) + parameters;
    }

    @Override
    public String generateDisplayNameForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> nestedClass) {
        return sentence(nestedClass.getSimpleName());
    }

    /** {@code aRejectedFileImportsNoLine} or {@code a_rejected_file_imports_no_line}: "A rejected file imports no line". */
    static String sentence(String name) {
        String[] words = WORD_BOUNDARY.matcher(name.replace('_', ' ').strip()).replaceAll(" ").split(" +");
        StringBuilder sentence = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            if (!sentence.isEmpty()) {
                sentence.append(' ');
            }
            sentence.append(acronym ? word : word.toLowerCase(Locale.ROOT));
        }
        return sentence.isEmpty() ? name
                : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
