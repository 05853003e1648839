package ma.cimr.teleservices.request;

/**
 * A step of a case that another feature works on its own screen (crediting a paid buy-back): the
 * request feature shows it on the case without knowing that feature, its request types or its routes.
 *
 * @param name     what the step is, stable across languages (screens and tests find it by this name)
 * @param labelKey the translation key of the link's text
 * @param route    where the step is worked, e.g. {@code backoffice/buy-back/R2026-000123}
 */
public record CaseStep(String name, String labelKey, String route) {
}
