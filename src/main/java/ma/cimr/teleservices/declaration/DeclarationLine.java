package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.Matricule;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One affiliate's line of a télédéclaration file, read and checked on its own: who (a matricule,
 * or a CIN and a name for a newcomer who has none yet), the salary subject to contribution, the
 * days worked, the entry and exit dates when they fall in the period, and the category's code.
 * The checks against the fund's data (is the matricule this company's?) come with the tables.
 */
public record DeclarationLine(long lineNumber, @Nullable Matricule matricule, @Nullable Cin cin,
                              @Nullable String name, Money salary, int days, @Nullable LocalDate entry,
                              @Nullable LocalDate exit, String category) {
}
