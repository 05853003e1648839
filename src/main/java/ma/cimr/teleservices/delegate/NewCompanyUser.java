package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.account.SecretQuestion;
import ma.cimr.teleservices.security.Teleservice;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A login the delegate creates for one téléservice. For E@sypaiement, whether it orders and/or
 * validates payments; for télédéclaration, its settings. The secret questions (2 or 3) let its
 * user recover the access on their own.
 */
public record NewCompanyUser(String login, String displayName, String email, Teleservice teleservice,
                             boolean paymentOrderer, boolean paymentValidator,
                             @Nullable DeclarationSettings declaration, List<SecretQuestion> secretQuestions) {

    public NewCompanyUser {
        secretQuestions = List.copyOf(secretQuestions);
    }
}
