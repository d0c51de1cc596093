package org.govkiosk.identity;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "11010519491231002x", "51010419730925001X"})
    void acceptsNumbersWithCorrectCheckDigit(String number) {
        assertTrue(IdNumbers.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "440524188001010015", "11010519491231002", "1101051949123100XX",
            "A1010519491231002X", "", "11010519491231002X0"})
    void refusesWrongCheckDigitOrShape(String number) {
        assertFalse(IdNumbers.isValid(number), number);
    }

    @Test
    void computesEveryRemainderMapping() {
        // The check character for remainder r is "10X98765432"[r]: the remainder 2 case yields X.
        assertEquals('X', IdNumbers.checkDigit("11010519491231002"));
        assertEquals('4', IdNumbers.checkDigit("44052418800101001"));
        assertEquals("440524188001010014", IdNumbers.withCheckDigit("44052418800101001"));
    }

    @Test
    void nullIsNotValid() {
        assertFalse(IdNumbers.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.checkDigit("1234"));
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.checkDigit("1101051949123100A"));
    }

    @Test
    void nationAndGenderNames() {
        assertEquals("汉", Nations.name("01").orElseThrow());
        assertEquals("汉族", Nations.displayName("01").orElseThrow());
        assertEquals("基诺", Nations.name("56").orElseThrow());
        assertEquals("外国血统中国籍人士", Nations.displayName("98").orElseThrow());
        assertEquals("其他", Nations.name("97").orElseThrow());
        assertTrue(Nations.name("57").isEmpty());
        assertTrue(Nations.name("x1").isEmpty());
        assertTrue(Nations.name("").isEmpty());
        assertEquals("女", Gender.FEMALE.chineseName());
        assertEquals(Gender.UNSTATED, Gender.fromCode("9"));
        assertEquals("idcard.gender.male", Gender.MALE.messageKey());
    }

    @org.junit.jupiter.api.Test
    void faceIsRefusedUntilTheFourteenthBirthdayAndForNumbersWithoutABirthDate() {
        String child = IdNumbers.withCheckDigit("41010520120315017");
        java.time.LocalDate birthday14 = java.time.LocalDate.of(2026, 3, 15);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(java.time.LocalDate.of(2012, 3, 15)), IdNumbers.birthDate(child));
        org.junit.jupiter.api.Assertions.assertTrue(IdNumbers.tooYoungForFace(child, birthday14.minusDays(1)));
        org.junit.jupiter.api.Assertions.assertFalse(IdNumbers.tooYoungForFace(child, birthday14));
        org.junit.jupiter.api.Assertions.assertFalse(IdNumbers.tooYoungForFace("410105198203150173", birthday14));
        org.junit.jupiter.api.Assertions.assertTrue(IdNumbers.tooYoungForFace(IdNumbers.withCheckDigit("41010519821315017"), birthday14), "month 13");
        org.junit.jupiter.api.Assertions.assertTrue(IdNumbers.tooYoungForFace("4101051982", birthday14), "not a number");
    }
}
