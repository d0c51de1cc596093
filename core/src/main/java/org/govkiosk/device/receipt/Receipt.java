package org.govkiosk.device.receipt;

import java.util.List;

/**
 * A payment-proof receipt, printer independent.
 *
 * @param lines     label/value pairs, printed in order
 * @param qrPayload verification QR content, empty for none
 */
public record Receipt(String title, String subtitle, List<Line> lines, String qrPayload, List<String> footer) {
    public record Line(String label, String value) {}

    public Receipt {
        lines = List.copyOf(lines);
        footer = List.copyOf(footer);
        qrPayload = qrPayload == null ? "" : qrPayload;
        subtitle = subtitle == null ? "" : subtitle;
    }
}
