package ma.cimr.teleservices.declaration.ui;

/** The télédéclaration's routes in one place, those of the other screens of issue 11 included (DD027). */
final class Paths {

    static final String HISTORY = "company/declarations";
    static final String NEW = "company/declarations/new";
    /** The upload page (the file path). */
    static final String FILE = "company/declarations/file";

    private Paths() {
    }

    static String declaration(long id) {
        return HISTORY + "/" + id;
    }

    static String editor(long id) {
        return HISTORY + "/" + id + "/edit";
    }

    static String cancellation(long id) {
        return HISTORY + "/" + id + "/cancellation";
    }

    static String recall(long id) {
        return HISTORY + "/" + id + "/recall";
    }
}
