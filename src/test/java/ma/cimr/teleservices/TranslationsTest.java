package ma.cimr.teleservices;

import ma.cimr.teleservices.parameter.PublicHoliday;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.retiree.PensionPayment;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from {@code i18n/messages_<lang>.properties}: this test keeps the
 * three languages in step with each other and with the code. Plain JUnit, no Spring: the bundles
 * are read from the classpath as the portal reads them (UTF-8), the Java sources from
 * {@code src/main/java} (Maven runs tests from the project directory).
 */
class TranslationsTest {

    private static final List<String> LANGUAGES = List.of("fr", "ar", "en");
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    /**
     * The namespaces of translation keys. A string literal in the code that starts with one of them
     * is taken for a key; a literal ending with '.' is a prefix completed at run time (an enum name).
     */
    private static final Set<String> KEY_NAMESPACES = Set.of("app", "nav", "space", "home", "action", "error",
            "login", "company", "affiliate", "retiree", "delegate", "holidays", "audit", "backoffice", "charter",
            "role", "teleservice", "population", "language", "common", "account", "validation", "request", "notice",
            "recourse", "dashboard", "transparency", "password", "locked", "anomaly", "points", "statement", "simulator", "subscription", "activation",
            "secret", "email", "delegateSubscription", "recovery", "enrolment", "link", "lockout", "rateLimit",
            "approval", "scan", "declaration", "outbox", "devInbox", "companyaccount", "passkeys", "bank", "privacy", "liquidation", "easypayment", "membership", "pensionrun",
            "help", "survey", "suggestion", "listening", "mydata", "accesslog", "buyback");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "^(" + String.join("|", KEY_NAMESPACES) + ")\\.[A-Za-z.]*$");

    /** A Java string literal (group 1), or a char literal, skipped so that '"' does not open a string. */
    private static final Pattern JAVA_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)+'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** A literal with at least one letter, in any script: "Bonjour", "مرحبا"; not " " nor "—". */
    private static final String TEXT_LITERAL = "\"(?:[^\"\\\\\\n]|\\\\.)*\\p{L}(?:[^\"\\\\\\n]|\\\\.)*\"";

    /** "new Span(", also written "new com.vaadin.flow.component.html.Span(". */
    private static final String NEW = "new\\s+(?:[\\w$]+\\s*\\.\\s*)*";

    /** Calls whose string argument is shown to the user; each must get it from getTranslation. */
    private static final List<Pattern> VISIBLE_TEXT_CALLS = List.of(
            // constructors whose first argument is the text or the label
            Pattern.compile(NEW + "(H1|H2|H3|H4|H5|H6|Paragraph|Span|Div|Text|NativeLabel|Button|RouterLink"
                    + "|Checkbox|TextField|TextArea|PasswordField|DatePicker|ComboBox|Select|Notification"
                    + "|ListItem|SideNavItem|Tab|Details)\\s*(<[^>]*>)?\\s*\\(\\s*" + TEXT_LITERAL),
            // Anchor's first argument is the href ("login", space.route()): the text is the second one
            Pattern.compile(NEW + "Anchor\\s*\\(\\s*(?:\"[^\"]*\"|[^,()\"]*(?:\\([^()]*\\)[^,()\"]*)*)\\s*,\\s*"
                    + TEXT_LITERAL),
            Pattern.compile("\\.set(Text|Label|Header|Title|Placeholder|HelperText|ErrorMessage|AriaLabel"
                    + "|TooltipText|SummaryText|Footer)\\s*\\(\\s*" + TEXT_LITERAL),
            Pattern.compile("Notification\\s*\\.\\s*show\\s*\\(\\s*" + TEXT_LITERAL));

    private static final Map<String, Properties> bundles = new LinkedHashMap<>();
    /** Keys written twice in one file: Properties keeps the last value and silently drops the first. */
    private static final Map<String, SortedSet<String>> duplicates = new TreeMap<>();
    private static Properties french;

    @BeforeAll
    static void loadBundles() {
        for (String language : LANGUAGES) {
            bundles.put(language, load(language));
        }
        french = bundles.get("fr");
    }

    // --- the three files ---

    @Test
    void every_language_has_the_same_keys() {
        Set<String> allKeys = new TreeSet<>();
        bundles.values().forEach(bundle -> allKeys.addAll(bundle.stringPropertyNames()));

        Map<String, SortedSet<String>> missingPerLanguage = new TreeMap<>();
        bundles.forEach((language, bundle) -> {
            SortedSet<String> missing = new TreeSet<>(allKeys);
            missing.removeAll(bundle.stringPropertyNames());
            if (!missing.isEmpty()) {
                missingPerLanguage.put(language, missing);
            }
        });
        assertThat(missingPerLanguage).as("keys missing, per language").isEmpty();
        assertThat(allKeys).as("the bundles were read").hasSizeGreaterThan(100);
    }

    @Test
    void no_value_is_blank() {
        Map<String, SortedSet<String>> blankPerLanguage = new TreeMap<>();
        bundles.forEach((language, bundle) -> {
            SortedSet<String> blank = new TreeSet<>();
            bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()).forEach(blank::add);
            if (!blank.isEmpty()) {
                blankPerLanguage.put(language, blank);
            }
        });
        assertThat(blankPerLanguage).as("keys with a blank value, per language").isEmpty();
    }

    @Test
    void no_key_is_written_twice_in_a_file() {
        assertThat(duplicates).as("keys defined twice, per language (the first value is lost)").isEmpty();
    }

    // --- messages with arguments ---

    @Test
    void messages_with_arguments_are_valid_message_formats() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String value = bundle.getProperty(key);
                if (value.contains("{")) {
                    problemWithPattern(value, Locale.forLanguageTag(language))
                            .ifPresent(problem -> problems.add(language + " " + key + ": " + problem));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** A key whose French text takes {0} must take {0} in Arabic and English too, and the reverse. */
    @Test
    void every_language_takes_the_same_arguments() {
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            Map<String, Integer> argumentCounts = new TreeMap<>();
            bundles.forEach((language, bundle) -> {
                String value = bundle.getProperty(key);
                if (value != null) {
                    argumentCounts.put(language, argumentCount(value));
                }
            });
            if (argumentCounts.values().stream().distinct().count() > 1) {
                differences.add(key + " " + argumentCounts);
            }
        }
        assertThat(differences).as("number of arguments per language").isEmpty();
    }

    /**
     * getTranslation("key", argument) must find a {0} to put the argument in, and a message with a
     * {0} must be given its argument, else the user reads "{0}".
     */
    @Test
    void literal_calls_pass_arguments_exactly_to_messages_that_take_them() {
        Pattern call = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*([,)])");
        List<String> problems = new ArrayList<>();
        for (Path file : javaFiles(MAIN_SOURCES)) {
            Matcher matcher = call.matcher(withoutComments(read(file)));
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean passesArguments = matcher.group(2).equals(",");
                String value = french.getProperty(key);
                if (value != null && passesArguments != argumentCount(value) > 0) {
                    problems.add(file + ": getTranslation(\"" + key + "\"" + (passesArguments ? ", …)" : ")")
                            + " but the message is: " + value);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    // --- the code uses only keys that exist ---

    @Test
    void every_key_literal_in_the_code_exists_in_french() {
        SortedSet<String> literals = keyLiterals(MAIN_SOURCES);
        Set<String> frenchKeys = french.stringPropertyNames();

        SortedSet<String> unknown = new TreeSet<>();
        for (String literal : literals) {
            // "retiree.kind." + pension.kind(): the prefix must at least lead somewhere
            boolean known = literal.endsWith(".")
                    ? frenchKeys.stream().anyMatch(key -> key.startsWith(literal))
                    : frenchKeys.contains(literal);
            if (!known) {
                unknown.add(literal);
            }
        }
        assertThat(unknown).as("keys used in src/main/java but not in messages_fr.properties").isEmpty();
        assertThat(literals).as("key literals found in src/main/java").hasSizeGreaterThan(100);
    }

    /** Keeps KEY_NAMESPACES from falling behind the bundle: a new namespace must be scanned for too. */
    @Test
    void every_namespace_of_the_bundle_is_scanned_for() {
        SortedSet<String> namespaces = new TreeSet<>();
        french.stringPropertyNames().forEach(key -> namespaces.add(key.split("\\.")[0]));
        namespaces.removeAll(KEY_NAMESPACES);
        assertThat(namespaces).as("namespaces of messages_fr.properties missing from KEY_NAMESPACES").isEmpty();
    }

    /** Where the code builds a key from an enum, every constant of the enum needs its translation. */
    @Test
    void every_enum_constant_shown_to_users_is_translated() {
        SortedSet<String> auditActions = auditActions(MAIN_SOURCES);
        assertThat(auditActions).as("audit actions found in src/main/java").isNotEmpty();

        Map<String, Stream<String>> namesPerPrefix = new LinkedHashMap<>();
        namesPerPrefix.put("role.", names(Role.values()));
        namesPerPrefix.put("teleservice.", names(Teleservice.values()));
        namesPerPrefix.put("account.", Arrays.stream(ma.cimr.teleservices.security.AccountStatus.values())
                .map(status -> status.name().toLowerCase(Locale.ROOT)));
        namesPerPrefix.put("delegate.declaration.mode.", names(ma.cimr.teleservices.delegate.DeclarationMode.values()));
        namesPerPrefix.put("population.", names(Population.values()));
        namesPerPrefix.put("holidays.kind.", names(PublicHoliday.Kind.values()));
        namesPerPrefix.put("retiree.kind.", names(RetireePension.Kind.values()));
        namesPerPrefix.put("retiree.paymentMode.", names(RetireePension.PaymentMode.values()));
        namesPerPrefix.put("retiree.payment.status.", names(PensionPayment.Status.values()));
        namesPerPrefix.put("retiree.payment.todo.", names(PensionPayment.Status.values()));
        namesPerPrefix.put("retiree.suspension.reason.", names(ma.cimr.teleservices.retiree.SuspensionReason.values()));
        namesPerPrefix.put("retiree.suspension.todo.", names(ma.cimr.teleservices.retiree.SuspensionReason.values()));
        namesPerPrefix.put("retiree.documents.kind.", names(ma.cimr.teleservices.retiree.DocumentKind.values()));
        namesPerPrefix.put("retiree.documents.state.", names(ma.cimr.teleservices.retiree.DocumentRequirement.State.values()));
        namesPerPrefix.put("retiree.documents.status.", names(ma.cimr.teleservices.retiree.SupportingDocument.Status.values()));
        namesPerPrefix.put("retiree.certificate.kind.", names(ma.cimr.teleservices.retiree.Certificate.Kind.values()));
        namesPerPrefix.put("retiree.certificate.pdf.title.", names(ma.cimr.teleservices.retiree.Certificate.Kind.values()));
        namesPerPrefix.put("retiree.certificate.pdf.statement.", names(ma.cimr.teleservices.retiree.Certificate.Kind.values()));
        namesPerPrefix.put("retiree.verify.state.", names(ma.cimr.teleservices.retiree.Certificate.State.values()));
        namesPerPrefix.put("retiree.revisions.motive.", names(ma.cimr.teleservices.retiree.PensionRevision.Motive.values()));
        namesPerPrefix.put("retiree.revisions.status.", names(ma.cimr.teleservices.retiree.PensionRevision.Status.values()));
        namesPerPrefix.put("retiree.changes.kind.", names(ma.cimr.teleservices.retiree.RetireeChange.Kind.values()));
        namesPerPrefix.put("retiree.changes.status.", names(ma.cimr.teleservices.retiree.RetireeChange.Status.values()));
        namesPerPrefix.put("retiree.family.", ma.cimr.teleservices.retiree.RetireeChanges.FAMILY_SITUATIONS.stream());
        namesPerPrefix.put("request.status.", names(ma.cimr.teleservices.request.RequestStatus.values()));
        namesPerPrefix.put("request.level.", names(ma.cimr.teleservices.request.RequestLevel.values()));
        namesPerPrefix.put("request.team.", names(ma.cimr.teleservices.request.Team.values()));
        namesPerPrefix.put("request.channel.", names(ma.cimr.teleservices.request.Channel.values()));
        namesPerPrefix.put("request.event.", names(ma.cimr.teleservices.request.EventKind.values()));
        namesPerPrefix.put("request.light.", names(ma.cimr.teleservices.request.TrafficLight.values()));
        namesPerPrefix.put("request.escalate.", Stream.of("CONCILIATION", "MEDIATION"));
        namesPerPrefix.put("request.escalate.explain.", Stream.of("CONCILIATION", "MEDIATION"));
        namesPerPrefix.put("notice.escalated.body.", Stream.of("CONCILIATION", "MEDIATION"));
        namesPerPrefix.put("statement.nature.", names(ma.cimr.teleservices.affiliate.StatementLine.Nature.values()));
        namesPerPrefix.put("statement.managingBody.", names(ma.cimr.teleservices.affiliate.StatementLine.ManagingBody.values()));
        namesPerPrefix.put("anomaly.kind.", names(ma.cimr.teleservices.affiliate.StatementAnomaly.Kind.values()));
        namesPerPrefix.put("delegateSubscription.status.", names(ma.cimr.teleservices.subscription.SubscriptionStatus.values()));
        namesPerPrefix.put("delegateSubscription.civility.", names(ma.cimr.teleservices.subscription.Civility.values()));
        namesPerPrefix.put("delegateSubscription.error.phone.", names(ma.cimr.teleservices.subscription.PhoneKind.values()));
        namesPerPrefix.put("recovery.kind.", names(ma.cimr.teleservices.security.AccountKind.values()));
        namesPerPrefix.put(ma.cimr.teleservices.declaration.DeclarationFileError.KEY_PREFIX,
                names(ma.cimr.teleservices.declaration.DeclarationFileError.values()));
        namesPerPrefix.put(ma.cimr.teleservices.declaration.DeclarationColumn.KEY_PREFIX,
                names(ma.cimr.teleservices.declaration.DeclarationColumn.values()));
        for (String prefix : List.of("recovery.letter.title.", "recovery.letter.body.", "recovery.letter.next.",
                "recovery.letter.answer.", "recovery.letters.explain.", "recovery.desk.process.", "recovery.desk.processed.",
                "recovery.desk.proposed.")) {
            namesPerPrefix.put(prefix, names(ma.cimr.teleservices.account.recovery.DelegateLetterKind.values()));
        }
        namesPerPrefix.put("liquidation.kind.", names(ma.cimr.teleservices.liquidation.ClaimKind.values()));
        namesPerPrefix.put("liquidation.error.kindAge.", names(ma.cimr.teleservices.liquidation.ClaimKind.values()));
        namesPerPrefix.put("liquidation.status.", names(ma.cimr.teleservices.liquidation.ClaimStatus.values()));
        namesPerPrefix.put("liquidation.document.", names(ma.cimr.teleservices.liquidation.DocumentKind.values()));
        namesPerPrefix.put("liquidation.documentStatus.", names(ma.cimr.teleservices.liquidation.DocumentStatus.values()));
        namesPerPrefix.put("liquidation.event.", names(ma.cimr.teleservices.liquidation.ClaimEventKind.values()));
        namesPerPrefix.put("liquidation.paymentMode.", names(ma.cimr.teleservices.liquidation.PaymentMode.values()));
        namesPerPrefix.put("liquidation.pdf.title.", names(ma.cimr.teleservices.liquidation.LiquidationDocument.Kind.values()));
        namesPerPrefix.put("membership.status.", names(ma.cimr.teleservices.membership.MembershipStatus.values()));
        namesPerPrefix.put("membership.option.", names(ma.cimr.teleservices.membership.MembershipOption.values()));
        namesPerPrefix.put("membership.document.", names(ma.cimr.teleservices.membership.DocumentKind.values()));
        namesPerPrefix.put("membership.contract.kind.", names(ma.cimr.teleservices.membership.ContractKind.values()));
        namesPerPrefix.put("membership.contract.status.", names(ma.cimr.teleservices.membership.ContractRequest.Status.values()));
        namesPerPrefix.put("suggestion.category.", names(ma.cimr.teleservices.listening.SuggestionCategory.values()));
        namesPerPrefix.put("suggestion.status.", names(ma.cimr.teleservices.listening.SuggestionStatus.values()));
        namesPerPrefix.put("buyback.status.", names(ma.cimr.teleservices.affiliate.BuyBack.Status.values()));
        namesPerPrefix.put("language.", PortalI18NProvider.LOCALES.stream().map(Locale::getLanguage));
        namesPerPrefix.put("audit.action.", auditActions.stream());

        SortedSet<String> missing = new TreeSet<>();
        namesPerPrefix.forEach((prefix, names) -> names.map(name -> prefix + name)
                .filter(key -> !french.containsKey(key)).forEach(missing::add));
        assertThat(missing).as("keys missing from messages_fr.properties").isEmpty();
    }

    // --- the views hard-code no text ---

    @Test
    void views_hard_code_no_visible_text() {
        List<Path> uiFiles = javaFiles(MAIN_SOURCES).stream()
                .filter(file -> MAIN_SOURCES.relativize(file).toString().replace('\\', '/').contains("/ui/"))
                .toList();
        assertThat(uiFiles).as("ui sources found").isNotEmpty();

        List<String> hardCoded = uiFiles.stream().flatMap(file -> hardCodedTexts(file).stream()).toList();
        assertThat(hardCoded).as("visible text written in the code instead of getTranslation(...)").isEmpty();
    }

    // --- helpers ---

    private static Properties load(String language) {
        String path = "i18n/messages_" + language + ".properties";
        var stream = TranslationsTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(stream).as(path + " on the classpath").isNotNull();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.computeIfAbsent(language, l -> new TreeSet<>()).add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** What would go wrong formatting this message as PortalI18NProvider does, if anything. */
    private static Optional<String> problemWithPattern(String pattern, Locale locale) {
        // MessageFormat takes a single ' as the start of a quoted part: "l'{0}" would print "l{0}".
        // A real apostrophe in a message with arguments must be written ''.
        if (pattern.replace("''", "").contains("'")) {
            return Optional.of("single ' (write '' in messages with arguments): " + pattern);
        }
        try {
            MessageFormat format = new MessageFormat(pattern, locale);
            Object[] arguments = new Object[format.getFormatsByArgumentIndex().length];
            for (int argument : new int[] {1, 2, 12}) {
                java.util.Arrays.fill(arguments, argument);
                String formatted = format.format(arguments);
                if (formatted.contains("{") || formatted.contains("}")) {
                    return Optional.of("an argument is left unfilled: " + formatted);
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage() + ": " + pattern);
        }
    }

    /** How many arguments a message takes: 0 for plain text (whatever apostrophes it has). */
    private static int argumentCount(String value) {
        if (!value.contains("{")) {
            return 0;
        }
        try {
            return new MessageFormat(value).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException e) {
            return -1; // reported by messages_with_arguments_are_valid_message_formats
        }
    }

    /** String literals of the code that look like translation keys, comments left out. */
    private static SortedSet<String> keyLiterals(Path root) {
        SortedSet<String> keys = new TreeSet<>();
        for (Path file : javaFiles(root)) {
            Matcher literal = JAVA_LITERAL.matcher(withoutComments(read(file)));
            while (literal.find()) {
                if (literal.group(1) != null && KEY_LITERAL.matcher(literal.group(1)).matches()) {
                    keys.add(literal.group(1));
                }
            }
        }
        return keys;
    }

    /** The actions recorded in the audit trail: auditTrail.record(actor, "ACTION", ...). */
    private static SortedSet<String> auditActions(Path root) {
        Pattern record = Pattern.compile("\\.record\\(\\s*[^,;]+,\\s*\"([A-Z_]+)\"");
        SortedSet<String> actions = new TreeSet<>();
        for (Path file : javaFiles(root)) {
            Matcher matcher = record.matcher(withoutComments(read(file)));
            while (matcher.find()) {
                actions.add(matcher.group(1));
            }
        }
        return actions;
    }

    /** "file:line: code" for every literal text passed to a visible-text API in this file. */
    private static List<String> hardCodedTexts(Path file) {
        String code = withoutComments(read(file));
        Map<Integer, String> foundByPosition = new TreeMap<>();
        for (Pattern call : VISIBLE_TEXT_CALLS) {
            Matcher matcher = call.matcher(code);
            while (matcher.find()) {
                int line = (int) code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                foundByPosition.put(matcher.start(), file + ":" + line + ": " + matcher.group().replaceAll("\\s+", " "));
            }
        }
        return List.copyOf(foundByPosition.values());
    }

    private static Stream<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name);
    }

    private static List<Path> javaFiles(Path root) {
        assertThat(root).as("run from the project directory").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The source with its comments blanked out (newlines kept, so line numbers stay right): a
     * {@code new Span("x")} in a Javadoc is not code, and a key named in a comment is not used.
     */
    private static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            boolean comment = true;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? -1 : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                comment = false;
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? -1 : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                comment = false;
                end = endOfQuoted(source, i);
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            end = end < 0 ? source.length() : end;
            for (; i < end; i++) {
                char c = source.charAt(i);
                code.append(!comment || c == '\n' ? c : ' ');
            }
        }
        return code.toString();
    }

    /** Index just after the closing quote of the literal opened at {@code start}, escapes skipped. */
    private static int endOfQuoted(String source, int start) {
        char quote = source.charAt(start);
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return source.length();
    }
}
