package ma.cimr.teleservices.delegate;

/** Another user administrator of the company: a different person with their own login. */
public record NewAdministrator(String login, String displayName, String email) {
}
