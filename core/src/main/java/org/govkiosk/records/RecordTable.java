package org.govkiosk.records;

import java.util.List;

/** Tabular part of a record (contributions by month, bills ...); column keys are labelled by the catalog. */
public record RecordTable(List<String> columnKeys, List<List<String>> rows) {
    public static final RecordTable EMPTY = new RecordTable(List.of(), List.of());

    public RecordTable {
        columnKeys = List.copyOf(columnKeys);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() { return rows.isEmpty(); }
}
