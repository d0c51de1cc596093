package org.govkiosk.certificate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.govkiosk.catalog.AssuranceRule;
import org.govkiosk.catalog.Department;
import org.govkiosk.catalog.ItemOutput;
import org.govkiosk.catalog.Localized;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.config.FontLocator;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.govkiosk.records.RecordTable;
import org.govkiosk.records.RecordsGateway;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.records.SignatureAlgorithm;
import org.govkiosk.sim.seal.DemoSealAuthority;

/** Items, records and a records gateway for certificate tests. */
public final class CertificateFixtures {
    private CertificateFixtures() {}

    public static final Department HOUSING_DEPT = new Department("HOUSING", new Localized("市住房保障和房地产管理局", "Municipal Housing Bureau"));
    public static final Department HRSS_DEPT = new Department("HRSS", new Localized("市人力资源和社会保障局", "Municipal Human Resources and Social Security Bureau"));

    public static ServiceItem housing() {
        return new ServiceItem("HOUSING-INFO", new Localized("个人住房信息查询", "Personal housing information"), new Localized("", ""),
                "housing", HOUSING_DEPT, AssuranceRule.ID_CARD, Set.of(ItemOutput.SCREEN, ItemOutput.CERTIFICATE),
                List.of(new ResultField("count", new Localized("登记住房套数", "Registered homes")),
                        new ResultField("address", new Localized("房屋坐落", "Address")),
                        new ResultField("area", new Localized("建筑面积(㎡)", "Floor area (m²)")),
                        new ResultField("regDate", new Localized("登记日期", "Registered on"))),
                List.of(), true);
    }

    public static ServiceItem pension() {
        return new ServiceItem("PENSION-PAY", new Localized("养老保险缴费明细", "Pension contributions"), new Localized("", ""),
                "pension", HRSS_DEPT, AssuranceRule.ID_CARD, Set.of(ItemOutput.SCREEN, ItemOutput.CERTIFICATE, ItemOutput.RECEIPT),
                List.of(new ResultField("unit", new Localized("参保单位", "Employer")),
                        new ResultField("status", new Localized("参保状态", "Status")),
                        new ResultField("month", new Localized("缴费月份", "Month")),
                        new ResultField("base", new Localized("缴费基数", "Base")),
                        new ResultField("amount", new Localized("个人缴费(元)", "Paid (CNY)"))),
                List.of(), true);
    }

    public static ItemRecord housingRecord() {
        return new ItemRecord("HOUSING-INFO", List.of(new RecordField("count", "1"),
                new RecordField("address", "高新区科学大道100号3号楼2单元501室"), new RecordField("area", "89.52"),
                new RecordField("regDate", "2019-06-18")), RecordTable.EMPTY, Instant.parse("2026-11-21T09:00:00Z"));
    }

    /** Enough monthly rows to need several pages. */
    public static ItemRecord pensionRecord(int months) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            rows.add(List.of(String.format("%d-%02d", 2020 + i / 12, i % 12 + 1), "6,500.00", String.format("%.2f", 520.0 + i)));
        }
        return new ItemRecord("PENSION-PAY", List.of(new RecordField("unit", "郑州高新科技有限公司"), new RecordField("status", "正常参保")),
                new RecordTable(List.of("month", "base", "amount"), rows), Instant.parse("2026-11-20T16:00:00Z"));
    }

    public static KioskSettings config(Path dir) {
        return KioskSettings.of(Map.of("certificate.demoSealDir", dir.resolve("seal").toString(), "certificate.sm2", "true"));
    }

    public static DemoSealAuthority authority(KioskSettings config) {
        return new DemoSealAuthority(config.certificate().demoSealDir(),
                code -> code.equals("HOUSING") ? HOUSING_DEPT.name().zh() : HRSS_DEPT.name().zh(),
                FontLocator.find(config.screen().fontPath()).orElse(null));
    }

    /** The holder the department records for these fixtures. */
    public static final CertificateGrant.Holder HOLDER = new CertificateGrant.Holder("张三丰", "4101**********1234");

    /**
     * The records service's certificate side, in-process (the over-HTTP path is tested in desktop): like the
     * department, it seals only the content it granted, with the same DemoSealAuthority the embedded service uses.
     */
    public static final class SealingGateway implements RecordsGateway {
        private final DemoSealAuthority authority;
        private final Map<String, ItemRecord> records;
        private final Map<String, CertificateGrant> issued = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger(1);
        public volatile GatewayError failSigning;

        public SealingGateway(DemoSealAuthority authority, Map<String, ItemRecord> records) {
            this.authority = authority;
            this.records = records;
        }

        @Override public GatewayResult<CitizenRef> identify(String s, IdentifyRequest r) { return GatewayResult.ok(new CitizenRef("t", "张*")); }

        @Override public GatewayResult<ItemRecord> fetchRecord(String s, CitizenRef c, String item) {
            ItemRecord r = records.get(item);
            return r == null ? GatewayResult.fail(GatewayError.NO_RECORD, item) : GatewayResult.ok(r);
        }

        @Override public GatewayResult<CertificateGrant> requestCertificate(String s, CitizenRef c, String item) {
            ItemRecord r = records.get(item);
            if (r == null) return GatewayResult.fail(GatewayError.NO_RECORD, item);
            String dept = item.startsWith("HOUSING") ? "HOUSING" : "HRSS";
            String serial = String.format("ZZ-2026-%06d", next.getAndIncrement());
            CertificateGrant g = new CertificateGrant(serial, item, dept, Instant.parse("2026-11-21T10:30:00Z"), HOLDER, r,
                    authority.sealImagePng(dept), "https://zwfw.example.gov.cn/verify", true);
            issued.put(serial, g);
            return GatewayResult.ok(g);
        }

        @Override public GatewayResult<byte[]> signDigest(String s, String serial, SignatureAlgorithm a, byte[] digest, byte[] content) {
            if (failSigning != null) return GatewayResult.fail(failSigning, "injected");
            CertificateGrant g = issued.get(serial);
            if (g == null) return GatewayResult.fail(GatewayError.REJECTED, "unknown serial");
            byte[] granted = CertificateDigest.canonicalContent(g);
            if (!java.util.Arrays.equals(granted, content)) return GatewayResult.fail(GatewayError.REJECTED, "CONTENT_MISMATCH");
            return GatewayResult.ok(a == SignatureAlgorithm.CMS ? authority.signCms(g.departmentCode(), digest, CertificateDigest.sha256(granted))
                    : authority.signSm2(g.departmentCode(), CertificateDigest.sm3(granted)));
        }

        @Override public GatewayResult<byte[]> fetchCrl() {
            return GatewayResult.ok(authority.crl());
        }

        @Override public GatewayResult<CertificateStatus> verifyCertificate(String serial) {
            CertificateGrant g = issued.get(serial);
            if (g == null) return GatewayResult.ok(new CertificateStatus(serial, CertificateStatus.State.UNKNOWN, "", ""));
            return GatewayResult.ok(new CertificateStatus(serial, CertificateStatus.State.VALID, CertificateDigest.sha256Hex(g), g.itemCode(),
                    CertificateContent.of(g).view()));
        }

        @Override public GatewayResult<ServiceHealth> health() { return GatewayResult.ok(new ServiceHealth(true, "test", "")); }
    }
}
