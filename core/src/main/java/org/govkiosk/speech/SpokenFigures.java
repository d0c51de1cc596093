package org.govkiosk.speech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A record's value as a person reads it aloud: amounts in yuan (三十二万五千元 / 325,000 yuan), areas in square metres,
 * dates as dates (二〇一九年五月十二日 / 12 May 2019). The kind comes from the catalog's field label, whose unit is in
 * brackets ({@code 债权数额(元)}, {@code Floor area (m²)}). Identifiers (account, certificate, contract numbers) are
 * not read out: nobody listens to fourteen digits, and they stay on the screen.
 */
public final class SpokenFigures {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] YEAR_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] UNITS = {"", "十", "百", "千"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    // A run of six or more digits inside text (certificate, contract, voucher numbers), or a bare number of eight or
    // more digits without a unit (accounts): identifiers, not figures.
    private static final Pattern DIGITS_IN_TEXT = Pattern.compile("[0-9]{6,}");
    private static final Pattern BARE_IDENTIFIER = Pattern.compile("[0-9]{8,}");
    private static final Pattern UNIT = Pattern.compile("\\s*[(（]([^)）]*)[)）]\\s*$");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SpokenFigures() {}

    /** The label without its bracketed unit: {@code 总建筑面积(㎡)} -> {@code 总建筑面积}. */
    public static String label(String label) {
        return UNIT.matcher(label).replaceAll("");
    }

    /** Null when the value is not to be read aloud (long identifiers). */
    public static String value(Locale locale, String label, String value) {
        boolean en = locale.getLanguage().equals("en");
        String v = value.strip();
        var unit = UNIT.matcher(label);
        String u = unit.find() ? unit.group(1).strip() : "";
        boolean number = NUMBER.matcher(v).matches();
        if (!number && DIGITS_IN_TEXT.matcher(v).find()) return null;
        if (number && u.isEmpty() && BARE_IDENTIFIER.matcher(v).matches()) return null;
        if (DATE.matcher(v).matches()) {
            try {
                LocalDate d = LocalDate.parse(v);
                return en ? d.format(EN_DATE) : zhDate(d);
            } catch (DateTimeParseException e) {
                return v;
            }
        }
        if (!number) return v;
        BigDecimal n = new BigDecimal(v.replace(",", ""));
        boolean money = u.equals("元") || u.equalsIgnoreCase("CNY");
        boolean area = u.equals("㎡") || u.equals("m²") || u.equals("平方米") || u.equalsIgnoreCase("m2");
        if (en) {
            String plain = enNumber(n, money);
            if (money) return plain + " yuan";
            if (area) return plain + " square metres";
            return plain;
        }
        if (money) return zhMoney(n);
        if (area) return zhNumber(n) + "平方米";
        return zhNumber(n);
    }

    static String enNumber(BigDecimal n, boolean money) {
        BigDecimal s = money ? n.setScale(2, java.math.RoundingMode.HALF_UP) : n;
        if (money && s.remainder(BigDecimal.ONE).signum() == 0) s = s.setScale(0);
        if (!money) s = s.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        String plain = s.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        return String.format(Locale.ENGLISH, "%,d", Long.parseLong(whole)) + frac;
    }

    /** 二〇一九年五月十二日 */
    static String zhDate(LocalDate d) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(d.getYear()).toCharArray()) b.append(YEAR_DIGITS[c - '0']);
        return b.append('年').append(zhInteger(d.getMonthValue())).append('月').append(zhInteger(d.getDayOfMonth())).append('日').toString();
    }

    /** 一千二百三十四元五角六分; whole yuan end in 元. */
    static String zhMoney(BigDecimal n) {
        BigDecimal s = n.setScale(2, java.math.RoundingMode.HALF_UP);
        String sign = s.signum() < 0 ? "负" : "";
        s = s.abs();
        long yuan = s.longValue();
        int cents = s.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        int jiao = cents / 10;
        int fen = cents % 10;
        StringBuilder b = new StringBuilder(sign);
        if (yuan > 0 || cents == 0) b.append(zhInteger(yuan)).append('元');
        if (jiao > 0) b.append(DIGITS[jiao]).append('角');
        else if (fen > 0 && yuan > 0) b.append('零');
        if (fen > 0) b.append(DIGITS[fen]).append('分');
        return b.toString();
    }

    /** 一百二十点五 */
    static String zhNumber(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        String sign = s.signum() < 0 ? "负" : "";
        String plain = s.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder b = new StringBuilder(sign).append(zhInteger(Long.parseLong(dot < 0 ? plain : plain.substring(0, dot))));
        if (dot >= 0) {
            b.append('点');
            for (char c : plain.substring(dot + 1).toCharArray()) b.append(DIGITS[c - '0']);
        }
        return b.toString();
    }

    /** 325000 -> 三十二万五千, 10 -> 十, 1005 -> 一千零五. */
    static String zhInteger(long n) {
        if (n == 0) return DIGITS[0];
        StringBuilder b = new StringBuilder();
        int[] groups = new int[4];
        int count = 0;
        for (long x = n; x > 0 && count < 4; x /= 10000) groups[count++] = (int) (x % 10000);
        boolean gap = false;
        for (int i = count - 1; i >= 0; i--) {
            int g = groups[i];
            if (g == 0) {
                gap = b.length() > 0;
                continue;
            }
            if (b.length() > 0 && (gap || g < 1000)) b.append(DIGITS[0]);
            b.append(section(g)).append(GROUPS[i]);
            gap = false;
        }
        String s = b.toString();
        return s.startsWith("一十") ? s.substring(1) : s;
    }

    private static String section(int g) {
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = (int) (g / Math.pow(10, pos)) % 10;
            if (d == 0) {
                if (b.length() > 0) zero = true;
            } else {
                if (zero) b.append(DIGITS[0]);
                zero = false;
                b.append(DIGITS[d]).append(UNITS[pos]);
            }
        }
        return b.toString();
    }
}
