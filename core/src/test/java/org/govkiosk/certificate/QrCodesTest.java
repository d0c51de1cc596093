package org.govkiosk.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class QrCodesTest {
    /**
     * A real certificate's QR payload (printed by the desktop kiosk in an acceptance run) that ZXing could not read
     * from a 150 dpi rendering (ChecksumException), so the verifier answered "no QR code found" for a genuine
     * certificate. Drawn here exactly as CertificateRenderer draws it: 4 px modules, 80 pt square at (56, 46).
     */
    private static final String HARD_AT_150_DPI = "https://zwfw.example.gov.cn/verify?s=ZZ-FGJ-20261122-E2EF863E18"
            + "&d=b21a5b23fa60fd33cee47f47e979586d233f63b827ab26f1d1449e42fdc8bf39";

    private static PDDocument pageWithQr(String payload) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        var img = LosslessFactory.createFromImage(doc, QrCodes.image(payload, 4));
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
            c.drawImage(img, 56, 46, 80, 80);
        }
        return doc;
    }

    @Test
    void printedCodeIsFoundEvenWhenOneRenderingIsNotEnough() throws Exception {
        try (PDDocument doc = pageWithQr(HARD_AT_150_DPI)) {
            assertEquals(Optional.of(HARD_AT_150_DPI), QrCodes.decodePrinted(doc));
        }
    }

    @Test
    void aPageWithoutACodeHasNone() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            assertTrue(QrCodes.decodePrinted(doc).isEmpty());
        }
    }
}
