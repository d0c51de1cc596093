package org.govkiosk.speech;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;

/**
 * What the kiosk says about a record on screen: the item's name, each field with its figure read as a person would
 * ({@link SpokenFigures}), then the table rows shown on the current page. Only what the screen shows is read.
 */
public final class RecordReading {
    private RecordReading() {}

    /**
     * @param rowWord "第{n}条" / "Entry {n}" from the speech bundle
     * @param from    first row on the screen's page (0-based), {@code to} exclusive
     */
    public static String read(Locale locale, ServiceItem item, ItemRecord record, int from, int to, IntFunction<String> rowWord) {
        boolean en = locale.getLanguage().equals("en");
        String stop = en ? ". " : "。";
        String comma = en ? ", " : "，";
        StringBuilder b = new StringBuilder(item.name().in(locale)).append(stop);
        for (RecordField f : record.fields()) {
            appendField(b, locale, label(item, f.key(), locale), f.value(), comma, stop);
        }
        List<String> cols = record.table().columnKeys();
        List<List<String>> rows = record.table().rows();
        for (int r = Math.max(0, from); r < Math.min(rows.size(), to); r++) {
            int rowStart = b.length();
            b.append(rowWord.apply(r + 1)).append(en ? ": " : "：");
            int fieldsStart = b.length();
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size() && c < cols.size(); c++) {
                appendField(b, locale, label(item, cols.get(c), locale), row.get(c), comma, en ? "; " : "；");
            }
            if (b.length() == fieldsStart) {
                b.setLength(rowStart);
            } else {
                b.setLength(b.length() - (en ? 2 : 1));
                b.append(stop);
            }
        }
        return b.toString().strip();
    }

    private static void appendField(StringBuilder b, Locale locale, String label, String value, String comma, String end) {
        if (value == null || value.isBlank()) return;
        String spoken = SpokenFigures.value(locale, label, value);
        if (spoken == null) return;
        b.append(SpokenFigures.label(label)).append(comma).append(spoken).append(end);
    }

    private static String label(ServiceItem item, String key, Locale locale) {
        return item.field(key).map(ResultField::label).map(l -> l.in(locale)).orElse(key);
    }
}
