package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A grid on a phone: eight columns squeezed into 360 px, or a table that scrolls sideways, is
 * unreadable with a thumb. Below {@link #PHONE_WIDTH} only the columns a person needs to recognise
 * a row and act on it stay, sharing the width and wrapping their text; the others come back on a
 * wider screen, and the row's own page (or the space's detail view) always shows everything.
 * The browser's width is known from the first page load (Vaadin asks for it at bootstrap) and
 * followed when the window turns or resizes.
 */
public final class PhoneColumns<T> {

    /** Below this many CSS pixels a screen is a phone (portrait or landscape). */
    public static final int PHONE_WIDTH = 600;

    private final Grid<T> grid;
    private final Set<Grid.Column<T>> essential;
    private final List<Layout<T>> wide = new ArrayList<>();
    private boolean phone;

    private PhoneColumns(Grid<T> grid, Set<Grid.Column<T>> essential) {
        this.grid = grid;
        this.essential = essential;
    }

    /** Keeps only {@code essential} on a phone; call it once the grid has all its columns. */
    @SafeVarargs
    public static <T> void keepOnPhone(Grid<T> grid, Grid.Column<T>... essential) {
        PhoneColumns<T> columns = new PhoneColumns<>(grid, Set.of(essential));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            if (details != null) {
                columns.fit(details.getWindowInnerWidth());
            } else {
                // not arrived yet from the browser: it follows in a moment
                ui.getPage().retrieveExtendedClientDetails(arrived -> columns.fit(arrived.getWindowInnerWidth()));
            }
            Registration resize = ui.getPage().addBrowserWindowResizeListener(event -> columns.fit(event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** A width of 0 or less means the browser has not said (a test without one): the wide layout. */
    private void fit(int width) {
        boolean nowPhone = width > 0 && width < PHONE_WIDTH;
        if (nowPhone == phone) {
            return;
        }
        phone = nowPhone;
        if (phone) {
            wide.clear();
            for (Grid.Column<T> column : grid.getColumns()) {
                wide.add(new Layout<>(column, column.isVisible(), column.isAutoWidth(), column.getWidth(), column.getFlexGrow()));
                if (essential.contains(column)) {
                    // equal shares of the screen, the text wrapping inside them
                    column.setAutoWidth(false);
                    column.setWidth("0");
                    column.setFlexGrow(1);
                } else {
                    column.setVisible(false);
                }
            }
        } else {
            wide.forEach(Layout::restore);
            wide.clear();
        }
    }

    /** How a column looked on a wide screen, to give it back. */
    private record Layout<T>(Grid.Column<T> column, boolean visible, boolean autoWidth, String width, int flexGrow) {

        void restore() {
            column.setVisible(visible);
            column.setWidth(width);
            column.setFlexGrow(flexGrow);
            column.setAutoWidth(autoWidth);
        }
    }
}
