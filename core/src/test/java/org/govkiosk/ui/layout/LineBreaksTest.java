package org.govkiosk.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineBreaksTest {
    @Test
    void chineseBreaksBetweenWordsNeverInsideOne() {
        String dept = "郑州市住房保障和房地产管理局";
        int ju = dept.indexOf("管理局");
        assertTrue(LineBreaks.allowed(dept, ju), "before 管理局");
        assertFalse(LineBreaks.allowed(dept, ju + 1), "管/理局");
        assertFalse(LineBreaks.allowed(dept, ju + 2), "管理/局");
    }

    @Test
    void numbersAndDatesStayWhole() {
        String date = "登记日期 2010-02-25";
        for (int i = date.indexOf('2') + 1; i < date.length(); i++) assertFalse(LineBreaks.allowed(date, i), date.substring(0, i) + "/");
        String money = "325,000元";
        assertFalse(LineBreaks.allowed(money, 4), "325,/000");
    }

    @Test
    void codesWithDigitsStayWholeAtTheirHyphensWordsDoNot() {
        String s = "Deed tax payments, serial ZZ-FGJ-20261203-3ECBB6248A";
        int serial = s.indexOf("ZZ-");
        assertTrue(LineBreaks.allowed(s, serial), "before the serial");
        for (int i = serial + 1; i < s.length(); i++) assertFalse(LineBreaks.allowed(s, i), s.substring(0, i) + "/");
        String zone = "High-Tech Zone";
        assertTrue(LineBreaks.allowed(zone, zone.indexOf("Tech")), "High-/Tech may break: a word, not a code");
    }

    @Test
    void englishBreaksAtSpacesOnly() {
        String s = "Check a printed certificate";
        assertTrue(LineBreaks.allowed(s, s.indexOf("printed")));
        assertFalse(LineBreaks.allowed(s, s.indexOf("printed") + 3), "pri/nted");
    }

    @Test
    void theLastBreakBeforeAnOverflowIsAWordStart() {
        String s = "Provident fund loan settlement certificate";
        int at = LineBreaks.lastBreakBefore(s, s.indexOf("settlement") + 4);
        assertEquals(s.indexOf("settlement"), at);
        assertEquals(0, LineBreaks.lastBreakBefore("Supercalifragilistic", 10), "one long word has no break");
    }
}
