package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The element names scenarios and docs use are the ones the screens declare in {@link Elements}. */
class ElementsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyNameTheScenarioFilesTapOrWaitForIsDeclared() throws IOException {
        Pattern step = Pattern.compile("^\\s*(tap|wait-for|wait-gone)\\s+(\\S+)", Pattern.MULTILINE);
        Set<String> unknown = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(ROOT.resolve("scenarios"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".scenario"))::iterator) {
                Matcher m = step.matcher(Files.readString(f));
                while (m.find()) {
                    seen++;
                    if (!Elements.isKnown(m.group(2))) unknown.add(f.getFileName() + ": " + m.group(2));
                }
            }
        }
        assertTrue(seen > 20, "found only " + seen + " tap/wait-for steps");
        assertEquals(Set.of(), unknown, "scenario steps name elements no screen declares");
    }

    @Test
    void theNamesListedInTheScenarioDocsAreDeclared() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/scenarios.md"));
        int at = doc.indexOf("has a stable name:", doc.indexOf("### Element names"));
        assertTrue(at >= 0, "docs/scenarios.md lost its element-name list");
        String section = doc.substring(at, doc.indexOf("\n## ", at));
        Matcher m = Pattern.compile("`([^`]+)`").matcher(section);
        Set<String> unknown = new TreeSet<>();
        while (m.find()) {
            // Patterns such as cat.<category-code> or pad.0…pad.9 stand for a family: check one member.
            String name = m.group(1).replaceAll("<[^>]+>", "X").replaceAll("….*", "");
            if (!Elements.isKnown(name)) unknown.add(m.group(1));
        }
        assertEquals(Set.of(), unknown, "docs/scenarios.md lists element names that do not exist");
    }

    @Test
    void fixedNamesAreDistinctAndFamiliesAreRecognised() {
        List<String> values = Stream.of(Elements.class.getFields()).filter(f -> f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertEquals(values.size(), Set.copyOf(values).size(), "two constants share one name");
        assertTrue(Elements.isKnown(Elements.item("FC-006")));
        assertTrue(Elements.isKnown(Elements.unavailable(Elements.PRINT_RECEIPT)));
        assertFalse(Elements.isKnown("print.reciept"));
        assertFalse(Elements.isKnown("nosuch.unavailable"));
        assertEquals("pad.x", Elements.pad("X"));
    }
}
