package ma.cimr.teleservices.help;

/**
 * The short guides of the help section, one per téléservice, in the order the page shows them.
 * Each is a Markdown file per language, {@code help/guides/<file>_<language>.md}, content the fund
 * edits without touching the code (DD042).
 */
public enum Guide {
    SUBSCRIPTION("subscription"),
    DECLARATION_FILE("declaration-file"),
    PAYMENT("payment"),
    LIQUIDATION("liquidation"),
    SIMULATOR("simulator"),
    RETIREE_SPACE("retiree-space");

    private final String file;

    Guide(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }
}
