package org.govkiosk.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;

/**
 * Every piece of personal data a visit produces, in one object, so that wiping is one call and proving
 * the wipe is one weak reference. Nothing outside the session keeps a reference to this object.
 * Not thread-safe: touched only from the UI thread (workers hand results back through {@link SessionWork}).
 */
public final class SessionData {
    private IdentityDocument document;
    private final Set<IdAssurance> assurances = EnumSet.noneOf(IdAssurance.class);
    private CitizenRef citizen;
    private IdCardData card;
    private final Map<String, ItemRecord> records = new LinkedHashMap<>();
    private final StringBuilder typedText = new StringBuilder();
    private final List<byte[]> documents = new ArrayList<>();
    private String currentItem;

    public IdentityDocument document() { return document; }
    public Set<IdAssurance> assurances() { return Set.copyOf(assurances); }
    public CitizenRef citizen() { return citizen; }
    public IdCardData card() { return card; }
    public String currentItem() { return currentItem; }
    public ItemRecord record(String itemCode) { return records.get(itemCode); }
    public String typedText() { return typedText.toString(); }
    public boolean identified() { return citizen != null; }

    public void identifiedBy(IdentityDocument doc, IdAssurance how, CitizenRef ref) {
        this.document = doc;
        this.assurances.add(how);
        this.citizen = ref;
    }

    public void addAssurance(IdAssurance how) { assurances.add(how); }
    public void card(IdCardData c) { this.card = c; }
    public void currentItem(String code) { this.currentItem = code; }
    public void putRecord(ItemRecord r) { records.put(r.itemCode(), r); }

    public void typedText(String text) {
        typedText.setLength(0);
        typedText.append(text);
    }

    /** A rendered certificate or receipt image, kept only until printed or the session ends. */
    public void keepDocument(byte[] bytes) { documents.add(bytes); }

    /** Overwrites what can be overwritten and drops every reference. Idempotent. */
    void wipe() {
        if (card != null) card.wipe();
        documents.forEach(d -> java.util.Arrays.fill(d, (byte) 0));
        documents.clear();
        for (int i = 0; i < typedText.length(); i++) typedText.setCharAt(i, '\0');
        typedText.setLength(0);
        document = null;
        card = null;
        citizen = null;
        records.clear();
        assurances.clear();
        currentItem = null;
    }
}
