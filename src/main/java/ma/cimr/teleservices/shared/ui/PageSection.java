package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;

/** A titled block of a page; pages are made of these so they read the same everywhere. */
public final class PageSection extends com.vaadin.flow.component.html.Section {

    public PageSection(String title, Component... content) {
        addClassName("page-section");
        add(new H2(title));
        add(content);
    }
}
