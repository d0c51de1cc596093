package org.govkiosk.desktop.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.govkiosk.records.RecordTable;

/**
 * Answers "the record of source X for citizen N" from the database. Each catalog item names its source
 * ({@code property}, {@code contrib:medical} ...); the keys returned are the ones the catalog labels.
 * Empty means "no record": the department knows nothing of this kind about the citizen.
 */
final class RecordQueries {
    /** Personal and employer rates of each scheme, applied to the monthly base (Zhengzhou-like, simplified). */
    static final Map<String, BigDecimal[]> RATES = Map.of(
            "pension", new BigDecimal[] {new BigDecimal("0.08"), new BigDecimal("0.16")},
            "medical", new BigDecimal[] {new BigDecimal("0.02"), new BigDecimal("0.08")},
            "unemployment", new BigDecimal[] {new BigDecimal("0.003"), new BigDecimal("0.007")},
            "injury", new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.004")},
            "maternity", new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.007")});
    private static final Map<String, String> KIND_ZH = Map.of("pension", "养老保险", "medical", "医疗保险",
            "unemployment", "失业保险", "injury", "工伤保险", "maternity", "生育保险");
    static final Instant AS_OF = DemoDataGenerator.LAST_MONTH.atEndOfMonth().atTime(23, 59).toInstant(ZoneOffset.ofHours(8));

    private final DataSource db;

    RecordQueries(DataSource db) {
        this.db = db;
    }

    Optional<ItemRecord> find(String itemCode, String source, String docNumber) throws SQLException {
        String[] parts = source.split(":");
        try (Connection c = db.getConnection()) {
            Q q = new Q(c, docNumber);
            Builder b = new Builder(itemCode);
            boolean found = switch (parts[0]) {
                case "property" -> property(q, b);
                case "noProperty" -> noProperty(q, b);
                case "transaction" -> b.table(q.rows("SELECT contract_no, address, price, signed_on, status FROM house_contract WHERE doc_number=? ORDER BY signed_on"),
                        "contractNo", "address", "price", "signedOn", "contractStatus");
                case "mortgage" -> b.field("mortgageCount", q.one("SELECT COUNT(*) FROM mortgage WHERE doc_number=?"))
                        .table(q.rows("SELECT address, bank, amount, date_from, date_to, status FROM mortgage WHERE doc_number=? ORDER BY date_from"),
                                "address", "bank", "mortgageAmount", "mortgageFrom", "mortgageTo", "mortgageStatus");
                case "seizure" -> b.table(q.rows("SELECT address, seized_by, seized_on, status FROM seizure WHERE doc_number=?"),
                        "address", "seizedBy", "seizedOn", "seizureStatus");
                case "deedTax" -> b.table(q.rows("SELECT address, amount, paid_on, voucher_no FROM deed_tax WHERE doc_number=? ORDER BY paid_on"),
                        "address", "taxAmount", "paidOn", "voucherNo");
                case "housingSecurity" -> b.fields(q.row("SELECT kind, status, address, monthly_rent FROM housing_security WHERE doc_number=?"),
                        "securityType", "securityStatus", "address", "monthlyRent");
                case "hukou" -> b.fields(q.row("SELECT address, household_relation, registered_on, police_station FROM citizen WHERE doc_number=? AND local_hukou"),
                        "householdAddress", "householdRelation", "registeredOn", "policeStation");
                case "contrib" -> contributions(q, b, parts.length > 1 ? parts[1] : "pension");
                case "insuranceSummary" -> insuranceSummary(q, b);
                case "pensionPayment" -> pension(q, b);
                case "medicalAccount" -> b.fields(q.row("SELECT insured_type, balance, year_income, year_spent FROM medical_account WHERE doc_number=?"),
                        "insuredType", "accountBalance", "yearIncome", "yearSpent");
                case "medicalVisits" -> b.field("visitCount", q.one("SELECT COUNT(*) FROM medical_visit WHERE doc_number=?"))
                        .table(q.rows("SELECT visit_date, hospital, total, fund_paid, self_paid FROM medical_visit WHERE doc_number=? ORDER BY visit_date DESC"),
                                "visitDate", "hospital", "totalCost", "fundPaid", "selfPaid");
                case "gjjAccount" -> gjjAccount(q, b);
                case "gjjDeposits" -> gjjDeposits(q, b);
                case "gjjLoan" -> gjjLoan(q, b);
                case "gjjWithdrawal" -> b.field("gjjAccountNo", q.one("SELECT account_no FROM gjj_account WHERE doc_number=?"))
                        .table(q.rows("SELECT withdrawn_on, amount, reason FROM gjj_withdrawal WHERE doc_number=? ORDER BY withdrawn_on DESC"),
                                "withdrawnOn", "withdrawAmount", "withdrawReason");
                case "elecAccount" -> b.fields(q.row("SELECT account_no, address, meter_no, balance, tariff FROM elec_account WHERE doc_number=? ORDER BY account_no LIMIT 1"),
                        "elecAccountNo", "elecAddress", "meterNo", "elecBalance", "tariff");
                case "elecBills" -> b.field("elecAccountNo", q.one("SELECT MIN(account_no) FROM elec_account WHERE doc_number=?"))
                        .table(q.rows("SELECT b.ym, b.kwh, b.amount, b.status FROM elec_bill b JOIN elec_account a ON a.account_no=b.account_no WHERE a.doc_number=? ORDER BY b.ym DESC"),
                                "month", "kwh", "billAmount", "billStatus");
                case "elecPayments" -> b.field("elecAccountNo", q.one("SELECT MIN(account_no) FROM elec_account WHERE doc_number=?"))
                        .table(q.rows("SELECT b.paid_on, b.amount, b.channel FROM elec_bill b JOIN elec_account a ON a.account_no=b.account_no WHERE a.doc_number=? AND b.paid_on IS NOT NULL ORDER BY b.paid_on DESC"),
                                "paidOn", "paidAmount", "payChannel");
                case "taxIncome" -> taxIncome(q, b);
                default -> throw new IllegalArgumentException("unknown records source '" + source + "' for " + itemCode);
            };
            return found ? Optional.of(b.build()) : Optional.empty();
        }
    }

    private static boolean property(Q q, Builder b) throws SQLException {
        List<List<String>> rows = q.rows("SELECT cert_no, address, area, usage, registered_on FROM property WHERE doc_number=? ORDER BY registered_on");
        if (rows.isEmpty()) return false;
        BigDecimal area = rows.stream().map(r -> new BigDecimal(r.get(2))).reduce(BigDecimal.ZERO, BigDecimal::add);
        return b.field("propertyCount", String.valueOf(rows.size())).field("totalArea", area.toPlainString())
                .table(rows, "certNo", "address", "area", "usage", "registeredOn");
    }

    /** Only for people the city knows (local hukou or insured here): the proof says whether they own a home. */
    private static boolean noProperty(Q q, Builder b) throws SQLException {
        String known = q.one("SELECT COUNT(*) FROM citizen c WHERE c.doc_number=? AND (c.local_hukou OR EXISTS "
                + "(SELECT 1 FROM insurance i WHERE i.doc_number=c.doc_number))");
        if (!"1".equals(known)) return false;
        int count = Integer.parseInt(q.one("SELECT COUNT(*) FROM property WHERE doc_number=? AND usage='住宅'"));
        return b.field("housingStatus", count == 0 ? "无房" : "有房" + count + "套").field("propertyCount", String.valueOf(count))
                .field("checkedScope", "郑州市全市不动产登记信息").field("checkedOn", AS_OF.atOffset(ZoneOffset.ofHours(8)).toLocalDate().toString())
                .found();
    }

    private static boolean contributions(Q q, Builder b, String kind) throws SQLException {
        if (!RATES.containsKey(kind)) throw new IllegalArgumentException("unknown insurance scheme '" + kind + "'");
        List<String> ins = q.row("SELECT status, employer, first_insured_on, total_months FROM insurance WHERE doc_number=? AND kind='" + kind + "'");
        if (ins == null) return false;
        b.fields(ins, "insuredStatus", "employerName", "firstInsuredOn", "totalMonths");
        BigDecimal[] rate = RATES.get(kind);
        List<List<String>> rows = new ArrayList<>();
        if ("城乡居民".equals(ins.get(1))) {
            rows.add(List.of(String.valueOf(DemoDataGenerator.LAST_MONTH.getYear()), "-", "380.00", "0.00", "已到账"));
        } else {
            for (List<String> m : q.rows("SELECT ym, base, status FROM contribution_month WHERE doc_number=? ORDER BY ym DESC")) {
                BigDecimal base = new BigDecimal(m.get(1));
                rows.add(List.of(m.get(0), m.get(1), base.multiply(rate[0]).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        base.multiply(rate[1]).setScale(2, RoundingMode.HALF_UP).toPlainString(), m.get(2)));
            }
        }
        return b.table(rows, "month", "base", "personalAmount", "employerAmount", "paidStatus");
    }

    private static boolean insuranceSummary(Q q, Builder b) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : q.rows("SELECT kind, status, first_insured_on, total_months FROM insurance WHERE doc_number=? ORDER BY kind")) {
            rows.add(List.of(KIND_ZH.getOrDefault(r.get(0), r.get(0)), r.get(1), r.get(2), r.get(3)));
        }
        return b.table(rows, "insuranceType", "insuredStatus", "insuredSince", "totalMonths");
    }

    private static boolean pension(Q q, Builder b) throws SQLException {
        List<String> p = q.row("SELECT retired_on, monthly, bank FROM pension WHERE doc_number=?");
        if (p == null) return false;
        b.fields(p, "retiredOn", "monthlyPension", "paymentBank");
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < DemoDataGenerator.MONTHS; m++) {
            YearMonth ym = DemoDataGenerator.LAST_MONTH.minusMonths(m);
            if (ym.atDay(1).isBefore(LocalDate.parse(p.get(0)))) break;
            rows.add(List.of(ym.toString(), p.get(1)));
        }
        return b.table(rows, "month", "pensionAmount");
    }

    private static boolean gjjAccount(Q q, Builder b) throws SQLException {
        List<String> a = q.row("SELECT account_no, employer, status, balance, monthly_deposit, rate_percent, opened_on FROM gjj_account WHERE doc_number=?");
        if (a == null) return false;
        List<String> v = new ArrayList<>(a);
        v.set(5, a.get(5) + "%");
        return b.fields(v, "gjjAccountNo", "employerName", "gjjStatus", "gjjBalance", "monthlyDeposit", "depositRate", "openedOn");
    }

    private static boolean gjjDeposits(Q q, Builder b) throws SQLException {
        List<String> a = q.row("SELECT account_no, balance FROM gjj_account WHERE doc_number=?");
        if (a == null) return false;
        b.fields(a, "gjjAccountNo", "gjjBalance");
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : q.rows("SELECT ym, personal, employer_amt FROM gjj_deposit WHERE doc_number=? ORDER BY ym DESC")) {
            rows.add(List.of(r.get(0), r.get(1), r.get(2), new BigDecimal(r.get(1)).add(new BigDecimal(r.get(2))).toPlainString()));
        }
        return b.table(rows, "month", "personalAmount", "employerAmount", "depositTotal");
    }

    private static boolean gjjLoan(Q q, Builder b) throws SQLException {
        List<String> l = q.row("SELECT contract_no, amount, balance, rate, start_date, term_months, monthly, status FROM gjj_loan WHERE doc_number=?");
        if (l == null) return false;
        List<String> v = new ArrayList<>(l);
        v.set(3, new BigDecimal(l.get(3)).stripTrailingZeros().toPlainString() + "%");
        b.fields(v, "loanContractNo", "loanAmount", "loanBalance", "loanRate", "loanStart", "loanTermMonths", "monthlyRepayment", "loanStatus");
        BigDecimal balance = new BigDecimal(l.get(2));
        BigDecimal monthlyRate = new BigDecimal(l.get(3)).divide(new BigDecimal(1200), 8, RoundingMode.HALF_UP);
        BigDecimal monthly = new BigDecimal(l.get(6));
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < DemoDataGenerator.MONTHS; m++) {
            BigDecimal interest = balance.multiply(monthlyRate).setScale(2, RoundingMode.HALF_UP);
            rows.add(List.of(DemoDataGenerator.LAST_MONTH.minusMonths(m).toString(), monthly.subtract(interest).toPlainString(), interest.toPlainString()));
            balance = balance.add(monthly.subtract(interest));
        }
        return b.table(rows, "month", "repaidPrincipal", "repaidInterest");
    }

    private static boolean taxIncome(Q q, Builder b) throws SQLException {
        List<List<String>> rows = q.rows("SELECT ym, income, tax, withholder FROM tax_income WHERE doc_number=? ORDER BY ym DESC");
        if (rows.isEmpty()) return false;
        String year = String.valueOf(DemoDataGenerator.LAST_MONTH.getYear());
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (List<String> r : rows) {
            if (r.get(0).startsWith(year)) {
                income = income.add(new BigDecimal(r.get(1)));
                tax = tax.add(new BigDecimal(r.get(2)));
            }
        }
        return b.field("taxYearIncome", income.toPlainString()).field("taxYearPaid", tax.toPlainString())
                .table(rows, "month", "incomeAmount", "taxAmount", "withholder");
    }

    /** Runs single-parameter queries for one citizen and returns cells as display strings. */
    private record Q(Connection c, String doc) {
        List<List<String>> rows(String sql) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, doc);
                try (ResultSet rs = p.executeQuery()) {
                    int cols = rs.getMetaData().getColumnCount();
                    List<List<String>> out = new ArrayList<>();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>(cols);
                        for (int i = 1; i <= cols; i++) {
                            Object o = rs.getObject(i);
                            row.add(o == null ? "" : o instanceof BigDecimal d ? d.toPlainString() : o.toString());
                        }
                        out.add(row);
                    }
                    return out;
                }
            }
        }

        List<String> row(String sql) throws SQLException {
            List<List<String>> r = rows(sql);
            return r.isEmpty() ? null : r.get(0);
        }

        String one(String sql) throws SQLException {
            List<String> r = row(sql);
            return r == null ? null : r.get(0);
        }
    }

    private static final class Builder {
        private final String itemCode;
        private final List<RecordField> fields = new ArrayList<>();
        private RecordTable table = RecordTable.EMPTY;
        private boolean found;

        Builder(String itemCode) { this.itemCode = itemCode; }

        Builder field(String key, String value) {
            if (value != null) fields.add(new RecordField(key, value));
            return this;
        }

        boolean fields(List<String> values, String... keys) {
            if (values == null) return false;
            for (int i = 0; i < keys.length; i++) field(keys[i], values.get(i));
            found = true;
            return true;
        }

        boolean table(List<List<String>> rows, String... columns) {
            if (rows.isEmpty() && !found) return false;
            table = new RecordTable(List.of(columns), rows);
            found = true;
            return true;
        }

        boolean found() {
            found = true;
            return true;
        }

        ItemRecord build() { return new ItemRecord(itemCode, fields, table, AS_OF); }
    }
}
