package ma.cimr.teleservices.request;

import ma.cimr.teleservices.request.repository.RequestTypeRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The request types, read once: they change with a migration, not at run time. */
@Component
public class RequestTypes {

    private final List<RequestType> all;
    private final Map<String, RequestType> byCode;
    private final Map<String, List<RequiredDocument>> documents;

    RequestTypes(RequestTypeRepository repository) {
        this.all = List.copyOf(repository.findAll());
        this.documents = Map.copyOf(repository.findDocuments());
        this.byCode = all.stream().collect(Collectors.toMap(RequestType::code, Function.identity()));
    }

    public RequestType get(String code) {
        RequestType type = byCode.get(code);
        if (type == null) {
            throw new IllegalArgumentException("unknown request type " + code);
        }
        return type;
    }

    public List<RequestType> of(Population population) {
        return all.stream().filter(type -> type.population() == population).toList();
    }

    /** What to provide with a request of this kind, shown before it is filed; empty: nothing. */
    public List<RequiredDocument> documentsFor(RequestType type) {
        return documents.getOrDefault(type.code(), List.of());
    }

    public List<RequestType> all() {
        return all;
    }
}
