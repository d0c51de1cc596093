package org.govkiosk.device.receipt;

import java.util.ArrayList;
import java.util.List;
import org.govkiosk.device.receipt.EscPosEncoder.Align;

/**
 * Lays a {@link Receipt} out for an 80 mm printer as ESC/POS, in two parts so the driver can check the paper
 * between them: the text, then QR code, footer and cut. A receipt whose paper ends in the first part is never
 * finished later.
 */
public final class ReceiptLayout {
    private final int columns;

    public ReceiptLayout(int columns) {
        this.columns = columns;
    }

    public List<byte[]> encode(Receipt r) {
        EscPosEncoder head = new EscPosEncoder().init().chinese(true)
                .align(Align.CENTER).bold(true).size(2, 2).line(r.title()).size(1, 1).bold(false);
        if (!r.subtitle().isEmpty()) wrapped(head, r.subtitle());
        head.align(Align.LEFT).line("-".repeat(columns));
        for (Receipt.Line l : r.lines()) wrapped(head, l.label() + "：" + l.value());
        head.line("-".repeat(columns));

        EscPosEncoder tail = new EscPosEncoder().align(Align.CENTER);
        if (!r.qrPayload().isEmpty()) tail.qr(r.qrPayload(), 6, EscPosEncoder.QrErrorCorrection.M).raw(EscPos.LF);
        for (String f : r.footer()) wrapped(tail, f);
        tail.align(Align.LEFT).chinese(false).feed(3).cut(0);
        List<byte[]> parts = new ArrayList<>();
        parts.add(head.toBytes());
        parts.add(tail.toBytes());
        return parts;
    }

    private void wrapped(EscPosEncoder e, String text) {
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int w = EscPosEncoder.columns(ch);
            if (width + w > columns) {
                e.line(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(ch);
            width += w;
            i += Character.charCount(cp);
        }
        e.line(line.toString());
    }
}
