package org.govkiosk.catalog;

import java.util.List;
import org.govkiosk.config.ConfigException;

/** The catalog file is broken. Lists every problem, each naming the item and the field, so one fix round suffices. */
public class CatalogException extends ConfigException {
    private final List<String> problems;

    public CatalogException(String source, List<String> problems) {
        super("catalog " + source + " has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
