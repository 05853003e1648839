package ma.cimr.floor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.stream.IntStream;

/** The minimal application's one page: a heading and a grid of 20 rows given as a list. */
public class GridPage extends VerticalLayout {

    record Row(int number, String label) {
    }

    public GridPage() {
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::number).setHeader("#");
        grid.addColumn(Row::label).setHeader("label");
        grid.setItems(IntStream.rangeClosed(1, 20).mapToObj(i -> new Row(i, "row " + i)).toList());
        add(new H1("floor"), grid);
    }
}
