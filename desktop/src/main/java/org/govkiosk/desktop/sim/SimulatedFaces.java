package org.govkiosk.desktop.sim;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.NodeList;

/**
 * Simulated face captures: a drawn PNG the UI can show, whose tEXt chunk carries who it shows as a hash of the
 * document number (so even the simulation keeps ID numbers out of images). Only {@link SimulatedFaceVerifier}
 * reads that chunk; a real camera image has none.
 */
final class SimulatedFaces {
    static final String CHUNK = "govkiosk-sim-subject";

    private SimulatedFaces() {}

    static String subjectOf(String documentNumber) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(documentNumber.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] png(String subject) {
        BufferedImage img = new BufferedImage(160, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int hue = Integer.parseInt(subject.substring(0, 4), 16);
        g.setColor(new Color(235, 238, 242));
        g.fillRect(0, 0, 160, 200);
        g.setColor(Color.getHSBColor((hue % 360) / 360f, 0.35f, 0.85f));
        g.fillOval(30, 30, 100, 130);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(55, 75, 12, 12);
        g.fillOval(93, 75, 12, 12);
        g.drawArc(60, 110, 40, 20, 200, 140);
        g.dispose();
        try {
            ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
            IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", CHUNK);
            entry.setAttribute("value", subject);
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            text.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(text);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                w.setOutput(ios);
                w.write(new IIOImage(img, null, meta));
            } finally {
                w.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PNG to memory cannot fail", e);
        }
    }

    static Optional<String> readSubject(byte[] png) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                IIOMetadata meta = r.getImageMetadata(0);
                if (meta == null || !java.util.Arrays.asList(meta.getMetadataFormatNames()).contains("javax_imageio_png_1.0")) {
                    return Optional.empty();
                }
                NodeList entries = ((IIOMetadataNode) meta.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("tEXtEntry");
                for (int i = 0; i < entries.getLength(); i++) {
                    IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
                    if (CHUNK.equals(e.getAttribute("keyword"))) return Optional.of(e.getAttribute("value"));
                }
                return Optional.empty();
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
