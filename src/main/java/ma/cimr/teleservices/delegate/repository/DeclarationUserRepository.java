package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.DeclarationSettings;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What is the console's own about a login: the télédéclaration settings of the company's
 * declaration logins. The logins themselves belong to the account feature (DD020); every query
 * here takes the company.
 */
public interface DeclarationUserRepository {

    /** The settings of those of these accounts that have some, by account id; accounts of other companies are left out. */
    Map<Long, DeclarationSettings> settingsOf(long companyId, Collection<Long> accountIds);

    /** Replaces the settings of a télédéclaration login; category ids are the company's. */
    void saveDeclarationSettings(long companyId, long accountId, boolean external, @Nullable String firmName,
                                 DeclarationMode mode, List<Long> categoryIds);

    /** The ids of the company's ACTIVE categories among these codes, by code. */
    Map<String, Long> activeCategoryIds(long companyId, List<String> codes);
}
