package org.govkiosk.desktop.acceptance;

import static org.govkiosk.desktop.acceptance.AcceptanceRun.assertScreensInOrder;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.run;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.tool;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.zbar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.records.DemoCitizens;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12 item 7: the certificate as it comes out of the printer in the four combinations of language (zh, en) and
 * way in (ID card, face), through the real flow, checked with tools that are not ours: one page (pdfinfo), the holder
 * named in full even after face identification (pdftotext; the kiosk itself only knows "王**"), the issuing
 * department and its seal on that page (pdftotext, pdfimages), the QR code leads to the verify address (pdftoppm +
 * zbarimg), the signature valid (pdfsig). Page 1 stays as PNG in target/acceptance/certificate-LANG-WAY/ to look at.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CertificateAcceptanceTest {
    private static final String VERIFY_URL = KioskSettings.defaults().certificate().verifyUrl();

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource({"zh, card, 郑州市住房保障和房地产管理局", "en, card, Zhengzhou Housing Security and Real Estate Administration",
            "zh, face, 郑州市住房保障和房地产管理局", "en, face, Zhengzhou Housing Security and Real Estate Administration"})
    void certificateIsOnePageNamesHerInFullCarriesIssuerSealAndAValidSignature(String lang, String way, String issuer)
            throws Exception {
        String name = "certificate-" + lang + "-" + way;
        var r = run("certificate-" + way, name, Map.of("ui.language", lang), k -> {}).passed();
        assertScreensInOrder(r.report(), "catalog", "result", "print", "done", "attract");
        List<Path> pdfs = r.files("prints", ".pdf");
        assertEquals(1, pdfs.size(), pdfs.toString());
        Path pdf = pdfs.get(0);

        var info = tool("poppler-utils", "pdfinfo", pdf.toString());
        assertEquals(0, info.exit(), info.output());
        assertTrue(Pattern.compile("(?m)^Pages:\\s+1$").matcher(info.output()).find(), "one page: " + info.output());

        var text = tool("poppler-utils", "pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-");
        assertEquals(0, text.exit(), text.output());
        String flat = text.output().replaceAll("\\s+", "");
        String holder = DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document().name();
        assertTrue(flat.contains(holder), "the holder in full (" + holder + "): " + text.output());
        assertFalse(flat.contains("王**"), "not the kiosk's masked name: " + text.output());
        assertTrue(flat.contains(issuer.replaceAll("\\s+", "")), "the issuing department on page 1: " + text.output());

        // The seal is the one image drawn under a soft mask (its ink); the QR code is a 1-bit image without one.
        var images = tool("poppler-utils", "pdfimages", "-list", "-f", "1", "-l", "1", pdf.toString());
        assertEquals(0, images.exit(), images.output());
        assertTrue(images.output().lines().anyMatch(l -> l.trim().startsWith("1 ") && l.contains(" smask ")),
                "the seal is drawn on page 1 with the content: " + images.output());

        Path prefix = r.out().resolve("page");
        var render = tool("poppler-utils", "pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", pdf.toString(), prefix.toString());
        assertEquals(0, render.exit(), render.output());
        Path png = r.out().resolve("page.png");
        assertTrue(Files.isRegularFile(png));
        List<String> codes = zbar(png);
        assertEquals(1, codes.size(), codes.toString());
        assertTrue(codes.get(0).startsWith(VERIFY_URL + "?s="), "QR code to the verify address: " + codes.get(0));

        var sig = tool("poppler-utils", "pdfsig", pdf.toString());
        assertEquals(0, sig.exit(), sig.output());
        assertTrue(sig.output().contains("Signature is Valid"), sig.output());
        assertTrue(sig.output().contains("Total document signed"), sig.output());
    }
}
