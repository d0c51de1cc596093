package org.govkiosk.desktop.records;

import org.govkiosk.identity.IdNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.Gender;
import org.govkiosk.identity.IdentityDocument;

/**
 * The synthetic citizens the desktop's simulated ID cards belong to, each showing a distinct situation. All
 * names and numbers are invented (numbers carry valid GB 11643 check characters); the generator writes
 * exactly these records for them, whatever the seed.
 */
public final class DemoCitizens {
    /** @param situation what this citizen demonstrates, for the developer panel (English, technician-facing) */
    public record DemoCitizen(String key, IdentityDocument document, String situation, CitizenProfile profile) {
        @Override
        public String toString() { return "DemoCitizen[" + key + "]"; }
    }

    public static final DemoCitizen HOMEOWNER_WITH_MORTGAGE = new DemoCitizen("homeowner",
            resident("王建国", Gender.MALE, "410105", LocalDate.of(1982, 3, 15), "017",
                    "河南省郑州市金水区花园路136号院3号楼2单元502号", "郑州市公安局金水分局", LocalDate.of(2018, 6, 1), LocalDate.of(2038, 6, 1)),
            "owns a flat with a bank mortgage; employed, provident fund, electricity",
            new CitizenProfile(true, 1, true, true, false, true, false, false, true, false, false, false, false, 2, true));

    public static final DemoCitizen NO_PROPERTY = new DemoCitizen("noProperty",
            resident("李秀英", Gender.FEMALE, "410102", LocalDate.of(1995, 7, 8), "026",
                    "河南省郑州市中原区建设路58号院7号楼1单元301号", "郑州市公安局中原分局", LocalDate.of(2015, 9, 1), LocalDate.of(2035, 9, 1)),
            "owns nothing (无房证明); rents public housing, withdraws provident fund for rent",
            new CitizenProfile(true, 0, false, true, false, true, false, true, false, true, false, false, false, 1, true));

    public static final DemoCitizen PENSIONER = new DemoCitizen("pensioner",
            resident("张德明", Gender.MALE, "410103", LocalDate.of(1958, 11, 2), "035",
                    "河南省郑州市二七区大学路21号院1号楼4单元201号", "郑州市公安局二七分局", LocalDate.of(2012, 3, 1), null),
            "retired pensioner; owns a paid-off flat; frequent hospital visits",
            new CitizenProfile(true, 1, false, false, true, false, false, false, true, false, false, false, false, 6, false));

    public static final DemoCitizen PROVIDENT_FUND_LOAN = new DemoCitizen("fundLoan",
            resident("刘洋", Gender.MALE, "410108", LocalDate.of(1988, 1, 20), "051",
                    "河南省郑州市惠济区天河路9号院12号楼1单元1102号", "郑州市公安局惠济分局", LocalDate.of(2019, 1, 10), LocalDate.of(2039, 1, 10)),
            "bought a new flat with a provident fund loan; contract filed; employed",
            new CitizenProfile(true, 1, true, true, false, true, true, false, true, false, false, true, false, 0, true));

    public static final DemoCitizen NO_RECORDS = new DemoCitizen("noRecords",
            resident("陈静", Gender.FEMALE, "420106", LocalDate.of(1990, 5, 30), "044",
                    "湖北省武汉市武昌区中南路77号", "武汉市公安局武昌分局", LocalDate.of(2020, 8, 1), LocalDate.of(2040, 8, 1)),
            "new arrival from another province: known to no department here (every item: no record)",
            CitizenProfile.NOTHING);

    public static final DemoCitizen STUDENT = new DemoCitizen("student",
            resident("赵敏", Gender.FEMALE, "410104", LocalDate.of(2001, 9, 12), "062",
                    "河南省郑州市管城回族区紫荆山路45号院2号楼3单元602号", "郑州市公安局管城分局", LocalDate.of(2017, 10, 1), LocalDate.of(2027, 10, 1)),
            "student: only resident medical insurance and one clinic visit",
            new CitizenProfile(true, 0, false, false, false, false, false, false, false, false, false, false, true, 1, false));

    public static final DemoCitizen HONG_KONG_RESIDENT = new DemoCitizen("hongKong",
            new IdentityDocument(DocumentType.HK_MACAO_TAIWAN_PERMIT, "黄志明", Gender.MALE, "", LocalDate.of(1985, 6, 12),
                    "香港特别行政区", IdNumbers.withCheckDigit("81000019850612073"), "公安部出入境管理局",
                    LocalDate.of(2021, 4, 1), LocalDate.of(2031, 4, 1),
                    Map.of("passNumber", "H60213847", "issueCount", "02", "englishName", "WONG CHI MING")),
            "Hong Kong resident working in Zhengzhou: social insurance, provident fund, electricity, tax",
            new CitizenProfile(false, 0, false, true, false, true, false, false, true, false, false, false, false, 1, true));

    public static final DemoCitizen FOREIGN_PERMANENT_RESIDENT = new DemoCitizen("foreigner",
            new IdentityDocument(DocumentType.FOREIGN_PERMANENT_2023, "史密斯", Gender.MALE, "", LocalDate.of(1980, 3, 14),
                    "", IdNumbers.withCheckDigit("94182619800314012"), "中华人民共和国国家移民管理局",
                    LocalDate.of(2023, 12, 1), LocalDate.of(2033, 12, 1),
                    Map.of("englishName", "SMITH, JOHN", "nationality", "GBR", "cardVersion", "2023")),
            "foreign permanent resident (2023 card): owns a flat, employed, electricity",
            new CitizenProfile(false, 1, false, true, false, false, false, false, true, false, false, false, false, 0, true));

    public static final DemoCitizen SEIZED_PROPERTY = new DemoCitizen("seized",
            resident("孙立伟", Gender.MALE, "410105", LocalDate.of(1975, 12, 3), "079",
                    "河南省郑州市金水区农业路18号院5号楼2单元702号", "郑州市公安局金水分局", LocalDate.of(2016, 2, 1), LocalDate.of(2036, 2, 1)),
            "two properties, one seized by a court; electricity bills in arrears",
            new CitizenProfile(true, 2, true, true, false, true, false, true, true, false, true, true, false, 3, true));

    public static final List<DemoCitizen> ALL = List.of(HOMEOWNER_WITH_MORTGAGE, NO_PROPERTY, PENSIONER, PROVIDENT_FUND_LOAN,
            NO_RECORDS, STUDENT, HONG_KONG_RESIDENT, FOREIGN_PERMANENT_RESIDENT, SEIZED_PROPERTY);

    private DemoCitizens() {}

    public static List<IdentityDocument> documents() {
        return ALL.stream().map(DemoCitizen::document).toList();
    }

    public static Optional<DemoCitizen> byKey(String key) {
        return ALL.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private static IdentityDocument resident(String name, Gender gender, String area, LocalDate birth, String seq,
                                             String address, String issuer, LocalDate from, LocalDate to) {
        String first17 = area + birth.toString().replace("-", "") + seq;
        return new IdentityDocument(DocumentType.RESIDENT_ID, name, gender, "01", birth, address,
                IdNumbers.withCheckDigit(first17), issuer, from, to, Map.of());
    }
}
