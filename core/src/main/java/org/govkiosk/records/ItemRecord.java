package org.govkiosk.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An item's record for one citizen, as the department returned it. Personal data: session only. */
public record ItemRecord(String itemCode, List<RecordField> fields, RecordTable table, Instant asOf) {
    public ItemRecord {
        fields = List.copyOf(fields);
        table = table == null ? RecordTable.EMPTY : table;
    }

    public Optional<String> value(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(RecordField::value).findFirst();
    }

    @Override
    public String toString() {
        return "ItemRecord[" + itemCode + ", " + fields.size() + " fields, " + table.rows().size() + " rows]";
    }
}
