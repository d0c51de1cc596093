package org.govkiosk.device.receipt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkiosk.catalog.AssuranceRule;
import org.govkiosk.catalog.Department;
import org.govkiosk.catalog.ItemOutput;
import org.govkiosk.catalog.Localized;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.govkiosk.records.RecordTable;

/** Payment-proof items and records shared by the receipt tests of core and kiosk. */
public final class ReceiptFixtures {
    private ReceiptFixtures() {}

    public static final Instant PRINTED_AT = Instant.parse("2026-11-21T10:31:00Z");

    /** A status reply gets 3 s: a busy build machine (load 20+ on two cores) missed 500 ms; silence tests wait that long. */
    public static KioskSettings config() {
        return KioskSettings.of(Map.of("receipt.statusTimeout", "3s", "receipt.printTimeout", "10s"));
    }

    public static ServiceItem socialInsurance() {
        return new ServiceItem("SI-PAY", new Localized("社会保险缴费查询", "Social insurance payments"), new Localized("", ""),
                "pension", new Department("HRSS", new Localized("市人社局", "HRSS Bureau")), AssuranceRule.ID_CARD,
                Set.of(ItemOutput.SCREEN, ItemOutput.RECEIPT),
                List.of(new ResultField("insuranceType", new Localized("险种", "Insurance")),
                        new ResultField("month", new Localized("缴费月份", "Month")),
                        new ResultField("amount", new Localized("金额(元)", "Amount (CNY)"))),
                List.of(), true);
    }

    public static ServiceItem providentFund() {
        return new ServiceItem("HF-PAY", new Localized("公积金缴存查询", "Provident fund deposits"), new Localized("", ""),
                "gjj", new Department("HF", new Localized("住房公积金管理中心", "Housing Fund Centre")), AssuranceRule.ID_CARD,
                Set.of(ItemOutput.SCREEN, ItemOutput.RECEIPT),
                List.of(new ResultField("account", new Localized("公积金账号", "Account")),
                        new ResultField("balance", new Localized("账户余额(元)", "Balance (CNY)"))),
                List.of(), true);
    }

    public static ItemRecord socialInsuranceRecord() {
        return new ItemRecord("SI-PAY", List.of(new RecordField("insuranceType", "城镇职工基本养老保险")),
                new RecordTable(List.of("month", "amount"), List.of(
                        List.of("2026-08", "520.00"), List.of("2026-09", "520.00"), List.of("2026-10", "545.60"))),
                Instant.parse("2026-11-20T16:00:00Z"));
    }

    public static ItemRecord providentFundRecord() {
        return new ItemRecord("HF-PAY", List.of(new RecordField("account", "****5678"), new RecordField("balance", "23,456.78")),
                RecordTable.EMPTY, Instant.parse("2026-11-20T16:00:00Z"));
    }
}
