package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;

/** Label and value pairs, such as an identity card: "Matricule: 10000001". */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("facts");
    }

    public Facts add(String label, String value) {
        add(new Term(label), new Description(value == null || value.isBlank() ? "—" : value));
        return this;
    }
}
