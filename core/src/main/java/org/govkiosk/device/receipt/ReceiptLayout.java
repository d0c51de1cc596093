package org.govkiosk.device.receipt;

import java.util.ArrayList;
import java.util.List;
import org.govkiosk.device.receipt.EscPosEncoder.Align;

/**
 * Lays a {@link Receipt} out for an 80 mm printer as ESC/POS, in two parts so the driver can check the paper
 * between them: the text, then QR code, footer and cut. A receipt whose paper ends in the first part is never
 * finished later. {@link #lines} is the same layout as data, for the print screen's preview.
 */
public final class ReceiptLayout {
    private final int columns;

    /**
     * One printed line: text at {@code size} (1 or 2, both ways), or a QR code ({@code qr}: text is its payload).
     * {@code tail}: after the paper check (QR code and footer).
     */
    public record PrintedLine(String text, int size, boolean bold, boolean centred, boolean qr, boolean tail) {}

    public ReceiptLayout(int columns) {
        this.columns = columns;
    }

    public List<PrintedLine> lines(Receipt r) {
        List<PrintedLine> out = new ArrayList<>();
        out.add(new PrintedLine(r.title(), 2, true, true, false, false));
        if (!r.subtitle().isEmpty()) for (String s : wrap(r.subtitle())) out.add(new PrintedLine(s, 1, false, true, false, false));
        out.add(new PrintedLine("-".repeat(columns), 1, false, false, false, false));
        for (Receipt.Line l : r.lines()) {
            for (String s : wrap(l.label() + "：" + l.value())) out.add(new PrintedLine(s, 1, false, false, false, false));
        }
        out.add(new PrintedLine("-".repeat(columns), 1, false, false, false, false));
        if (!r.qrPayload().isEmpty()) out.add(new PrintedLine(r.qrPayload(), 1, false, true, true, true));
        for (String f : r.footer()) for (String s : wrap(f)) out.add(new PrintedLine(s, 1, false, true, false, true));
        return out;
    }

    public List<byte[]> encode(Receipt r) {
        EscPosEncoder head = new EscPosEncoder().init().chinese(true);
        EscPosEncoder tail = new EscPosEncoder();
        for (PrintedLine l : lines(r)) {
            EscPosEncoder e = l.tail() ? tail : head;
            e.align(l.centred() ? Align.CENTER : Align.LEFT);
            if (l.qr()) {
                e.qr(l.text(), 6, EscPosEncoder.QrErrorCorrection.M).raw(EscPos.LF);
                continue;
            }
            if (l.bold()) e.bold(true);
            if (l.size() != 1) e.size(l.size(), l.size());
            e.line(l.text());
            if (l.size() != 1) e.size(1, 1);
            if (l.bold()) e.bold(false);
        }
        tail.align(Align.LEFT).chinese(false).feed(3).cut(0);
        List<byte[]> parts = new ArrayList<>();
        parts.add(head.toBytes());
        parts.add(tail.toBytes());
        return parts;
    }

    private List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int w = EscPosEncoder.columns(ch);
            if (width + w > columns) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(ch);
            width += w;
            i += Character.charCount(cp);
        }
        out.add(line.toString());
        return out;
    }
}
