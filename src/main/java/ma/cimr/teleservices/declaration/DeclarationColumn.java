package ma.cimr.teleservices.declaration;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a télédéclaration file (src/docs/declaration-file-format.md), in the template's
 * order. The header names them; it is read by name, ignoring case, accents, spaces and hyphens,
 * because a spreadsheet's user types "Date d'entrée" as readily as "date_entree".
 */
public enum DeclarationColumn {
    MATRICULE("matricule"),
    CIN("cin"),
    NOM("nom"),
    SALAIRE("salaire"),
    JOURS("jours"),
    DATE_ENTREE("date_entree"),
    DATE_SORTIE("date_sortie"),
    CATEGORIE("categorie");

    /** Each column's name in the user's language: {@code declaration.file.column.<NAME>}. */
    public static final String KEY_PREFIX = "declaration.file.column.";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern GAPS = Pattern.compile("[\\s\\-'’_]+");
    /** "date d'entrée", "date de sortie": the little words French puts between the two. */
    private static final Pattern LINKS = Pattern.compile("_(d|de|du)_");

    private final String header;

    DeclarationColumn(String header) {
        this.header = header;
    }

    /** The name the template's header gives it. */
    public String header() {
        return header;
    }

    /** The column a header cell names, whatever its case and accents ("Date d'Entrée" is DATE_ENTREE). */
    public static Optional<DeclarationColumn> named(String cell) {
        String folded = fold(cell);
        for (DeclarationColumn column : values()) {
            if (column.header.replace("_", "").equals(folded.replace("_", ""))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String fold(String cell) {
        String plain = MARKS.matcher(Normalizer.normalize(cell.strip(), Normalizer.Form.NFD)).replaceAll("");
        String words = GAPS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
        return LINKS.matcher(words).replaceAll("_");
    }
}
