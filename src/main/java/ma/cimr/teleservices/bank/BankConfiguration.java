package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.bank.repository.BankRepository;
import org.slf4j.LoggerFactory;
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
 * production profile refuses to start with it, unless {@code portal.bank.sandbox-in-production=true}:
 * that switch exists only for rehearsing operations with the production jar and profile on a
 * machine of its own ({@code src/ops/two-instances.sh}, DD038), as long as no real bank's adapter
 * exists; a fund's server never sets it.
 */
@Configuration(proxyBeanMethods = false)
class BankConfiguration {

    @Bean
    SandboxBank bank(@Value("${portal.bank.adapter:sandbox}") String adapter,
                     @Value("${portal.bank.sandbox.answer-delay:0s}") Duration answerDelay,
                     @Value("${portal.bank.sandbox-in-production:false}") boolean sandboxInProduction,
                     BankRepository messages, BankAnswers answers, IncomingCredits credits, Clock clock,
                     Environment environment) {
        if (!"sandbox".equals(adapter)) {
            throw new IllegalStateException("portal.bank.adapter=" + adapter + " is not a bank this portal knows; "
                    + "the only one is sandbox");
        }
        if (environment.acceptsProfiles(Profiles.of("production")) && !sandboxInProduction) {
            throw new IllegalStateException("portal.bank.adapter=sandbox moves no money and is for development only;"
                    + " the production profile needs a real bank's adapter");
        }
        if (sandboxInProduction) {
            LoggerFactory.getLogger(BankConfiguration.class).warn("portal.bank.sandbox-in-production=true: the sandbox"
                    + " bank moves no money; this is an operations rehearsal, not a fund's server");
        }
        return new SandboxBank(messages, answers, credits, clock, answerDelay);
    }
}
