package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.declaration.repository.ProcessingRepository;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The posting of a declaration into the affiliates' contributions, and the answers to its requests,
 * shared by processing, an accepted recall and an accepted cancellation: always inside the caller's
 * transaction, on a declaration the caller locked (DD028).
 */
@Component
class DeclarationPosting {

    private final ProcessingRepository declarations;
    private final RequestDesk desk;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    DeclarationPosting(ProcessingRepository declarations, RequestDesk desk, AuditTrail auditTrail, CurrentUser currentUser,
                       PortalI18NProvider i18n, Clock clock) {
        this.declarations = declarations;
        this.desk = desk;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The posting itself, for a declaration locked by the caller's transaction (a recall accepted, too). */
    DeclarationProcessing.Processed post(DeclarationToProcess declaration, Map<String, LocalDate> birthDates, String answerKey) {
        if (!declaration.awaitsProcessing()) {
            throw new Refusal(declaration.status() == DeclarationStatus.PROCESSED
                    ? "declaration.processing.error.alreadyProcessed" : "declaration.processing.error.notFiled");
        }
        long id = declaration.id();
        List<String> twice = declarations.newcomersDeclaredTwice(id);
        if (!twice.isEmpty()) {
            throw new Refusal("declaration.processing.error.newcomerDeclaredTwice", String.join(", ", twice));
        }
        int linked = declarations.linkNewcomersByCin(id);
        List<Newcomer> unknown = declarations.newcomers(id);
        List<String> missing = unknown.stream().map(Newcomer::cin).filter(cin -> birthDates.get(cin) == null).toList();
        if (!missing.isEmpty()) {
            throw new Refusal("declaration.processing.error.birthDateMissing", String.join(", ", missing));
        }
        List<String> matricules = new ArrayList<>();
        for (Newcomer newcomer : unknown) {
            LocalDate birthDate = birthDates.get(newcomer.cin());
            if (birthDate == null) {
                throw new Refusal("declaration.processing.error.birthDateMissing", newcomer.cin());
            }
            if (birthDate.isAfter(today().minusYears(15)) || birthDate.isBefore(today().minusYears(80))) {
                throw new Refusal("declaration.processing.error.birthDate", newcomer.cin());
            }
            String[] name = splitName(newcomer.fullName());
            matricules.add(declarations.immatriculate(id, newcomer.cin(), name[0], name[1], birthDate));
        }
        ProcessingRepository.AffiliationChanges affiliations = declarations.applyEntriesAndExits(id);
        Instant now = clock.instant();
        int posted = declarations.post(id, now);
        PortalUser me = currentUser.require();
        declarations.markProcessed(id, me.accountId().value(), now);
        auditTrail.record(me.login(), "DECLARATION_PROCESSED", target(declaration),
                declaration.lineCount() + " lines, " + posted + " months posted, " + linked + " linked by CIN, "
                        + matricules.size() + " immatriculated " + matricules + ", affiliations +" + affiliations.opened()
                        + " / closed " + affiliations.closed(), null);
        answer(declaration.requestId(), declaration, answerKey);
        return new DeclarationProcessing.Processed(posted, linked, matricules, affiliations.opened(), affiliations.closed());
    }

    /**
     * A request about the declaration (its own, or a cancellation's) answered in the language it
     * was filed in, if still open: the period, category, lines and amount, then {@code extra}.
     */
    void answer(@Nullable Long requestId, DeclarationToProcess declaration, String key, Object... extra) {
        if (requestId == null) {
            return;
        }
        declarations.openRequestReference(requestId).ifPresent(reference -> {
            Locale locale = PortalI18NProvider.supported(Locale.forLanguageTag(desk.detail(reference).language()));
            Object[] arguments = new Object[4 + extra.length];
            arguments[0] = declaration.duePeriod().toString();
            arguments[1] = declaration.categoryCode();
            arguments[2] = declaration.lineCount();
            arguments[3] = Formats.amount(declaration.totalEmployee().add(declaration.totalEmployer()), locale);
            System.arraycopy(extra, 0, arguments, 4, extra.length);
            desk.answer(reference, i18n.getTranslation(key, locale, arguments));
        });
    }

    DeclarationToProcess locked(long declarationId) {
        return declarations.lock(declarationId).orElseThrow(() -> new Refusal("declaration.processing.error.notFound"));
    }

    static String target(DeclarationToProcess declaration) {
        return "declaration " + declaration.id() + " " + declaration.adherentNumber() + " " + declaration.duePeriod() + " "
                + declaration.categoryCode() + " " + declaration.kind();
    }

    /** The name as declared, family name first (as the CNIE and the fund's forms print it). */
    static String[] splitName(String fullName) {
        String name = fullName.trim().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        return space < 0 ? new String[]{name, name} : new String[]{name.substring(0, space), name.substring(space + 1)};
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
