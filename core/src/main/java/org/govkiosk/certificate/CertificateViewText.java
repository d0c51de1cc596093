package org.govkiosk.certificate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govkiosk.catalog.Catalog;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.i18n.Messages;
import org.govkiosk.records.CertificateView;
import org.govkiosk.records.RecordField;

/**
 * The department's view of a certificate in plain lines, for the verify screen and the verify commands: labels
 * from the catalog, in the reader's language, so the person checking can hold them against the paper.
 */
public final class CertificateViewText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CertificateViewText() {}

    public static List<String> lines(CertificateView v, Catalog catalog, Messages m, ZoneId zone) {
        List<String> out = new ArrayList<>();
        Optional<ServiceItem> item = catalog == null ? Optional.empty() : catalog.item(v.itemCode());
        out.add(m.get("print.view.heading"));
        out.add(m.get("print.view.holder", v.maskedName(), v.maskedNumber()));
        out.add(m.get("print.view.item", item.map(i -> i.name().in(m.locale())).orElse(v.itemCode()), v.serial()));
        out.add(m.get("print.view.issued", TIME.format(v.issuedAt().atZone(zone)),
                item.map(i -> i.department().name().in(m.locale())).orElse(v.departmentCode())));
        for (RecordField f : v.figures()) {
            String label = item.flatMap(i -> i.field(f.key())).map(ResultField::label).map(l -> l.in(m.locale()))
                    .filter(s -> !s.isBlank()).orElse(f.key());
            out.add(label + ": " + f.value());
        }
        if (v.tableRows() > 0) out.add(m.get("print.view.rows", v.tableRows()));
        return out;
    }
}
