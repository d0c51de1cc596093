package org.govkiosk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
    static java.util.List<String> families() { return Messages.FAMILIES; }

    @ParameterizedTest
    @MethodSource("families")
    void bothLanguagesHaveTheSameKeys(String family) throws Exception {
        Properties zh = load("i18n/" + family + "_zh_CN.properties");
        Properties en = load("i18n/" + family + "_en.properties");
        if (zh == null && en == null) return;
        assertTrue(zh != null && en != null, family + ": both zh_CN and en bundles must exist");
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), onlyZh, family + ": keys missing in English");
        assertEquals(Set.of(), onlyEn, family + ": keys missing in Chinese");
        for (String k : en.stringPropertyNames()) {
            assertFalse(en.getProperty(k).isBlank(), family + "." + k + " is empty in English");
            assertFalse(zh.getProperty(k).isBlank(), family + "." + k + " is empty in Chinese");
        }
    }

    @org.junit.jupiter.api.Test
    void looksUpAcrossFamiliesFormatsArgumentsAndNeverCrashesOnAMissingKey() {
        Messages zh = new Messages(Messages.ZH);
        Messages en = new Messages(Messages.EN);
        assertEquals("剩余 7 秒", zh.get("timeout.seconds", 7));
        assertEquals("7 seconds left", en.get("timeout.seconds", 7));
        assertEquals("设备未连接", zh.get("device.state.offline"));
        assertEquals("⟦no.such.key⟧", new Messages(Messages.EN, false).get("no.such.key"));
    }

    @org.junit.jupiter.api.Test
    void aMissingKeyThrowsUnderTest() {
        org.junit.jupiter.api.Assertions.assertThrows(java.util.MissingResourceException.class,
                () -> new Messages(Messages.ZH, true).get("no.such.key"));
    }

    private static Properties load(String path) throws Exception {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
