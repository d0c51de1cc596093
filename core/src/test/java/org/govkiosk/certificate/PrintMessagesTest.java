package org.govkiosk.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.govkiosk.device.printer.PrintOutcome;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The print family speaks both languages with the same keys, and every outcome and verdict has words. */
class PrintMessagesTest {
    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = PrintMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(load("print_zh_CN.properties").keySet(), load("print_en.properties").keySet());
    }

    @Test
    void everyOutcomeAndVerdictHasCitizenWords() {
        for (var locale : new java.util.Locale[] {Messages.ZH, Messages.EN}) {
            Messages m = new Messages(locale);
            for (PrintOutcome.Result r : PrintOutcome.Result.values()) assertTrue(m.has(r.citizenMessageKey()), r + " " + locale);
            for (VerificationResult.Reason r : VerificationResult.Reason.values()) assertTrue(m.has(r.citizenMessageKey()), r + " " + locale);
        }
        assertEquals("第 2 页 / 共 3 页", new Messages(Messages.ZH).get("print.cert.page", 2, 3));
    }
}
