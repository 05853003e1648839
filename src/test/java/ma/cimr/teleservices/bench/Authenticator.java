package ma.cimr.teleservices.bench;

import ma.cimr.teleservices.account.Totp;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The authenticator app of the benchmarks' simulated staff and delegates, one for every driver
 * ({@link SessionDriver}, {@link LoadUser}): it keeps the secret each login was shown at enrolment
 * and gives the code of the current 30 seconds. A code is good once per login (a replayed one
 * counts as a wrong password), so a second sign-in of the same login in the same 30 seconds waits
 * for the next code; and people sharing a login take turns through the whole sign-in, so that the
 * first enrols and the others are asked for a code, never enrolled twice. Thread-safe.
 */
final class Authenticator {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Long> lastStep = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> turns = new ConcurrentHashMap<>();

    /** The secret the enrolment page showed to this login. */
    void enrolled(String login, String secret) {
        secrets.put(login, secret.strip());
        lastStep.remove(login);
    }

    /** A code of a 30-second step this login has not used yet (waits for the next step if need be). */
    String codeNow(String login) throws InterruptedException {
        String secret = secrets.get(login);
        if (secret == null) {
            throw new IllegalStateException(login + " enrolled an authenticator outside this run");
        }
        ReentrantLock turn = turn(login);
        turn.lock();
        try {
            long step = Totp.step(Instant.now());
            while (step <= lastStep.getOrDefault(login, -1L)) {
                Thread.sleep(1_000);
                step = Totp.step(Instant.now());
            }
            lastStep.put(login, step);
            return Totp.code(Totp.fromBase32(secret), step);
        } finally {
            turn.unlock();
        }
    }

    /** Runs a whole sign-in of this login while no one else of the same login signs in. */
    <T> T inTurn(String login, Callable<T> signIn) throws Exception {
        ReentrantLock turn = turn(login);
        turn.lock();
        try {
            return signIn.call();
        } finally {
            turn.unlock();
        }
    }

    private ReentrantLock turn(String login) {
        return turns.computeIfAbsent(login, l -> new ReentrantLock());
    }
}
