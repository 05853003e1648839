package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.DuePeriod;

import java.util.List;

/**
 * What the upload screen offers a declarant: the due periods they may send a file for (the
 * company's periodicity, the current one first) and the categories they may declare, as
 * {@code CODE — label}.
 */
public record UploadSetting(List<DuePeriod> periods, List<String> categories) {

    public UploadSetting {
        periods = List.copyOf(periods);
        categories = List.copyOf(categories);
    }
}
