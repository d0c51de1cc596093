package org.govkiosk.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.govkiosk.i18n.FontChoice;

/**
 * Text measuring, wrapping and drawing with two fonts, as on screen: Latin script, digits and Western punctuation in
 * the Latin font, Chinese in the CJK font ({@link FontChoice}; shared quotes follow the language of the text).
 * Characters neither font has become U+25A1 instead of failing.
 */
final class PdfText {
    private final PDFont cjk;
    private final PDFont latin;
    /** Whether each font has a character: asked again and again while lines are measured. */
    private final java.util.Map<Integer, Boolean> cjkHas = new java.util.HashMap<>();
    private final java.util.Map<Integer, Boolean> latinHas = new java.util.HashMap<>();

    /** @param latin the Latin font, or null: the CJK font sets everything */
    PdfText(PDFont cjk, PDFont latin) {
        this.cjk = cjk;
        this.latin = latin;
    }

    PDFont font() { return cjk; }

    /** A stretch of text in one font. */
    private record Run(PDFont font, String text) {}

    /** Replaces characters neither font can encode (rare name characters, control codes). */
    String printable(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (Character.isISOControl(cp)) {
                b.append(' ');
                return;
            }
            b.append(has(cjkHas, cjk, cp) || latinHas(cp) ? ch : "\u25A1");
        });
        return b.toString();
    }

    private boolean latinHas(int cp) {
        return latin != null && FontChoice.latin(cp) && has(latinHas, latin, cp);
    }

    private static boolean has(java.util.Map<Integer, Boolean> known, PDFont font, int cp) {
        return known.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** The printable text cut where the font changes. */
    private List<Run> runs(String printable) {
        List<Run> out = new ArrayList<>();
        boolean chinese = FontChoice.cjkContext(printable, 0, printable.length());
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            PDFont f = latinHas(cp) && !(chinese && FontChoice.shared(cp)) ? latin : cjk;
            if (f != current && run.length() > 0) {
                out.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = f;
            run.append(ch);
            i += ch.length();
        }
        if (run.length() > 0) out.add(new Run(current, run.toString()));
        return out;
    }

    float width(String s, float size) {
        float w = 0;
        for (Run r : runs(s)) {
            try {
                w += r.font().getStringWidth(r.text()) / 1000f * size;
            } catch (IOException | IllegalArgumentException e) {
                w += r.text().length() * size;
            }
        }
        return w;
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
        cs.newLineAtOffset(x, y);
        show(cs, s, size);
        cs.endText();
    }

    /** Shows text inside a text object the caller began: each run in its font, one after the other. */
    void show(PDPageContentStream cs, String s, float size) throws IOException {
        for (Run r : runs(printable(s))) {
            cs.setFont(r.font(), size);
            cs.showText(r.text());
        }
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
