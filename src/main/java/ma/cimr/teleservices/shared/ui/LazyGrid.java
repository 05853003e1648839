package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasTheme;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only table of text that the server keeps nothing of but how to read it again (issue 15,
 * DD048). Vaadin's {@code Grid} keeps, per session, a component for each column (its state node,
 * six synchronised properties, a renderer and a data generator: 4.7 KB a column whatever its rows)
 * and the rows it has sent; a statement of nine columns held 54 KB. This one is the same
 * {@code vaadin-grid} web component, its columns made in the browser with a path and a header, its
 * rows asked for a page at a time ({@link #rows}) and read again from the service each time; the
 * row's details (a sentence, shown when the row is activated) travel with the row. On a phone the
 * columns not needed to recognise a row are hidden and the others share the width, as
 * {@link PhoneColumns} does for a {@code Grid}. The script is a plain resource run with
 * {@code executeJs}, as the passkeys' is (the portal has no frontend build).
 */
@Tag("vaadin-grid")
@NpmPackage(value = "@vaadin/grid", version = "25.2.3")
@JsModule("@vaadin/grid/src/vaadin-grid.js")
@JsModule("@vaadin/grid/src/vaadin-grid-column.js")
@JsModule("@vaadin/button/src/vaadin-button.js")
@JsModule("@vaadin/tooltip/src/vaadin-tooltip.js")
public final class LazyGrid<T> extends Component implements HasStyle, HasTheme {

    private static final String SCRIPT = BrowserScript.load(LazyGrid.class, "lazy-grid.js");
    /** The most rows one request may ask for: the web component asks for pages of 50. */
    private static final int MOST_ROWS = 500;

    /** Reads rows {@code offset} to {@code offset + limit} (fewer at the end) from where they are kept. */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> read(int offset, int limit);
    }

    /** A column: its header, the text of its cell in a row, its layout. */
    public static final class Column<T> implements Serializable {

        private final String header;
        private final SerializableFunction<T, String> text;
        /** For a column of buttons: the buttons' class, and what a click on one does with its row. */
        private @Nullable String buttonClass;
        private @Nullable SerializableConsumer<T> onClick;
        /** For a column of badges: the theme of a row's badge ("success", "warning", "error"). */
        private @Nullable SerializableFunction<T, String> badgeTone;
        private boolean tooltip;
        private boolean autoWidth;
        private @Nullable String width;
        private int flexGrow = 1;
        private boolean frozenToEnd;
        private boolean ownDirection;
        private boolean alignedToEnd;
        private boolean keptOnPhone;

        private Column(String header, SerializableFunction<T, String> text) {
            this.header = header;
            this.text = text;
        }

        /** As wide as its widest cell, as {@code Grid.Column.setAutoWidth(true)}. */
        public Column<T> setAutoWidth(boolean autoWidth) {
            this.autoWidth = autoWidth;
            return this;
        }

        /** As {@code Grid.Column.setWidth}. */
        public Column<T> setWidth(String width) {
            this.width = width;
            return this;
        }

        /** As {@code Grid.Column.setFlexGrow}: 0 keeps the column at its width. */
        public Column<T> setFlexGrow(int flexGrow) {
            this.flexGrow = flexGrow;
            return this;
        }

        /** Stays in view at the end when the table scrolls sideways, as {@code Grid.Column.setFrozenToEnd}. */
        public Column<T> setFrozenToEnd(boolean frozenToEnd) {
            this.frozenToEnd = frozenToEnd;
            return this;
        }

        /**
         * Text people wrote, in its own direction (as {@link Bidi#text}): a Latin name ending with a
         * bracket keeps it at its end in an Arabic page.
         */
        public Column<T> inOwnDirection() {
            this.ownDirection = true;
            return this;
        }

        /** The cell's text also as its tooltip, for texts a narrow column may cut. */
        public Column<T> withTooltip() {
            this.tooltip = true;
            return this;
        }

        /** Figures aligned on their end, as {@code setTextAlign(ColumnTextAlign.END)}. */
        public Column<T> alignToEnd() {
            this.alignedToEnd = true;
            return this;
        }
    }

    private int size;
    private final Rows<T> rows;
    private final List<Column<T>> columns = new ArrayList<>();
    private @Nullable SerializableFunction<T, String> details;
    private @Nullable SerializableConsumer<T> onSelect;
    private @Nullable SerializableConsumer<T> onRowClick;
    private int selected = -1;
    private String emptyStateText = "";

    /** {@code size} rows, read on demand from {@code rows}. */
    public LazyGrid(int size, Rows<T> rows) {
        this.size = size;
        this.rows = rows;
        getElement().setProperty("allRowsVisible", true);
    }

    public Column<T> addColumn(String header, SerializableFunction<T, String> text) {
        var column = new Column<>(header, text);
        columns.add(column);
        return column;
    }

    /**
     * A column of tertiary buttons saying {@code text}, one a row, drawn in the browser (no
     * component a row in the session); a click gives {@code onClick} the row, read again.
     */
    public Column<T> addButtonColumn(String header, String text, String buttonClass, SerializableConsumer<T> onClick) {
        var column = new Column<T>(header, row -> text);
        column.buttonClass = buttonClass;
        column.onClick = onClick;
        columns.add(column);
        return column;
    }

    /**
     * A column of badges ({@code span theme="badge tone"}) drawn in the browser: {@code label} a
     * row's text (none when empty), {@code tone} its Lumo badge theme.
     */
    public Column<T> addBadgeColumn(String header, SerializableFunction<T, String> label, SerializableFunction<T, String> tone) {
        var column = new Column<>(header, label);
        column.badgeTone = tone;
        columns.add(column);
        return column;
    }

    /** A click on a row (or Enter on it) gives {@code onRowClick} the row, read again. */
    public void setRowClickListener(SerializableConsumer<T> onRowClick) {
        this.onRowClick = onRowClick;
    }

    /** What the table says when it has no row. */
    public void setEmptyStateText(String text) {
        this.emptyStateText = text;
    }

    /** On a phone only these columns stay, sharing the width (the others come back on a wider screen). */
    @SafeVarargs
    public final void keepOnPhone(Column<T>... essential) {
        for (Column<T> column : essential) {
            column.keptOnPhone = true;
        }
        // as PhoneColumns: a phone's narrow columns wrap their words rather than cut them
        getThemeNames().add("wrap-cell-content");
    }

    /** A sentence under a row, shown and hidden when the row is clicked (or activated from the keyboard). */
    public void setDetails(SerializableFunction<T, String> details) {
        this.details = details;
    }

    /**
     * One row selected at a time, by a click (or from the keyboard), as a {@code Grid} in single
     * selection: {@code onSelect} gets the row, read again. Clicking the selected row unselects it.
     */
    public void setSelectionListener(SerializableConsumer<T> onSelect) {
        this.onSelect = onSelect;
    }

    /** Selects the row at {@code index}, as a click on it would (the listener is called). */
    public void select(int index) {
        selected = index;
        if (onSelect != null) {
            onSelect.accept(row(index));
        }
        getElement().executeJs("this.selectedItems = [{key: $0}]", String.valueOf(index));
    }

    /** The rows have changed (there are {@code size} now): the browser asks for them again. */
    public void refresh(int size) {
        this.size = size;
        selected = -1;
        getElement().executeJs("this.__lazyRefresh && this.__lazyRefresh($0, $1)", size, size == 0 ? emptyStateText : "");
    }

    /** Text as {@code Grid}'s wrap-cell-content: long texts wrap rather than being cut. */
    public void wrapCellContent() {
        getThemeNames().add("wrap-cell-content");
    }

    /** How many rows the table has. */
    public int size() {
        return size;
    }

    /** The row at {@code index}, read again. */
    public T row(int index) {
        return rows.read(index, 1).getFirst();
    }

    /** The text the browser is sent for a cell. */
    public String cellText(int row, int column) {
        return rows(row, 1).get(0).get("c" + column).asString();
    }

    /** A column's header. */
    public String headerText(int column) {
        return columns.get(column).header;
    }

    /** The sentence the browser is sent for a row's details. */
    public String detailsText(int row) {
        return rows(row, 1).get(0).get("details").asString();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ArrayNode definitions = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            definitions.addObject().put("path", "c" + i).put("header", column.header)
                    .put("autoWidth", column.autoWidth).put("textAlign", column.alignedToEnd ? "end" : "start")
                    .put("keptOnPhone", column.keptOnPhone).put("buttonClass", column.buttonClass)
                    .put("width", column.width).put("flexGrow", column.flexGrow).put("frozenToEnd", column.frozenToEnd)
                    .put("ownDirection", column.ownDirection).put("badge", column.badgeTone != null)
                    .put("tooltip", column.tooltip);
        }
        getElement().executeJs(SCRIPT, definitions, size, details != null, PhoneColumns.PHONE_WIDTH, onSelect != null,
                selected < 0 ? "" : String.valueOf(selected), size == 0 ? emptyStateText : "", onRowClick != null);
    }

    /**
     * The browser has the rows it asked for. Vaadin keeps each UI's last response, to send it again
     * should it be lost: a page of rows would stay in the session until the next round trip (14 KB
     * for a statement), this one's answer is a few bytes.
     */
    @ClientCallable
    void received() {
        // nothing to do: the round trip itself replaces the response kept
    }

    /** A click on a row ({@code column} -1) or on a row's button in column {@code column}. */
    @ClientCallable
    void clicked(int index, int column) {
        if (index < 0 || index >= size || column >= columns.size()) {
            return;
        }
        if (column < 0) {
            if (onRowClick != null) {
                onRowClick.accept(row(index));
            }
            return;
        }
        SerializableConsumer<T> onClick = columns.get(column).onClick;
        if (onClick != null) {
            onClick.accept(row(index));
        }
    }

    /** A click on a row: it is selected (or unselected, when it was). */
    @ClientCallable
    void selected(int index, boolean isSelected) {
        if (index < 0 || index >= size) {
            return;
        }
        selected = isSelected ? index : -1;
        if (isSelected && onSelect != null) {
            onSelect.accept(row(index));
        }
    }

    /**
     * A page of rows for the browser, as text (a key, a cell per column, the details): what it
     * shows is made here, from the rows read again, and kept only until it is sent.
     */
    @ClientCallable
    ArrayNode rows(int offset, int limit) {
        ArrayNode page = JsonNodeFactory.instance.arrayNode();
        if (offset < 0 || limit <= 0 || offset >= size) {
            return page;
        }
        List<T> read = rows.read(offset, Math.min(Math.min(limit, MOST_ROWS), size - offset));
        for (int r = 0; r < read.size(); r++) {
            T row = read.get(r);
            ObjectNode item = page.addObject().put("key", String.valueOf(offset + r));
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                item.put("c" + c, column.text.apply(row));
                if (column.badgeTone != null) {
                    item.put("c" + c + "tone", column.badgeTone.apply(row));
                }
            }
            if (details != null) {
                item.put("details", details.apply(row));
            }
        }
        return page;
    }

    /** Rows {@code offset} to {@code offset + limit} of a list read whole (fewer at its end). */
    public static <T> List<T> window(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }
}
