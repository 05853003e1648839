package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.Component;

import java.time.LocalDate;

/**
 * A part of the charter dashboard that another feature measures (the surveys and the suggestion
 * box, DD042): the dashboard shows each such bean's section under its own figures, for the period
 * the reader chose, without knowing the feature (the dependency runs from the feature to
 * {@code shared}, as for the home page's cards). Ordered by {@code @Order}.
 */
public interface DashboardSection {

    /** The section for the days from {@code from} to {@code to}, both included: a new component each time. */
    Component section(LocalDate from, LocalDate to);
}
