package org.govkiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PinyinReadingTest {
    @Test
    void hanziBecomeToneNumberedSyllablesAndPunctuationPauses() {
        assertEquals("qing3 qu3 hui2 nin2 de5 shen1 fen4 zheng4 .", PinyinReading.of("请取回您的身份证。"));
        assertEquals("san1 shi2 er4 wan4 wu3 qian1 yuan2 , er4 ling2 yi1 jiu3 nian2", PinyinReading.of("三十二万五千元，二〇一九年"));
        assertEquals("A4 zheng4 ming2", PinyinReading.of("A4证明"));
        assertEquals("yin1 liang4 bai3 fen1 zhi1 80", PinyinReading.of("音量 80%"));
    }
}
