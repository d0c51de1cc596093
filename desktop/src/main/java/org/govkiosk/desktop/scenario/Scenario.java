package org.govkiosk.desktop.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A scripted citizen session: one step per line, {@code #} comments. A trailing {@code within 5s}
 * sets a step's timeout. The verbs are documented in docs/scenarios.md; unknown verbs fail at parse time,
 * before anything runs.
 */
public record Scenario(String name, List<Step> steps) {
    public static final Set<String> VERBS = Set.of("tap", "type", "expect-screen", "expect-text", "expect-no-text",
            "wait-for", "wait-gone", "device", "advance", "sleep", "screenshot", "expect-file", "end-session", "expect-accessible", "hold",
            "scroll", "expect-scroll", "expect-in-view", "check-layout");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public static Scenario load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Scenario parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf(" #");
            String line = (raw.startsWith("#") ? "" : hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) continue;
            List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            Duration timeout = DEFAULT_TIMEOUT;
            int n = words.size();
            if (n >= 3 && words.get(n - 2).equals("within")) {
                timeout = duration(i + 1, words.get(n - 1));
                words = words.subList(0, n - 2);
            }
            String verb = words.get(0);
            if (!VERBS.contains(verb)) {
                throw new ScenarioException(i + 1, "unknown step '" + verb + "' (known: " + String.join(", ", VERBS.stream().sorted().toList()) + ")");
            }
            steps.add(new Step(i + 1, verb, List.copyOf(words.subList(1, words.size())), timeout, line));
        }
        if (steps.isEmpty()) throw new ScenarioException(0, "the scenario has no steps");
        return new Scenario(name, List.copyOf(steps));
    }

    public static Duration duration(int line, String s) {
        String v = s.toLowerCase();
        try {
            if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            if (v.endsWith("s")) return Duration.ofMillis((long) (Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
            if (v.endsWith("m")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)) * 60);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioException(line, "'" + s + "' is not a duration (use 500ms, 2s, 1.5s or 3m)");
    }
}
