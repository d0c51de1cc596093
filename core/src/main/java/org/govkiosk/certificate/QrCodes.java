package org.govkiosk.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;

/** ZXing in one place: QR images for certificates and receipts, and decoding for verification. */
public final class QrCodes {
    private QrCodes() {}

    /** A black-on-white QR with a quiet zone of 4 modules, {@code modulePx} pixels per module. */
    public static BufferedImage image(String payload, int modulePx) {
        BitMatrix m = matrix(payload, ErrorCorrectionLevel.M);
        int quiet = 4;
        int size = (m.getWidth() + 2 * quiet) * modulePx;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / modulePx - quiet;
                int my = y / modulePx - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                img.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }

    public static BitMatrix matrix(String payload, ErrorCorrectionLevel ec) {
        try {
            // An ASCII payload (every verification URL) is encoded plainly. With the UTF-8 hint ZXing adds an ECI
            // segment, and ZXing's own reader then failed on some of those codes (ChecksumException or not found,
            // at any resolution): the kiosk's verifier reported genuine certificates as having no QR code.
            boolean ascii = payload.chars().allMatch(ch -> ch < 0x80);
            Map<EncodeHintType, Object> hints = ascii
                    ? Map.of(EncodeHintType.ERROR_CORRECTION, ec, EncodeHintType.MARGIN, 0)
                    : Map.of(EncodeHintType.ERROR_CORRECTION, ec, EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 0);
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload of " + payload.length() + " chars", e);
        }
    }

    /**
     * The QR code printed on page 1 of a certificate, as a camera would find it: the bottom-left corner (where the
     * renderer puts it) and then the whole page at 150 dpi, then both again at 300 dpi for a marginal print.
     */
    public static Optional<String> decodePrinted(org.apache.pdfbox.pdmodel.PDDocument doc) throws java.io.IOException {
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
        for (float dpi : new float[] {150, 300}) {
            BufferedImage page = renderer.renderImageWithDPI(0, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
            BufferedImage corner = page.getSubimage(0, page.getHeight() * 3 / 4, page.getWidth() / 2, page.getHeight() / 4);
            Optional<String> text = decode(corner);
            if (text.isEmpty()) text = decode(page);
            if (text.isPresent()) return text;
        }
        return Optional.empty();
    }

    /** The first QR code found in an image, if any. */
    public static Optional<String> decode(BufferedImage image) {
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return Optional.empty();
        }
    }
}
