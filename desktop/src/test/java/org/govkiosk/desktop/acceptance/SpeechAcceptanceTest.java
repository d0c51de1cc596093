package org.govkiosk.desktop.acceptance;

import static org.govkiosk.desktop.acceptance.AcceptanceRun.fetch;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.govkiosk.speech.SpeechStatus;
import org.govkiosk.speech.SpokenFigures;
import org.govkiosk.speech.WavFileSink;
import org.govkiosk.testing.ExternalTool;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 13 through the real application: what the kiosk said in the seed story (speech.out transcript and WAV files
 * from the real espeak-ng), speech mode, and a kiosk without espeak-ng that keeps working silently.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SpeechAcceptanceTest {
    private static final DemoCitizens.DemoCitizen HER = DemoCitizens.HOMEOWNER_WITH_MORTGAGE;

    record Said(String language, String text, Path wav) {}

    private static Path speechDir(String name) throws Exception {
        Path dir = Path.of("target", "acceptance-speech", name).toAbsolutePath();
        AcceptanceRun.deleteTree(dir);
        return dir;
    }

    private static List<Said> transcript(Path dir) throws Exception {
        List<Said> said = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(WavFileSink.TRANSCRIPT), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            assertEquals(4, f.length, "time, language, text, file: " + line);
            said.add(new Said(f[1], f[2], dir.resolve(f[3])));
        }
        return said;
    }

    private static String all(List<Said> said) {
        return String.join("\n", said.stream().map(Said::text).toList());
    }

    @Test
    void seedStoryIsSpokenInChineseWithHerRecordsFigures() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Path dir = speechDir("zh");
        AtomicReference<GatewayResult<ItemRecord>> record = new AtomicReference<>();
        run("housing-certificate", Map.of("speech.out", dir.toString()), k -> record.set(fetch(k, HER, "FC-001"))).passed();
        List<Said> said = transcript(dir);
        String text = all(said);
        Messages zh = new Messages(Messages.ZH);
        assertTrue(said.stream().allMatch(s -> s.language().equals("zh")), text);
        for (String prompt : List.of(zh.get("attract.welcome"), zh.get("identify.title"), zh.get("identify.idcard.hint"),
                zh.get("speech.catalog"), zh.get("print.take"), zh.get("speech.print.where.certificate"), zh.get("done.takeCard"))) {
            assertTrue(text.contains(prompt), "said '" + prompt + "' in:\n" + text);
        }
        assertHerFigures(text, record.get(), Locale.SIMPLIFIED_CHINESE);
        // Read as a person would, not as digits (the demo data set is deterministic).
        assertTrue(Pattern.compile("总建筑面积，[零一二三四五六七八九十百千万点]+平方米").matcher(text).find(), text);
        assertTrue(Pattern.compile("登记日期，[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日").matcher(text).find(), text);
        assertNothingPersonalBeyondTheScreen(text);
        assertValidAudio(said);
    }

    @Test
    void seedStoryIsSpokenInEnglishWhenSheChoseEnglish() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Path dir = speechDir("en");
        AtomicReference<GatewayResult<ItemRecord>> record = new AtomicReference<>();
        run("speech-housing-en", Map.of("speech.out", dir.toString()), k -> record.set(fetch(k, HER, "FC-001"))).passed();
        List<Said> said = transcript(dir);
        String text = all(said);
        Messages en = new Messages(Messages.EN);
        // The attract prompt before she switched is Chinese, and so is the next person's after she left; her visit
        // from identify to done is all English.
        int identify = indexOf(said, en.get("identify.title"));
        int done = indexOf(said, en.get("done.takeCard"));
        assertTrue(identify > 0 && done > identify, text);
        assertTrue(said.subList(identify, done + 1).stream().allMatch(s -> s.language().equals("en")), text);
        assertEquals("zh", said.get(said.size() - 1).language(), "the attract screen speaks Chinese again for the next person");
        for (String prompt : List.of(en.get("identify.idcard.hint"), en.get("speech.catalog"), en.get("print.take"),
                en.get("speech.print.where.certificate"), en.get("done.takeCard"))) {
            assertTrue(text.contains(prompt), "said '" + prompt + "' in:\n" + text);
        }
        assertHerFigures(text, record.get(), Locale.ENGLISH);
        assertTrue(Pattern.compile("Total floor area, [0-9,.]+ square metres").matcher(text).find(), text);
        assertTrue(Pattern.compile("Registered on, [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}").matcher(text).find(), text);
        assertNothingPersonalBeyondTheScreen(text);
        assertValidAudio(said);
    }

    @Test
    void speechModeReadsOnFirstTapAndActsOnTheSecond() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Path dir = speechDir("mode");
        // A generous double-tap window: the scenario's second tap must not miss it on a busy build machine.
        run("speech-mode", Map.of("speech.out", dir.toString(), "speech.doubleTap", "3s"), null).passed();
        String text = all(transcript(dir));
        Messages zh = new Messages(Messages.ZH);
        assertTrue(text.contains(zh.get("speech.mode.on")), text);
        assertTrue(text.contains(zh.get("speech.control.button", zh.get("attract.start"))), text);
        assertTrue(text.contains(zh.get("speech.volume", 80)), "the volume button stepped 60 -> 80: " + text);
        assertTrue(text.contains(zh.get("speech.control.button", zh.get("nav.exit"))), text);
    }

    @Test
    void timeoutWarningIsSpokenWithItsCountdownAndAccountNumbersAreNot() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Path dir = speechDir("timeout");
        run("session-timeout", Map.of("speech.out", dir.toString()), null).passed();
        String text = all(transcript(dir));
        Messages zh = new Messages(Messages.ZH);
        // The scenario jumps the clock 65 s, so the warning starts with 25 s left.
        assertTrue(Pattern.compile(Pattern.quote(zh.get("timeout.title")) + " 剩余 [0-9]+ 秒").matcher(text).find(), text);
        assertTrue(text.contains(zh.get("speech.timeout.extend", zh.get("timeout.extend"))), text);
        // Her provident-fund account number is on the screen but not read out.
        assertFalse(text.contains("41596856447265"), text);
        assertNothingPersonalBeyondTheScreen(text);
    }

    @Test
    void aRecordsErrorIsSpokenWithItsNextStep() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Path dir = speechDir("records-faults");
        run("records-faults", Map.of("speech.out", dir.toString()), null).passed();
        String text = all(transcript(dir));
        Messages zh = new Messages(Messages.ZH);
        assertTrue(text.contains(zh.get("records.error.server_error")), text);
        assertTrue(text.contains(zh.get("speech.result.next.retry", zh.get("common.retry"), zh.get("nav.back"))), text);
    }

    @Test
    void withoutEspeakNgTheKioskWorksSilentlyAndTheTechnicianSeesWhy() throws Exception {
        Path dir = speechDir("missing");
        AtomicReference<SpeechStatus> status = new AtomicReference<>();
        run("housing-certificate", Map.of("speech.out", dir.toString(), "speech.command", "/nonexistent/espeak-ng"),
                k -> status.set(k.services().speech().status())).passed();
        assertFalse(status.get().available());
        assertTrue(status.get().detail().contains("espeak-ng"), status.get().detail());
        assertFalse(Files.exists(dir.resolve(WavFileSink.TRANSCRIPT)), "nothing was said");
    }

    private static int indexOf(List<Said> said, String text) {
        for (int i = 0; i < said.size(); i++) if (said.get(i).text().contains(text)) return i;
        return -1;
    }

    /** Each figure of her record (fetched by a second client from the records service) was said with its label. */
    private static void assertHerFigures(String text, GatewayResult<ItemRecord> fetched, Locale locale) {
        var ok = assertInstanceOf(GatewayResult.Ok.class, fetched, String.valueOf(fetched));
        ItemRecord rec = (ItemRecord) ok.value();
        var item = org.govkiosk.catalog.JsonCatalog.load(org.govkiosk.config.KioskSettings.defaults().catalog()).item("FC-001").orElseThrow();
        int checked = 0;
        for (RecordField f : rec.fields()) {
            String label = item.field(f.key()).map(ResultField::label).map(l -> l.in(locale)).orElse(f.key());
            String spoken = SpokenFigures.value(locale, label, f.value());
            if (spoken == null) continue;
            String expected = SpokenFigures.label(label) + (locale.getLanguage().equals("en") ? ", " : "，") + spoken;
            assertTrue(text.contains(expected), "said '" + expected + "' in:\n" + text);
            checked++;
        }
        assertTrue(checked >= 2, "at least the count and total area were said");
    }

    /** Never her full ID number or full name, nor anything shaped like an ID number. */
    private static void assertNothingPersonalBeyondTheScreen(String text) {
        String number = HER.document().number();
        String name = HER.document().name();
        assertFalse(text.contains(number), "her full ID number was said");
        assertFalse(text.contains(name), "her full name was said");
        assertFalse(text.contains(number.substring(0, 6)), "the start of her ID number (region code) was said");
        assertFalse(Pattern.compile("[0-9]{15,}").matcher(text).find(), "an ID-shaped number was said:\n" + text);
    }

    /** WAV files parsed by sox: 22050 Hz mono audio, not silent, of a length that fits the words. */
    private static void assertValidAudio(List<Said> said) throws Exception {
        ExternalTool.require("soxi", "sox");
        for (Said s : said) {
            assertTrue(Files.size(s.wav()) > 44, s.wav() + " has samples");
            var rate = AcceptanceRun.tool("sox", "soxi", "-r", s.wav().toString());
            assertEquals(0, rate.exit(), rate.output());
            assertEquals("22050", rate.output().strip(), s.wav().toString());
            double seconds = Double.parseDouble(AcceptanceRun.tool("sox", "soxi", "-D", s.wav().toString()).output().strip());
            double perChar = seconds / s.text().length();
            assertTrue(seconds > 0.3 && perChar > 0.03 && perChar < 0.6,
                    s.wav().getFileName() + ": " + seconds + " s for " + s.text().length() + " characters: " + s.text());
            var stat = AcceptanceRun.tool("sox", "sox", s.wav().toString(), "-n", "stat");
            var rms = Pattern.compile("RMS\\s+amplitude:\\s+([0-9.]+)").matcher(stat.output());
            assertTrue(rms.find(), stat.output());
            assertTrue(Double.parseDouble(rms.group(1)) > 0.01, s.wav().getFileName() + " is not silence: " + stat.output());
        }
    }
}
