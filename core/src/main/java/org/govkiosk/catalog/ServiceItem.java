package org.govkiosk.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One livelihood item (民生事项), as loaded from the catalog data file. */
public record ServiceItem(String code, Localized name, Localized description, String categoryCode,
                          Department department, AssuranceRule assurance, Set<ItemOutput> outputs,
                          List<ResultField> resultFields, List<String> keywords, boolean enabled) {
    public ServiceItem {
        outputs = Set.copyOf(outputs);
        resultFields = List.copyOf(resultFields);
        keywords = List.copyOf(keywords);
    }

    public boolean produces(ItemOutput output) {
        return outputs.contains(output);
    }

    public Optional<ResultField> field(String key) {
        return resultFields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
