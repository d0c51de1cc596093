package org.govkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.govkiosk.identity.DocumentChecks;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.Gender;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Every key the ID card code hands to the UI exists in both languages. */
class IdcardMessagesTest {
    private static Set<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (var in = IdcardMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(keys("idcard_zh_CN.properties"), keys("idcard_en.properties"));
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() {
        Set<String> used = new HashSet<>(Set.of("idcard.placeCard", "idcard.reading", "idcard.removeCard",
                "idcard.error.noAnswer", "idcard.error.offline", "idcard.error.readFailed", "idcard.error.unreadable",
                "idcard.validTo.longTerm"));
        for (SamStatus s : SamStatus.values()) used.add(s.citizenMessageKey());
        for (DocumentChecks.Problem p : DocumentChecks.Problem.values()) used.add(p.messageKey());
        for (Gender g : Gender.values()) used.add(g.messageKey());
        for (DocumentType t : DocumentType.values()) used.add("idcard.type." + t.name().toLowerCase());
        for (var locale : new java.util.Locale[] {Messages.ZH, Messages.EN}) {
            Messages m = new Messages(locale);
            for (String k : used) assertTrue(m.has(k), locale + " lacks " + k);
        }
        assertEquals("您的证件已过有效期，请使用有效证件或到人工窗口办理", new Messages(Messages.ZH).get("idcard.rejected.expired"));
    }
}
