package ma.cimr.teleservices.account;

import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_SECRET_ANSWER;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secret answers are kept hashed and recognised however the person types them. */
@PortalTest
class SecretAnswersTest {

    @Autowired
    SecretAnswers secretAnswers;
    @Autowired
    DSLContext dsl;

    @Test
    void caseAccentsArabicDiacriticsAndSpacingDoNotCount() {
        assertThat(SecretAnswers.normalise("  Fès ")).isEqualTo(SecretAnswers.normalise("FES"));
        assertThat(SecretAnswers.normalise("Ben Ali")).isEqualTo(SecretAnswers.normalise("benali"));
        assertThat(SecretAnswers.normalise("Aït-Ourir")).isEqualTo(SecretAnswers.normalise("ait ourir"));
        assertThat(SecretAnswers.normalise("أحمد")).isEqualTo(SecretAnswers.normalise("احمد"));
        assertThat(SecretAnswers.normalise("فاطِمَة")).isEqualTo(SecretAnswers.normalise("فاطمه"));
        assertThat(SecretAnswers.normalise("مصطفى")).isEqualTo(SecretAnswers.normalise("مصطفي"));
        assertThat(SecretAnswers.normalise("Fès")).isNotEqualTo(SecretAnswers.normalise("Fez"));
    }

    @Test
    void theDemoAnswersMatchAsTypedDifferentlyAndWrongOnesDoNot() {
        long account = accountId("atlas.compte");
        assertThat(secretAnswers.questionsOf(account))
                .containsExactly("Nom de jeune fille de votre mère ?", "Ville de naissance ?");
        assertThat(secretAnswers.allMatch(account, List.of("ALAOUI", "fès"))).isTrue();
        assertThat(secretAnswers.allMatch(account, List.of("alaoui", "Rabat"))).isFalse();
        assertThat(secretAnswers.allMatch(account, List.of("Fès", "Alaoui"))).as("in order").isFalse();
        assertThat(secretAnswers.allMatch(account, List.of("alaoui"))).as("all of them").isFalse();
        assertThat(secretAnswers.allMatch(accountId("agent1"), List.of())).as("no questions, no match").isFalse();
    }

    @Test
    void replacingKeepsOnlyHashesAndRefusesWeakSets() {
        long account = accountId("maghreb.liquidation");
        try {
            secretAnswers.replace(account, List.of(new SecretQuestion("Nom de votre premier instituteur ?", "M. Lahlou"),
                    new SecretQuestion("Marque de votre première voiture ?", "Renault 4")));
            var stored = dsl.selectFrom(ACCOUNT_SECRET_ANSWER).where(ACCOUNT_SECRET_ANSWER.ACCOUNT_ID.eq(account)).fetch();
            assertThat(stored).hasSize(2).allSatisfy(row -> assertThat(row.getAnswerHash()).startsWith("{argon2}$argon2id$"))
                    .noneSatisfy(row -> assertThat(row.getAnswerHash()).containsIgnoringCase("lahlou"));
            assertThat(secretAnswers.allMatch(account, List.of("m lahlou", "RENAULT4"))).isTrue();

            assertThatThrownBy(() -> secretAnswers.replace(account, List.of(new SecretQuestion("Ville de naissance ?", "Fès"))))
                    .hasMessage("secret.error.count");
            assertThatThrownBy(() -> secretAnswers.replace(account, List.of(new SecretQuestion("Ville de naissance ?", "Fès"),
                    new SecretQuestion("ville de naissance", "Rabat")))).hasMessage("secret.error.sameQuestion");
            assertThatThrownBy(() -> secretAnswers.replace(account, List.of(new SecretQuestion("Ville de naissance ?", "Fès"),
                    new SecretQuestion("Quartier d'enfance ?", " - ")))).hasMessage("secret.error.answer");
            assertThat(secretAnswers.allMatch(account, List.of("m lahlou", "RENAULT4"))).as("a refused set changes nothing").isTrue();
        } finally {
            dsl.deleteFrom(ACCOUNT_SECRET_ANSWER).where(ACCOUNT_SECRET_ANSWER.ACCOUNT_ID.eq(account)).execute();
        }
    }

    private long accountId(String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login)).fetchSingle().value1();
    }
}
