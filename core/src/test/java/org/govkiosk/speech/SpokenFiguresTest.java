package org.govkiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpokenFiguresTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void chineseWholeNumbersAsSpoken() {
        assertEquals("零", SpokenFigures.zhInteger(0));
        assertEquals("十", SpokenFigures.zhInteger(10));
        assertEquals("十二", SpokenFigures.zhInteger(12));
        assertEquals("一百零五", SpokenFigures.zhInteger(105));
        assertEquals("一千零五", SpokenFigures.zhInteger(1005));
        assertEquals("三十二万五千", SpokenFigures.zhInteger(325000));
        assertEquals("十万零三百", SpokenFigures.zhInteger(100300));
        assertEquals("一亿零一万", SpokenFigures.zhInteger(100010000));
        assertEquals("二十万零一", SpokenFigures.zhInteger(200001));
    }

    @Test
    void amountsInYuanJiaoFen() {
        assertEquals("三十二万五千元", SpokenFigures.value(ZH, "债权数额(元)", "325000.00"));
        assertEquals("一千二百三十四元五角六分", SpokenFigures.value(ZH, "成交价(元)", "1,234.56"));
        assertEquals("一千二百三十四元零六分", SpokenFigures.value(ZH, "成交价(元)", "1234.06"));
        assertEquals("五角", SpokenFigures.value(ZH, "余额(元)", "0.50"));
        assertEquals("325,000 yuan", SpokenFigures.value(EN, "Secured amount (CNY)", "325000.00"));
        assertEquals("1,234.56 yuan", SpokenFigures.value(EN, "Price (CNY)", "1234.56"));
    }

    @Test
    void areasInSquareMetres() {
        assertEquals("一百二十点五平方米", SpokenFigures.value(ZH, "建筑面积(㎡)", "120.50"));
        assertEquals("120.5 square metres", SpokenFigures.value(EN, "Floor area (m²)", "120.50"));
        assertEquals("89 square metres", SpokenFigures.value(EN, "Floor area (m²)", "89.00"));
    }

    @Test
    void datesAsDates() {
        assertEquals("二〇一九年五月十二日", SpokenFigures.value(ZH, "登记日期", "2019-05-12"));
        assertEquals("12 May 2019", SpokenFigures.value(EN, "Registered on", "2019-05-12"));
    }

    @Test
    void countsTextAndIdentifiers() {
        assertEquals("二", SpokenFigures.value(ZH, "房产套数", "2"));
        assertEquals("住宅", SpokenFigures.value(ZH, "用途", "住宅"));
        // Account and certificate numbers stay on the screen.
        assertNull(SpokenFigures.value(ZH, "公积金账号", "41596856447265"));
        assertNull(SpokenFigures.value(EN, "Title certificate no.", "豫(2019)郑州市不动产权第0123456号"));
        assertEquals("一百二十五万元", SpokenFigures.value(ZH, "成交价(元)", "1250000.00"));
        assertEquals("总建筑面积", SpokenFigures.label("总建筑面积(㎡)"));
        assertEquals("Floor area", SpokenFigures.label("Floor area (m²)"));
    }
}
