package org.govkiosk.device.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.config.CertificateConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.config.ReceiptConfig;
import org.govkiosk.identity.Masking;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.govkiosk.records.RecordTable;
import org.govkiosk.i18n.Messages;

/**
 * Turns an item's record into a payment-proof receipt (社保缴费 / 公积金缴费 ...): the record's fields, the most
 * recent payments of its table, a receipt number and a QR code with the number and the content digest. The payer's
 * name is masked: a receipt left in the tray must not identify anyone.
 */
public final class ReceiptFactory {
    /** The most recent table rows printed; a receipt is a proof of recent payments, not a statement. */
    public static final int MAX_ROWS = 6;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final String kioskId;
    private final String verifyUrl;
    private final ZoneId zone;
    private final Set<String> socialInsurance;
    private final Set<String> providentFund;

    public ReceiptFactory(ReceiptConfig receipt, CertificateConfig certificate, String kioskId) {
        this.kioskId = kioskId;
        this.verifyUrl = certificate.verifyUrl();
        this.zone = certificate.timeZone();
        this.socialInsurance = Set.copyOf(receipt.socialInsuranceCategories());
        this.providentFund = Set.copyOf(receipt.providentFundCategories());
    }

    public ReceiptFactory(KioskSettings settings) {
        this(settings.receipt(), settings.certificate(), settings.identity().kioskId());
    }

    public Receipt paymentProof(ServiceItem item, ItemRecord record, String payerName, Locale locale, Instant printedAt) {
        Messages m = new Messages(locale);
        String titleKey = providentFund.contains(item.categoryCode()) ? "print.receipt.providentFund"
                : socialInsurance.contains(item.categoryCode()) ? "print.receipt.socialInsurance" : "print.receipt.payment";
        List<Receipt.Line> lines = new ArrayList<>();
        lines.add(new Receipt.Line(m.get("print.receipt.holder"), Masking.name(payerName)));
        for (RecordField f : record.fields()) lines.add(new Receipt.Line(label(item, f.key(), locale), f.value()));
        RecordTable t = record.table();
        if (!t.isEmpty()) {
            List<List<String>> recent = t.rows().subList(Math.max(0, t.rows().size() - MAX_ROWS), t.rows().size());
            String header = t.columnKeys().stream().skip(1).map(k -> label(item, k, locale)).collect(Collectors.joining(" / "));
            lines.add(new Receipt.Line(label(item, t.columnKeys().get(0), locale), header));
            for (List<String> row : recent) {
                lines.add(new Receipt.Line(row.isEmpty() ? "" : row.get(0), String.join(" / ", row.subList(Math.min(1, row.size()), row.size()))));
            }
        }
        String digest = digest(item, record);
        String number = "R" + printedAt.atZone(zone).format(DAY) + "-" + digest.substring(0, 8).toUpperCase(Locale.ROOT);
        lines.add(new Receipt.Line(m.get("print.receipt.kiosk"), kioskId));
        lines.add(new Receipt.Line(m.get("print.receipt.printedAt"), TIME.format(printedAt.atZone(zone))));
        String url = verifyUrl;
        String qr = url.isEmpty() ? "" : url + "?r=" + number + "&d=" + digest;
        return new Receipt(m.get(titleKey), item.name().in(locale) + " · " + item.department().name().in(locale), lines, qr,
                List.of(number, m.get("print.receipt.scanToVerify"), m.get("print.receipt.notice")));
    }

    private static String label(ServiceItem item, String key, Locale locale) {
        return item.field(key).map(ResultField::label).map(l -> l.in(locale)).filter(s -> !s.isEmpty()).orElse(key);
    }

    private static String digest(ServiceItem item, ItemRecord record) {
        StringBuilder b = new StringBuilder(item.code()).append('\n').append(record.asOf()).append('\n');
        record.fields().forEach(f -> b.append(f.key()).append('=').append(f.value()).append('\n'));
        record.table().rows().forEach(r -> b.append(String.join("\t", r)).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
