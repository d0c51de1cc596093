package org.govkiosk.desktop.layout;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * All screenshots of the layout matrix on one JPEG: a row per mode, a column per screen, small enough for the
 * README (docs/images/layout-matrix.jpg).
 */
final class ContactSheet {
    private static final int THUMB = 150;
    private static final int LABEL = 210;

    private ContactSheet() {}

    static Path write(List<String> modes, List<Path> screenDirs, Path folder) throws IOException {
        List<List<Path>> rows = new ArrayList<>();
        int columns = 0;
        for (Path dir : screenDirs) {
            List<Path> shots = new ArrayList<>();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    // In the order the scenario took them (file time), which is the citizen's order.
                    shots = s.filter(p -> p.toString().endsWith(".png")).sorted((a, b) -> {
                        try {
                            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                        } catch (IOException e) {
                            return a.compareTo(b);
                        }
                    }).toList();
                }
            }
            rows.add(shots);
            columns = Math.max(columns, shots.size());
        }
        int cell = THUMB + 8;
        BufferedImage sheet = new BufferedImage(LABEL + columns * cell, rows.size() * cell + 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        for (int r = 0; r < rows.size(); r++) {
            int y = 8 + r * cell;
            g.setColor(Color.DARK_GRAY);
            g.drawString(modes.get(r), 8, y + THUMB / 2);
            List<Path> shots = rows.get(r);
            for (int c = 0; c < shots.size(); c++) {
                BufferedImage img = ImageIO.read(shots.get(c).toFile());
                if (img == null) continue;
                float scale = Math.min((float) THUMB / img.getWidth(), (float) THUMB / img.getHeight());
                int w = Math.round(img.getWidth() * scale), h = Math.round(img.getHeight() * scale);
                int x = LABEL + c * cell + (THUMB - w) / 2;
                g.drawImage(img.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), x, y + (THUMB - h) / 2, null);
            }
        }
        g.dispose();
        Path out = folder.resolve("layout-matrix.jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.72f);
        Files.deleteIfExists(out);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(sheet, null, null), param);
        } finally {
            writer.dispose();
        }
        return out;
    }
}
