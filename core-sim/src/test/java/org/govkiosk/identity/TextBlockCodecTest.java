package org.govkiosk.identity;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.govkiosk.sim.idcard.SampleCards;
import org.junit.jupiter.api.Test;

class TextBlockCodecTest {
    /** Builds a text block by hand from offsets in protocols.md, independent of the encoder. */
    static byte[] block(Object... offsetAndText) {
        byte[] b = new byte[256];
        for (int i = 0; i < b.length; i += 2) b[i] = 0x20;
        for (int i = 0; i < offsetAndText.length; i += 2) {
            byte[] s = ((String) offsetAndText[i + 1]).getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(s, 0, b, (Integer) offsetAndText[i], s.length);
        }
        return b;
    }

    @Test
    void decodesHandBuiltResidentCard() throws Exception {
        byte[] b = block(0, "张三", 30, "1", 32, "01", 36, "19491231", 52, "北京市朝阳区某某路1号", 122, "11010519491231002X",
                158, "北京市公安局朝阳分局", 188, "20150101", 204, "长期");
        IdentityDocument d = TextBlockDecoder.decode(b);
        assertEquals(DocumentType.RESIDENT_ID, d.type());
        assertEquals("张三", d.name());
        assertEquals(Gender.MALE, d.gender());
        assertEquals("01", d.nationCode());
        assertEquals(LocalDate.of(1949, 12, 31), d.birthDate());
        assertEquals("北京市朝阳区某某路1号", d.address());
        assertEquals("11010519491231002X", d.number());
        assertEquals("北京市公安局朝阳分局", d.issuer());
        assertEquals(LocalDate.of(2015, 1, 1), d.validFrom());
        assertNull(d.validTo(), "长期 means no expiry");
        assertFalse(d.isExpired(LocalDate.of(2099, 1, 1)));
        assertTrue(DocumentChecks.problems(d, LocalDate.of(2026, 1, 1)).isEmpty());
    }

    @Test
    void decodesHandBuiltPermitAndForeignCards() throws Exception {
        IdentityDocument j = TextBlockDecoder.decode(block(0, "陈大文", 30, "1", 36, "19900808", 122, "81000019900808001X",
                158, "公安部出入境管理局", 188, "20230104", 204, "20330104", 220, "H60123456", 238, "01", 248, "J"));
        assertEquals(DocumentType.HK_MACAO_TAIWAN_PERMIT, j.type());
        assertEquals("H60123456", j.extra().get("permitNumber"));
        assertEquals("01", j.extra().get("issueCount"));
        assertEquals("", j.nationCode());

        IdentityDocument i = TextBlockDecoder.decode(block(0, "SMITH, JOHN", 120, "1", 122, "USA410075022801", 152, "USA",
                158, "史密斯", 188, "20170901", 204, "20270901", 220, "19750228", 236, "01", 240, "1500", 248, "I"));
        assertEquals(DocumentType.FOREIGN_PERMANENT_2017, i.type());
        assertEquals("史密斯", i.name());
        assertEquals("USA410075022801", i.number());
        assertEquals(LocalDate.of(1975, 2, 28), i.birthDate());
        assertEquals(Map.of("englishName", "SMITH, JOHN", "nationality", "USA", "cardVersion", "01", "issuerCode", "1500"), i.extra());

        String english = "GARCIA LOPEZ, MARIA DE LOS ANGELES CRISTINA"; // the seam after 35 chars is a space
        IdentityDocument y = TextBlockDecoder.decode(block(0, "玛丽亚", 30, "2", 32, "00", 36, "19881205", 52, english.substring(0, 35),
                122, "933810198812050016", 188, "20240115", 204, "20340115", 220, english.substring(35), 242, "ESP", 248, "Y"));
        assertEquals(DocumentType.FOREIGN_PERMANENT_2023, y.type());
        assertEquals(english, y.extra().get("englishName"));
        assertEquals("ESP", y.extra().get("nationality"));
        assertEquals(Gender.FEMALE, y.gender());
    }

    @Test
    void roundTripsEverySampleCard() throws Exception {
        for (IdentityDocument d : new IdentityDocument[] {SampleCards.residentId(), SampleCards.residentIdLongTerm(),
                SampleCards.hongKongPermit(), SampleCards.foreignPermanent2017(), SampleCards.foreignPermanent2023(),
                SampleCards.expiredResidentId(), SampleCards.badCheckDigitResidentId()}) {
            IdentityDocument back = TextBlockDecoder.decode(TextBlockEncoder.encode(d));
            assertEquals(d, back, d.type().toString());
        }
    }

    @Test
    void trimsNulPaddingToo() throws Exception {
        byte[] b = block(0, "李四", 30, "2", 32, "03", 36, "20000101", 122, "11010519491231002X", 188, "20200101", 204, "20300101");
        Arrays.fill(b, 4, 30, (byte) 0); // some writers pad the name with NULs
        assertEquals("李四", TextBlockDecoder.decode(b).name());
    }

    @Test
    void badDatesAndSizesAreTypedErrors() {
        byte[] badBirth = block(36, "19491341", 122, "11010519491231002X", 188, "20150101", 204, "长期");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> TextBlockDecoder.decode(badBirth));
        assertTrue(e.getMessage().contains("birthDate"), e.getMessage());
        assertFalse(e.getMessage().contains("19491341"), "the message must not echo card content");
        assertThrows(DocumentFormatException.class, () -> TextBlockDecoder.decode(new byte[255]));
        assertThrows(DocumentFormatException.class, () -> TextBlockDecoder.decode(null));
        byte[] noNumber = block(36, "19491231", 188, "20150101", 204, "长期");
        assertThrows(DocumentFormatException.class, () -> TextBlockDecoder.decode(noNumber));
        byte[] longTermFrom = block(36, "19491231", 122, "11010519491231002X", 188, "长期", 204, "长期");
        assertThrows(DocumentFormatException.class, () -> TextBlockDecoder.decode(longTermFrom));
    }

    @Test
    void expiryAndCheckDigitAreDistinctProblems() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertEquals(Set.of(DocumentChecks.Problem.EXPIRED), DocumentChecks.problems(SampleCards.expiredResidentId(), today));
        assertEquals(Set.of(DocumentChecks.Problem.BAD_CHECK_DIGIT), DocumentChecks.problems(SampleCards.badCheckDigitResidentId(), today));
        assertEquals(Set.of(DocumentChecks.Problem.NOT_YET_VALID),
                DocumentChecks.problems(SampleCards.residentId(), LocalDate.of(2010, 1, 1)));
        // The 2017 foreign card's 15-character number has no GB 11643 check digit.
        assertTrue(DocumentChecks.problems(SampleCards.foreignPermanent2017(), today).isEmpty());
        assertTrue(DocumentChecks.problems(SampleCards.foreignPermanent2023(), today).isEmpty());
        assertTrue(DocumentChecks.problems(SampleCards.hongKongPermit(), today).isEmpty());
    }

    @Test
    void encoderRefusesFieldsThatDoNotFit() {
        IdentityDocument d = SampleCards.residentId();
        IdentityDocument tooLong = new IdentityDocument(d.type(), "一二三四五六七八九十一二三四五六", d.gender(), d.nationCode(), d.birthDate(),
                d.address(), d.number(), d.issuer(), d.validFrom(), d.validTo(), d.extra());
        assertThrows(IllegalArgumentException.class, () -> TextBlockEncoder.encode(tooLong));
    }
}
