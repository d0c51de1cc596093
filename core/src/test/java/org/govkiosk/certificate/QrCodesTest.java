package org.govkiosk.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
     * back, at any resolution, while it was encoded with a UTF-8 ECI segment: "verify a document" said "no QR code".
     */
    private static final String FAILED_WITH_ECI = "https://zwfw.example.gov.cn/verify?s=ZZ-FGJ-20261122-E2EF863E18"
            + "&d=b21a5b23fa60fd33cee47f47e979586d233f63b827ab26f1d1449e42fdc8bf39";
    private static final String ALSO_FAILED = "https://zwfw.example.gov.cn/verify?s=ZZ-FGJ-20261122-EAB5C512FF"
            + "&d=aa560bfaa8f1272aeab90162365e9410d94f374a3649b456da347136f6266065";

    @Test
    void verificationUrlsReadBackFromTheirOwnImage() {
        for (String p : List.of(FAILED_WITH_ECI, ALSO_FAILED)) {
            assertEquals(Optional.of(p), QrCodes.decode(QrCodes.image(p, 4)), p);
        }
    }

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
    void printedCodeIsFoundOnTheRenderedPage() throws Exception {
        try (PDDocument doc = pageWithQr(FAILED_WITH_ECI)) {
            assertEquals(Optional.of(FAILED_WITH_ECI), QrCodes.decodePrinted(doc));
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
