package org.govkiosk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govkiosk.ui.Elements;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code uses exists in both languages, so a missing word fails here instead of showing as
 * {@code ⟦key⟧} on a kiosk. Keys are found two ways: string literals in the main sources of every module that
 * have the shape of a key in one of the bundles' namespaces (element names and config keys excluded), and the
 * keys enums hand out (every enum in core with a {@code ...MessageKey()} method, over all its constants).
 * Keys built by concatenating a prefix fail too: they cannot be checked, so enums map to keys explicitly.
 * ({@link MessagesTest} checks that both languages have the same keys, family by family.)
 */
class MessageKeysTest {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    private static final Pattern PREFIX_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.");

    /** Literals that look like keys but are not, and why. */
    private static final Map<String, String> NOT_KEYS = Map.of(
            "admin.pin", "a screen name (expect-screen)",
            "kiosk.jar", "the technician CLI's command name",
            "speech.txt", "the transcript file that speech.out writes");

    private final Set<String> zh = keys("_zh_CN");
    private final Set<String> en = keys("_en");
    private final Set<String> namespaces = namespaces();
    private final Set<String> configKeys = configKeys();

    @Test
    void everyKeyLiteralInTheSourcesExistsInBothLanguages() throws IOException {
        Map<String, String> missing = new TreeMap<>();
        int checked = 0;
        for (Path file : mainSources()) {
            String code = withoutComments(Files.readString(file));
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String s = m.group(1);
                if (!KEY_SHAPE.matcher(s).matches() || !namespaces.contains(s.substring(0, s.indexOf('.')))) continue;
                boolean inBundles = zh.contains(s) && en.contains(s);
                if (!inBundles && (configKeys.contains(s) || Elements.isKnown(s) || NOT_KEYS.containsKey(s))) continue;
                checked++;
                if (!inBundles) missing.put(s, where(file, zh.contains(s) ? "missing in en" : en.contains(s) ? "missing in zh_CN" : "missing in both"));
            }
        }
        assertTrue(checked > 150, "the scan found only " + checked + " keys: is it still reading the sources?");
        assertEquals(Map.of(), missing, "message keys used in code but not in the bundles");
    }

    @Test
    void noKeyIsBuiltByConcatenatingAPrefix() throws IOException {
        Map<String, String> built = new TreeMap<>();
        for (Path file : mainSources()) {
            String code = withoutComments(Files.readString(file));
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String s = m.group(1);
                if (!PREFIX_SHAPE.matcher(s).matches() || !namespaces.contains(s.substring(0, s.indexOf('.')))) continue;
                // "abc." + x is a key prefix only if some bundle key starts with it.
                if (zh.stream().noneMatch(k -> k.startsWith(s)) && en.stream().noneMatch(k -> k.startsWith(s))) continue;
                built.put(s, where(file, "prefix + something: map each value to its key explicitly"));
            }
        }
        assertEquals(Map.of(), built, "message keys built by concatenation cannot be checked");
    }

    @Test
    void everyEnumDerivedKeyExistsInBothLanguages() throws Exception {
        Map<String, String> missing = new TreeMap<>();
        int enums = 0;
        for (Class<?> type : coreEnums()) {
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() != 0 || method.getReturnType() != String.class
                        || Modifier.isStatic(method.getModifiers()) || !method.getName().toLowerCase().endsWith("messagekey")) continue;
                enums++;
                for (Object constant : type.getEnumConstants()) {
                    String key = (String) method.invoke(constant);
                    if (key == null) continue; // "no words of its own": the caller falls back to a general key
                    if (!zh.contains(key) || !en.contains(key)) {
                        missing.put(key, type.getName() + "." + constant + "." + method.getName() + "()");
                    }
                }
            }
        }
        assertTrue(enums >= 8, "found only " + enums + " enums with message keys");
        assertEquals(Map.of(), missing, "keys handed out by enums but not in both bundles");
    }

    private static String where(Path file, String what) {
        return file.getFileName() + ": " + what;
    }

    /** Main sources of every module (any sibling of core with src/main/java); tests run in core/. */
    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        List<Path> modules;
        try (Stream<Path> s = Files.list(root)) {
            modules = s.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).sorted().toList();
        }
        for (Path module : modules) {
            Path dir = module.resolve("src/main/java");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                // Element names are a namespace of their own, declared in one class.
                s.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("Elements.java")).forEach(out::add);
            }
        }
        assertTrue(out.size() > 100, "found only " + out.size() + " source files under " + root);
        return out;
    }

    /** Removes comments, keeping string literals (a "//" inside a string stays). */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != '"' && code.charAt(j) != '\n') j += code.charAt(j) == '\\' ? 2 : 1;
                out.append(code, i, Math.min(j + 1, code.length()));
                i = j + 1;
            } else if (c == '\'' ) {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != '\'') j += code.charAt(j) == '\\' ? 2 : 1;
                out.append(code, i, Math.min(j + 1, code.length()));
                i = j + 1;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') i++;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<Class<?>> coreEnums() throws IOException, URISyntaxException {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) s.filter(x -> x.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, MessageKeysTest.class.getClassLoader());
                    if (c.isEnum()) out.add(c);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that needs something absent from the test class path cannot hand out keys here
                }
            }
        }
        return out;
    }

    private static Set<String> keys(String suffix) {
        Set<String> out = new TreeSet<>();
        for (String family : Messages.FAMILIES) {
            Properties p = load("i18n/" + family + suffix + ".properties");
            if (p != null) out.addAll(p.stringPropertyNames());
        }
        return out;
    }

    private Set<String> namespaces() {
        Set<String> out = new TreeSet<>();
        for (String k : zh) out.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')));
        for (String k : en) out.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')));
        return out;
    }

    private static Set<String> configKeys() {
        Properties p = load("org/govkiosk/config/default.properties");
        assertTrue(p != null, "default.properties not on the class path");
        return p.stringPropertyNames();
    }

    private static Properties load(String path) {
        try (InputStream in = MessageKeysTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
