package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.bank.repository.BankRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.time.Clock;
import java.time.Duration;

/**
 * The bank the portal talks to, named by {@code portal.bank.adapter}. Only the sandbox exists
 * today; a real bank's adapter is one more case here (DD032). The sandbox moves no money, so the
 * production profile refuses to start with it.
 */
@Configuration(proxyBeanMethods = false)
class BankConfiguration {

    @Bean
    SandboxBank bank(@Value("${portal.bank.adapter:sandbox}") String adapter,
                     @Value("${portal.bank.sandbox.answer-delay:0s}") Duration answerDelay,
                     BankRepository messages, BankAnswers answers, Clock clock, Environment environment) {
        if (!"sandbox".equals(adapter)) {
            throw new IllegalStateException("portal.bank.adapter=" + adapter + " is not a bank this portal knows; "
                    + "the only one is sandbox");
        }
        if (environment.acceptsProfiles(Profiles.of("production"))) {
            throw new IllegalStateException("portal.bank.adapter=sandbox moves no money and is for development only;"
                    + " the production profile needs a real bank's adapter");
        }
        return new SandboxBank(messages, answers, clock, answerDelay);
    }
}
