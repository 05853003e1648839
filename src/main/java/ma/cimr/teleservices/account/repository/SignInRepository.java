package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.account.SignIn;
import ma.cimr.teleservices.account.SignInOrigin;

import java.time.Instant;
import java.util.List;

/** The append-only log of successful sign-ins (V42): written, read by its owner, never changed. */
public interface SignInRepository {

    void append(long accountId, Instant at, SignInOrigin origin);

    List<SignIn> ofAccount(long accountId);

    int countOfAccount(long accountId);
}
