package org.govkiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpokenPrivacyTest {
    @Test
    void fullIdNumberBecomesItsLastFourAndFullNameItsSurname() {
        String said = SpokenPrivacy.guard(Locale.SIMPLIFIED_CHINESE, "王小明，证件号码41010519800101123X，请取卡", "王小明");
        assertEquals("王，证件号码尾号123X，请取卡", said);
        assertEquals("ID ending 0173.", SpokenPrivacy.guard(Locale.ENGLISH, "ID 410105198001010173.", null));
    }

    @Test
    void maskStarsAreNotReadAndOtherNumbersStay() {
        assertEquals("张，您好", SpokenPrivacy.guard(Locale.SIMPLIFIED_CHINESE, "张**，您好", null));
        // A 14-digit account number is not an ID number (and SpokenFigures keeps it off the air anyway).
        assertEquals("41596856447265", SpokenPrivacy.guard(Locale.ENGLISH, "41596856447265", null));
    }
}
