package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestType;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a new request, checked field by field in the user's language. Contact fields
 * appear only where the requester is not signed in (public page, or an agent entering a request).
 */
public class RequestForm extends FormLayout {

    /** Moroccan or international number, spaces allowed: 06 12 34 56 78, +33 6 12 34 56 78. */
    private static final String PHONE = "^\\+?[0-9 ]{9,20}$";

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Select<Channel> channel = new Select<>();
    private final boolean withContact;
    private final boolean withChannel;

    public RequestForm(List<RequestType> types, boolean withContact, boolean withChannel) {
        this.withContact = withContact;
        this.withChannel = withChannel;
        String required = getTranslation("validation.required");

        var type = new Select<RequestType>();
        type.setLabel(getTranslation("request.type"));
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.label(getLocale()));
        type.addClassName("request-type");
        binder.forField(type).asRequired(required).bind(d -> d.type, (d, v) -> d.type = v);
        add(type);

        if (withChannel) {
            channel.setLabel(getTranslation("request.channel"));
            channel.setItems(Channel.PHONE, Channel.POST, Channel.EMAIL, Channel.AGENCY);
            channel.setItemLabelGenerator(c -> getTranslation("request.channel." + c));
            binder.forField(channel).asRequired(required).bind(d -> d.channel, (d, v) -> d.channel = v);
            add(channel);
        }

        var subject = new TextField(getTranslation("request.subject"));
        binder.forField(subject).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", 200), 1, 200))
                .bind(d -> d.subject, (d, v) -> d.subject = v);
        var description = new TextArea(getTranslation("request.description"));
        binder.forField(description).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", 5000), 1, 5000))
                .bind(d -> d.description, (d, v) -> d.description = v);
        add(subject, description);
        setColspan(description, 2);

        var phone = new TextField(getTranslation("request.contactPhone"));
        phone.setHelperText(getTranslation("request.contactPhone.help"));
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || value.matches(PHONE), getTranslation("validation.phone"))
                .bind(d -> d.phone, (d, v) -> d.phone = v);
        if (withContact) {
            var name = new TextField(getTranslation("request.contactName"));
            binder.forField(name).asRequired(required).bind(d -> d.name, (d, v) -> d.name = v);
            var email = new EmailField(getTranslation("request.contactEmail"));
            binder.forField(email)
                    .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                    .withValidator((value, context) -> value.isBlank() && phone.getValue().isBlank()
                            ? com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("request.error.contactRequired"))
                            : com.vaadin.flow.data.binder.ValidationResult.ok())
                    .bind(d -> d.email, (d, v) -> d.email = v);
            add(name, email);
        }
        add(phone);
        binder.setBean(draft);
    }

    /** The request as typed, or empty while a field is wrong (each wrong field then says why). */
    public Optional<NewRequest> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new NewRequest(draft.type.code(), withChannel ? draft.channel : Channel.WEB,
                getLocale().getLanguage(), draft.subject, draft.description,
                withContact ? draft.name : null, withContact ? draft.email : null, draft.phone));
    }

    private static final class Draft {
        private RequestType type;
        private Channel channel;
        private String subject = "";
        private String description = "";
        private String name = "";
        private String email = "";
        private String phone = "";
    }
}
