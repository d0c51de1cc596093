package org.govkiosk.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks items for what a citizen typed on the touchscreen: hanzi substrings, full pinyin, pinyin initials
 * ({@code gjj} -> 公积金) or English words. Everything is precomputed, so a query is a scan of ~100 small
 * entries: well under a millisecond per keystroke (docs/performance.md). Several words must all match.
 */
public final class CatalogSearch {
    private final List<Entry> entries;

    private record Entry(ServiceItem item, int order, String zhName, List<String> zhWords, String enName,
                         List<String> enWords, Set<String> namePinyin, Set<String> nameInitials,
                         List<Pinyin.Spellings> wordPinyin, String zhDescription) {}

    private record Hit(ServiceItem item, int score, int order) {}

    public CatalogSearch(List<ServiceItem> items, List<Category> categories) {
        List<Entry> list = new ArrayList<>();
        int order = 0;
        for (ServiceItem item : items) {
            List<String> zhWords = new ArrayList<>();
            List<String> enWords = new ArrayList<>();
            for (String k : item.keywords()) (hasHan(k) ? zhWords : enWords).add(k.toLowerCase(Locale.ROOT));
            categories.stream().filter(c -> c.code().equals(item.categoryCode())).findFirst().ifPresent(c -> {
                zhWords.add(c.name().zh());
                enWords.add(c.name().en().toLowerCase(Locale.ROOT));
            });
            List<Pinyin.Spellings> wordPinyin = zhWords.stream().map(Pinyin::of).toList();
            Pinyin.Spellings name = Pinyin.of(item.name().zh());
            list.add(new Entry(item, order++, item.name().zh(), List.copyOf(zhWords),
                    item.name().en().toLowerCase(Locale.ROOT), List.copyOf(enWords), name.full(), name.initials(),
                    wordPinyin, item.description().zh()));
        }
        this.entries = List.copyOf(list);
    }

    public List<ServiceItem> search(String query, int limit) {
        if (query == null || limit <= 0) return List.of();
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return List.of();
        String[] tokens = q.split("[\\s,，、]+");
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int total = 0;
            boolean all = true;
            for (String t : tokens) {
                if (t.isEmpty()) continue;
                int s = score(e, t);
                if (s == 0) {
                    all = false;
                    break;
                }
                total += s;
            }
            if (all && total > 0) hits.add(new Hit(e.item(), total, e.order()));
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed()
                .thenComparingInt(h -> h.item().name().zh().length())
                .thenComparingInt(Hit::order));
        return hits.stream().limit(limit).map(Hit::item).toList();
    }

    private static int score(Entry e, String t) {
        return hasHan(t) ? hanScore(e, t) : latinScore(e, t);
    }

    private static int hanScore(Entry e, String t) {
        if (e.zhName().equals(t)) return 1000;
        if (e.zhName().startsWith(t)) return 900;
        int at = e.zhName().indexOf(t);
        if (at >= 0) return 800 - Math.min(at, 50);
        for (String w : e.zhWords()) if (w.contains(t)) return 600;
        if (e.zhDescription().contains(t)) return 200;
        return 0;
    }

    private static int latinScore(Entry e, String t) {
        int best = 0;
        for (String p : e.namePinyin()) {
            if (p.startsWith(t)) best = Math.max(best, 760);
            else if (t.length() >= 2 && p.contains(t)) best = Math.max(best, 520);
        }
        for (String p : e.nameInitials()) {
            if (p.startsWith(t)) best = Math.max(best, 740);
            else if (t.length() >= 2 && p.contains(t)) best = Math.max(best, 540);
        }
        if (startsWord(e.enName(), t)) best = Math.max(best, 700);
        else if (t.length() >= 3 && e.enName().contains(t)) best = Math.max(best, 420);
        for (String w : e.enWords()) {
            if (startsWord(w, t)) best = Math.max(best, 460);
        }
        for (Pinyin.Spellings s : e.wordPinyin()) {
            for (String p : s.full()) if (p.startsWith(t)) best = Math.max(best, 450);
            for (String p : s.initials()) {
                if (p.startsWith(t)) best = Math.max(best, 440);
                else if (t.length() >= 2 && p.contains(t)) best = Math.max(best, 300);
            }
        }
        return best;
    }

    /** {@code t} begins a word of {@code text}: "fund" matches "provident fund account", "und" does not. */
    private static boolean startsWord(String text, String t) {
        int from = 0;
        while (true) {
            int at = text.indexOf(t, from);
            if (at < 0) return false;
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) return true;
            from = at + 1;
        }
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (Pinyin.isHan(s.charAt(i))) return true;
        return false;
    }
}
