package org.govkiosk.desktop.scenario;

import java.time.Duration;
import java.util.List;

/**
 * One line of a scenario file: a verb, its arguments and an optional timeout. See docs/scenarios.md.
 *
 * @param line the line number in the file, for error messages
 */
public record Step(int line, String verb, List<String> args, Duration timeout, String text) {
    public String arg(int i) {
        if (i >= args.size()) throw new ScenarioException(line, "'" + verb + "' needs at least " + (i + 1) + " argument(s)");
        return args.get(i);
    }

    /** All arguments from {@code i} on, joined by spaces (texts may contain spaces). */
    public String rest(int i) {
        arg(i);
        return String.join(" ", args.subList(i, args.size()));
    }
}
