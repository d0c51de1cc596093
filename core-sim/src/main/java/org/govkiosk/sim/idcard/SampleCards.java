package org.govkiosk.sim.idcard;

import java.time.LocalDate;
import java.util.Map;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.Gender;
import org.govkiosk.identity.IdNumbers;
import org.govkiosk.identity.IdentityDocument;

/**
 * Synthetic cards of every type for the desktop demo, the emulator and tests. The people do not exist;
 * numbers carry correct check digits unless a card is meant to be bad.
 */
public final class SampleCards {
    private SampleCards() {}

    public static IdentityDocument residentId() {
        return new IdentityDocument(DocumentType.RESIDENT_ID, "张秀英", Gender.FEMALE, "01", LocalDate.of(1986, 3, 14),
                "河南省郑州市高新技术产业开发区科学大道100号", IdNumbers.withCheckDigit("41010519860314002"),
                "郑州市公安局高新分局", LocalDate.of(2016, 5, 20), LocalDate.of(2036, 5, 20), Map.of());
    }

    /** An elderly citizen's card with a long-term (长期) validity and a minority nation. */
    public static IdentityDocument residentIdLongTerm() {
        return new IdentityDocument(DocumentType.RESIDENT_ID, "马建国", Gender.MALE, "03", LocalDate.of(1951, 10, 1),
                "河南省郑州市管城回族区东大街8号院3号楼2单元501室", IdNumbers.withCheckDigit("41010419511001003"),
                "郑州市公安局管城分局", LocalDate.of(2011, 7, 2), null, Map.of());
    }

    public static IdentityDocument hongKongPermit() {
        return new IdentityDocument(DocumentType.HK_MACAO_TAIWAN_PERMIT, "陈家明", Gender.MALE, "", LocalDate.of(1990, 8, 8),
                "", IdNumbers.withCheckDigit("81000019900808001"), "公安部出入境管理局",
                LocalDate.of(2023, 1, 4), LocalDate.of(2033, 1, 4),
                Map.of("permitNumber", "H60123456", "issueCount", "01"));
    }

    public static IdentityDocument foreignPermanent2017() {
        return new IdentityDocument(DocumentType.FOREIGN_PERMANENT_2017, "史密斯", Gender.MALE, "", LocalDate.of(1975, 2, 28),
                "", "USA410075022801", "1500", LocalDate.of(2017, 9, 1), LocalDate.of(2027, 9, 1),
                Map.of("englishName", "SMITH, JOHN ROBERT", "nationality", "USA", "cardVersion", "01", "issuerCode", "1500"));
    }

    public static IdentityDocument foreignPermanent2023() {
        return new IdentityDocument(DocumentType.FOREIGN_PERMANENT_2023, "玛丽亚", Gender.FEMALE, "", LocalDate.of(1988, 12, 5),
                "", IdNumbers.withCheckDigit("93381019881205001"), "", LocalDate.of(2024, 1, 15), LocalDate.of(2034, 1, 15),
                Map.of("englishName", "GARCIA LOPEZ, MARIA DE LOS ANGELES CRISTINA", "nationality", "ESP",
                        "renewalCount", "00"));
    }

    /** A resident ID whose validity ended in 2020. */
    public static IdentityDocument expiredResidentId() {
        return new IdentityDocument(DocumentType.RESIDENT_ID, "李伟", Gender.MALE, "01", LocalDate.of(1995, 6, 30),
                "河南省郑州市金水区花园路1号", IdNumbers.withCheckDigit("41010519950630001"), "郑州市公安局金水分局",
                LocalDate.of(2010, 6, 1), LocalDate.of(2020, 6, 1), Map.of());
    }

    /** A resident ID whose last character does not match GB 11643 (a forgery or a misprint). */
    public static IdentityDocument badCheckDigitResidentId() {
        IdentityDocument good = residentId();
        String n = good.number();
        char wrong = n.charAt(17) == '1' ? '2' : '1';
        return new IdentityDocument(good.type(), "王芳", Gender.FEMALE, "01", good.birthDate(), good.address(),
                n.substring(0, 17) + wrong, good.issuer(), good.validFrom(), good.validTo(), Map.of());
    }

    public static EmulatedCard card(IdentityDocument d) {
        return EmulatedCard.of(d);
    }
}
