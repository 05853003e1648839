package ma.cimr.teleservices.account;

/** A question and its answer as typed; the answer is only ever stored hashed. */
public record SecretQuestion(String question, String answer) {
}
