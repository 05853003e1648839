package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bounds a file is read within: they keep one upload from taking the server's memory or time,
 * and the salary ceiling catches a salary typed in centimes or with a slipped decimal. Settings,
 * not constants ({@code portal.declaration-file.*}), so a test can shrink them; {@link #DEFAULT} is the
 * documented set, which application.properties repeats.
 */
@ConfigurationProperties("portal.declaration-file")
public record DeclarationFileLimits(long maxBytes, long maxLines, int maxProblems, Money monthlySalaryCeiling,
                                    int maxLineLength) {

    public static final DeclarationFileLimits DEFAULT = new DeclarationFileLimits(
            20L * 1024 * 1024, 100_000, 1_000, Money.of("1000000"), 2_000);
}
