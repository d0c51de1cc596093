package org.govkiosk.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text measuring, wrapping and drawing with one font; characters the font lacks become U+25A1 instead of failing. */
final class PdfText {
    private final PDFont font;

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() { return font; }

    /** Replaces characters the font cannot encode (rare name characters, control codes). */
    String printable(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (Character.isISOControl(cp)) {
                b.append(' ');
                return;
            }
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('\u25A1');
            }
        });
        return b.toString();
    }

    float width(String s, float size) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return s.length() * size;
        }
    }

    /** Breaks text into lines no wider than {@code maxWidth}; CJK text breaks between any two characters. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < para.length()) {
                int cp = para.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && width(line + ch, size) > maxWidth) {
                    int space = line.lastIndexOf(" ");
                    // Latin words move whole to the next line; CJK may break anywhere.
                    if (cp < 0x2E80 && space > 0 && !Character.isWhitespace(cp)) {
                        lines.add(line.substring(0, space));
                        line.delete(0, space + 1);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    void draw(PDPageContentStream cs, String s, float size, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(printable(s));
        cs.endText();
    }

    void drawCentered(PDPageContentStream cs, String s, float size, float centerX, float y) throws IOException {
        String p = printable(s);
        draw(cs, p, size, centerX - width(p, size) / 2, y);
    }

    void drawRight(PDPageContentStream cs, String s, float size, float rightX, float y) throws IOException {
        String p = printable(s);
        draw(cs, p, size, rightX - width(p, size), y);
    }
}
