package org.govkiosk.identity;

import java.util.Map;
import java.util.Optional;

/** GB 3304 nation (民族) codes as they appear on resident ID cards. */
public final class Nations {
    private static final String[] NAMES = {
            "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
            "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
            "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
            "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
            "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"};
    private static final Map<Integer, String> OTHER = Map.of(97, "其他", 98, "外国血统中国籍人士");

    private Nations() {}

    /** The Chinese name for a code such as {@code 01} or {@code 1}; empty for unknown codes. */
    public static Optional<String> name(String code) {
        if (code == null) return Optional.empty();
        String c = code.trim();
        if (c.isEmpty() || c.length() > 2 || !c.chars().allMatch(Character::isDigit)) return Optional.empty();
        int n = Integer.parseInt(c);
        if (n >= 1 && n <= NAMES.length) return Optional.of(NAMES[n - 1]);
        return Optional.ofNullable(OTHER.get(n));
    }

    /** The Chinese name with 族 where customary (汉族), as printed on the card's face. */
    public static Optional<String> displayName(String code) {
        return name(code).map(n -> n.startsWith("外国血统") || n.equals("其他") ? n : n + "族");
    }
}
