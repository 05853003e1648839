package ma.cimr.teleservices.delegate;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What a télédéclaration login may do: declare for the company's own staff (internal) or as its
 * accounting firm (external, named), by file or by form, for these categories of staff (codes).
 */
public record DeclarationSettings(boolean external, @Nullable String firmName, DeclarationMode mode,
                                  List<String> categoryCodes) {

    public DeclarationSettings {
        categoryCodes = List.copyOf(categoryCodes);
    }
}
