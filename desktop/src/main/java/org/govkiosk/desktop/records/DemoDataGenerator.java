package org.govkiosk.desktop.records;

import org.govkiosk.identity.IdNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.govkiosk.identity.IdentityDocument;

/**
 * Fills the records database with thousands of synthetic citizens of Zhengzhou and their records. Deterministic:
 * the same seed and count give the same rows on every machine, so tests and demos can name citizens. No row
 * describes a real person: names are drawn from common surnames and given-name characters, numbers are
 * generated, addresses are invented house numbers on ordinary street names.
 */
public final class DemoDataGenerator {
    /** Records run up to this month whatever today's date, so the data never changes under a test. */
    public static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
    static final int MONTHS = 12;

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文辉力鹏飞玉梅宇浩然欣怡子涵晨阳"
            + "佳琪思远博文雨轩梓萱一诺俊杰嘉怡海燕永庆德胜春生秋菊冬梅学军立新振华").split("");
    private static final String[][] DISTRICTS = {
            {"410105", "金水区", "花园路", "农业路", "经三路", "文化路", "纬五路"},
            {"410102", "中原区", "中原路", "建设路", "桐柏路", "伏牛路", "棉纺路"},
            {"410103", "二七区", "大学路", "航海路", "兴华街", "长江路", "嵩山路"},
            {"410104", "管城回族区", "紫荆山路", "城东路", "商城路", "东明路", "南三环"},
            {"410108", "惠济区", "天河路", "开元路", "英才街", "长兴路", "固城路"},
            {"410102", "高新区", "科学大道", "长椿路", "金梭路", "莲花街", "西三环"}};
    private static final String[] EMPLOYERS = {"郑州中原智联科技有限公司", "郑州嵩岳数据服务有限公司", "河南黄河云帆物流有限公司",
            "郑州绿城餐饮管理有限公司", "郑州商都建设工程有限公司", "河南豫丰农业发展有限公司", "郑州金梭精密机械有限公司",
            "郑州莲花街小学", "郑州市二七区社区卫生服务中心", "河南中州文旅传媒有限公司", "郑州高新区科创孵化器有限公司",
            "郑州天河物业服务有限公司"};
    private static final String[] BANKS = {"中国建设银行郑州金水支行", "中国工商银行郑州中原支行", "中国农业银行郑州二七支行",
            "中国银行郑州高新区支行", "郑州银行花园路支行"};
    private static final String[] HOSPITALS = {"郑州市第一人民医院", "郑州市中心医院", "郑州市中医院", "河南省人民医院",
            "金水区总医院", "高新区社区卫生服务中心", "二七区人民医院"};
    private static final String[] COURTS = {"郑州市金水区人民法院", "郑州市中级人民法院", "郑州高新技术产业开发区人民法院"};

    private final long seed;
    private final int count;
    private int elecAccounts;

    public DemoDataGenerator(long seed, int count) {
        this.seed = seed;
        this.count = count;
    }

    /** Writes everything in one transaction; returns the number of citizens written. */
    public int generate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        // The generator is the only writer and inserts parents first; skipping per-row key checks halves the time.
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        c.setAutoCommit(false);
        try (Rows rows = new Rows(c)) {
            Set<String> numbers = new HashSet<>();
            for (DemoCitizens.DemoCitizen d : DemoCitizens.ALL) {
                numbers.add(d.document().number());
                write(rows, d.document(), d.profile(), new SplittableRandom(d.document().number().hashCode()), d.key().equals("seized"));
            }
            SplittableRandom rnd = new SplittableRandom(seed);
            int written = 0;
            while (written < count) {
                SplittableRandom r = rnd.split();
                IdentityDocument doc = randomResident(r);
                if (!numbers.add(doc.number())) continue;
                write(rows, doc, randomProfile(r, doc), r, false);
                written++;
                if (written % 500 == 0) rows.flush();
            }
            rows.flush();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO generation VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                p.setLong(1, seed);
                p.setInt(2, count);
                p.executeUpdate();
            }
            c.commit();
            return written + DemoCitizens.ALL.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    private static IdentityDocument randomResident(SplittableRandom r) {
        String[] d = DISTRICTS[r.nextInt(DISTRICTS.length)];
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 66));
        boolean male = r.nextBoolean();
        int seq = r.nextInt(500) * 2 + (male ? 1 : 0);
        String number = IdNumbers.withCheckDigit(d[0] + birth.toString().replace("-", "") + String.format("%03d", seq));
        String name = pick(r, SURNAMES) + pick(r, GIVEN) + (r.nextInt(4) == 0 ? "" : pick(r, GIVEN));
        String address = "河南省郑州市" + d[1] + d[2 + r.nextInt(5)] + (1 + r.nextInt(299)) + "号院" + (1 + r.nextInt(20)) + "号楼"
                + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(26)) + "0" + (1 + r.nextInt(4)) + "号";
        return new IdentityDocument(org.govkiosk.identity.DocumentType.RESIDENT_ID, name,
                male ? org.govkiosk.identity.Gender.MALE : org.govkiosk.identity.Gender.FEMALE, "01", birth, address, number,
                "郑州市公安局" + d[1].replace("回族区", "").replace("区", "") + "分局", null, null, null);
    }

    private static CitizenProfile randomProfile(SplittableRandom r, IdentityDocument doc) {
        int age = LAST_MONTH.getYear() - doc.birthDate().getYear();
        boolean male = doc.gender() == org.govkiosk.identity.Gender.MALE;
        boolean retiree = age >= (male ? 60 : 55);
        boolean adult = age >= 18;
        boolean worker = adult && !retiree && age >= 20 && r.nextInt(100) < 80;
        int properties = age >= 25 && r.nextInt(100) < 58 ? (r.nextInt(100) < 15 ? 2 : 1) : 0;
        boolean mortgage = properties > 0 && age < 58 && r.nextInt(100) < 60;
        boolean gjj = worker && r.nextInt(100) < 72;
        boolean gjjLoan = gjj && mortgage && r.nextInt(100) < 35;
        return new CitizenProfile(r.nextInt(100) < 92, properties, mortgage, worker, retiree, gjj, gjjLoan,
                gjj && r.nextInt(100) < 20, adult && r.nextInt(100) < 80, properties == 0 && adult && r.nextInt(100) < 6,
                properties > 0 && r.nextInt(100) < 2, properties > 0 && r.nextInt(100) < 12,
                !worker && !retiree && r.nextInt(100) < 75, r.nextInt(7), worker);
    }

    private void write(Rows w, IdentityDocument doc, CitizenProfile p, SplittableRandom r, boolean arrears) throws SQLException {
        String n = doc.number();
        LocalDate birth = doc.birthDate();
        String district = districtOf(doc.address());
        w.citizen.setString(1, n);
        w.citizen.setString(2, doc.type().name());
        w.citizen.setString(3, doc.name());
        w.citizen.setString(4, doc.gender().code());
        w.citizen.setDate(5, Date.valueOf(birth));
        w.citizen.setString(6, doc.address().isEmpty() ? "河南省郑州市高新区科学大道100号" : doc.address());
        w.citizen.setBoolean(7, p.localHukou());
        w.citizen.setString(8, p.localHukou() ? "郑州市公安局" + district.replace("回族区", "").replace("区", "") + "分局"
                + pick(r, new String[] {"城北路", "花园路", "建设路", "大学路", "文化路"}) + "派出所" : "");
        w.citizen.setString(9, pick(r, new String[] {"户主", "户主", "配偶", "子", "女"}));
        w.citizen.setDate(10, Date.valueOf(birth.plusYears(r.nextInt(17))));
        w.citizen.addBatch();

        int age = LAST_MONTH.getYear() - birth.getYear();
        for (int i = 0; i < p.properties(); i++) {
            LocalDate reg = LocalDate.of(Math.max(birth.getYear() + 24, 1998) + r.nextInt(Math.max(1, Math.min(age - 23, 26))), 1 + r.nextInt(12), 1 + r.nextInt(28));
            if (reg.isAfter(LAST_MONTH.atEndOfMonth())) reg = LAST_MONTH.atDay(3);
            String address = propertyAddress(r);
            BigDecimal area = money(60 + r.nextInt(90) + r.nextInt(100) / 100.0);
            w.property.setString(1, n);
            w.property.setString(2, "豫(" + reg.getYear() + ")郑州市不动产权第" + String.format("%07d", r.nextInt(10_000_000)) + "号");
            w.property.setString(3, address);
            w.property.setBigDecimal(4, area);
            w.property.setString(5, i == 1 && r.nextBoolean() ? "商业" : "住宅");
            w.property.setDate(6, Date.valueOf(reg));
            w.property.addBatch();
            BigDecimal price = area.multiply(money(9000 + r.nextInt(9000)));
            if (reg.getYear() >= 2010) {
                w.deedTax.setString(1, n);
                w.deedTax.setString(2, address);
                w.deedTax.setBigDecimal(3, price.multiply(new BigDecimal(area.intValue() <= 90 ? "0.01" : "0.015")).setScale(2, RoundingMode.HALF_UP));
                w.deedTax.setDate(4, Date.valueOf(reg.minusDays(10)));
                w.deedTax.setString(5, "410" + reg.getYear() + String.format("%08d", r.nextInt(100_000_000)));
                w.deedTax.addBatch();
            }
            if (p.mortgage() && i == 0) {
                w.mortgage.setString(1, n);
                w.mortgage.setString(2, address);
                w.mortgage.setString(3, p.gjjLoan() ? "郑州住房公积金管理中心" : pick(r, BANKS));
                w.mortgage.setBigDecimal(4, price.multiply(new BigDecimal("0.7")).setScale(2, RoundingMode.HALF_UP));
                w.mortgage.setDate(5, Date.valueOf(reg));
                w.mortgage.setDate(6, Date.valueOf(reg.plusYears(20 + r.nextInt(11))));
                w.mortgage.setString(7, "抵押中");
                w.mortgage.addBatch();
            }
            if (p.seizure() && i == p.properties() - 1) {
                w.seizure.setString(1, n);
                w.seizure.setString(2, address);
                w.seizure.setString(3, pick(r, COURTS));
                w.seizure.setDate(4, Date.valueOf(LAST_MONTH.minusMonths(2 + r.nextInt(20)).atDay(1 + r.nextInt(27))));
                w.seizure.setString(5, "查封中");
                w.seizure.addBatch();
            }
            if (p.houseContract() && i == 0) {
                w.contract.setString(1, n);
                w.contract.setString(2, "ZZ" + reg.getYear() + String.format("%08d", r.nextInt(100_000_000)));
                w.contract.setString(3, address);
                w.contract.setBigDecimal(4, price.setScale(2, RoundingMode.HALF_UP));
                w.contract.setDate(5, Date.valueOf(reg.minusMonths(6)));
                w.contract.setString(6, "已备案");
                w.contract.addBatch();
            }
        }
        if (p.housingSecurity()) {
            w.security.setString(1, n);
            w.security.setString(2, "公共租赁住房");
            w.security.setString(3, "保障中");
            w.security.setString(4, "郑州市" + pick(r, new String[] {"二七区锦荣公租房小区", "惠济区英才公租房小区", "高新区瑞达公租房小区"})
                    + (1 + r.nextInt(12)) + "号楼" + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(4)) + "室");
            w.security.setBigDecimal(5, money(300 + r.nextInt(500)));
            w.security.addBatch();
        }

        String employer = pick(r, EMPLOYERS);
        LocalDate firstInsured = birth.plusYears(20 + r.nextInt(4)).withDayOfMonth(1);
        if (firstInsured.getYear() < 1993) firstInsured = LocalDate.of(1993, 1, 1);
        if (firstInsured.isAfter(LAST_MONTH.minusMonths(MONTHS).atDay(1))) firstInsured = LAST_MONTH.minusMonths(MONTHS).atDay(1);
        int monthsInsured = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(firstInsured), LAST_MONTH) + 1;
        if (p.worker()) {
            for (String kind : new String[] {"pension", "medical", "unemployment", "injury", "maternity"}) {
                insurance(w, n, kind, "参保缴费", employer, firstInsured, monthsInsured - r.nextInt(6));
            }
            BigDecimal base = money(4000 + r.nextInt(12000));
            for (int m = MONTHS - 1; m >= 0; m--) {
                w.contribution.setString(1, n);
                w.contribution.setString(2, LAST_MONTH.minusMonths(m).toString());
                w.contribution.setBigDecimal(3, base);
                w.contribution.setString(4, m == 0 && r.nextInt(10) == 0 ? "待到账" : "已到账");
                w.contribution.addBatch();
            }
            if (p.tax()) {
                BigDecimal income = base.multiply(new BigDecimal("1.1")).setScale(2, RoundingMode.HALF_UP);
                for (int m = MONTHS - 1; m >= 0; m--) {
                    BigDecimal taxable = income.subtract(money(5000)).subtract(base.multiply(new BigDecimal("0.225"))).max(BigDecimal.ZERO);
                    w.tax.setString(1, n);
                    w.tax.setString(2, LAST_MONTH.minusMonths(m).toString());
                    w.tax.setBigDecimal(3, income);
                    w.tax.setBigDecimal(4, taxable.multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.HALF_UP));
                    w.tax.setString(5, employer);
                    w.tax.addBatch();
                }
            }
        }
        if (p.retiree()) {
            insurance(w, n, "pension", "退休", employer, firstInsured, Math.min(monthsInsured, 35 * 12));
            insurance(w, n, "medical", "退休", employer, firstInsured, Math.min(monthsInsured, 35 * 12));
            w.pension.setString(1, n);
            w.pension.setDate(2, Date.valueOf(birth.plusYears(doc.gender() == org.govkiosk.identity.Gender.MALE ? 60 : 55).withDayOfMonth(1).plusMonths(1)));
            w.pension.setBigDecimal(3, money(2600 + r.nextInt(3400)));
            w.pension.setString(4, pick(r, BANKS));
            w.pension.addBatch();
        }
        if (p.residentMedical() && !p.worker() && !p.retiree()) {
            insurance(w, n, "medical", "参保缴费", "城乡居民", LAST_MONTH.minusMonths(MONTHS - 1).atDay(1), MONTHS);
        }
        if (p.medicalInsured()) {
            String type = p.worker() ? "职工在职" : p.retiree() ? "职工退休" : "城乡居民";
            w.medical.setString(1, n);
            w.medical.setString(2, type);
            w.medical.setBigDecimal(3, money(p.residentMedical() && !p.worker() && !p.retiree() ? 0 : 200 + r.nextInt(6000)));
            w.medical.setBigDecimal(4, money(p.worker() ? 1200 + r.nextInt(1500) : p.retiree() ? 1800 : 0));
            w.medical.setBigDecimal(5, money(r.nextInt(1500)));
            w.medical.addBatch();
            for (int v = 0; v < p.medicalVisits(); v++) {
                BigDecimal total = money(80 + r.nextInt(p.retiree() ? 20000 : 3000));
                BigDecimal fund = total.multiply(new BigDecimal(p.retiree() ? "0.85" : "0.6")).setScale(2, RoundingMode.HALF_UP);
                w.visit.setString(1, n);
                w.visit.setDate(2, Date.valueOf(LAST_MONTH.minusMonths(r.nextInt(MONTHS)).atDay(1 + r.nextInt(28))));
                w.visit.setString(3, pick(r, HOSPITALS));
                w.visit.setBigDecimal(4, total);
                w.visit.setBigDecimal(5, fund);
                w.visit.setBigDecimal(6, total.subtract(fund));
                w.visit.addBatch();
            }
        }
        if (p.gjj()) {
            int rate = 5 + r.nextInt(8);
            BigDecimal personal = money(800 + r.nextInt(2200)).multiply(new BigDecimal(rate)).divide(new BigDecimal(12), 0, RoundingMode.HALF_UP).setScale(2);
            LocalDate opened = firstInsured.plusMonths(r.nextInt(12));
            w.gjj.setString(1, n);
            w.gjj.setString(2, "41" + String.format("%012d", Math.abs(r.nextLong()) % 1_000_000_000_000L));
            w.gjj.setString(3, employer);
            w.gjj.setString(4, "正常");
            w.gjj.setBigDecimal(5, personal.multiply(new BigDecimal(2 * Math.min(monthsInsured, 48))));
            w.gjj.setBigDecimal(6, personal.multiply(new BigDecimal(2)));
            w.gjj.setInt(7, rate);
            w.gjj.setDate(8, Date.valueOf(opened));
            w.gjj.addBatch();
            for (int m = MONTHS - 1; m >= 0; m--) {
                w.deposit.setString(1, n);
                w.deposit.setString(2, LAST_MONTH.minusMonths(m).toString());
                w.deposit.setBigDecimal(3, personal);
                w.deposit.setBigDecimal(4, personal);
                w.deposit.addBatch();
            }
            if (p.gjjLoan()) {
                BigDecimal amount = money(300_000 + 10_000 * r.nextInt(50));
                int term = 240 + 60 * r.nextInt(3);
                BigDecimal rateYear = new BigDecimal("2.850");
                BigDecimal monthly = annuity(amount, rateYear, term);
                LocalDate start = LAST_MONTH.minusMonths(14 + r.nextInt(60)).atDay(15);
                int paid = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(start), LAST_MONTH);
                w.loan.setString(1, n);
                w.loan.setString(2, "GJJDK" + start.getYear() + String.format("%06d", r.nextInt(1_000_000)));
                w.loan.setBigDecimal(3, amount);
                w.loan.setBigDecimal(4, amount.multiply(BigDecimal.ONE.subtract(new BigDecimal(paid).divide(new BigDecimal(term * 2), 4, RoundingMode.HALF_UP))).setScale(2, RoundingMode.HALF_UP));
                w.loan.setBigDecimal(5, rateYear);
                w.loan.setDate(6, Date.valueOf(start));
                w.loan.setInt(7, term);
                w.loan.setBigDecimal(8, monthly);
                w.loan.setString(9, "正常还款");
                w.loan.addBatch();
            }
            if (p.gjjWithdrawal()) {
                for (int k = 0; k < 1 + r.nextInt(3); k++) {
                    w.withdrawal.setString(1, n);
                    w.withdrawal.setDate(2, Date.valueOf(LAST_MONTH.minusMonths(r.nextInt(24)).atDay(1 + r.nextInt(28))));
                    w.withdrawal.setBigDecimal(3, money(1500 + 500 * r.nextInt(20)));
                    w.withdrawal.setString(4, p.properties() == 0 ? "租赁住房" : pick(r, new String[] {"购买自住住房", "偿还住房贷款本息", "租赁住房"}));
                    w.withdrawal.addBatch();
                }
            }
        }
        if (p.electricity()) {
            String account = "41" + String.format("%08d", 10_000_000 + elecAccounts++);
            w.elec.setString(1, account);
            w.elec.setString(2, n);
            w.elec.setString(3, doc.address().isEmpty() ? propertyAddress(r) : doc.address());
            w.elec.setString(4, "3300" + String.format("%010d", Math.abs(r.nextLong()) % 10_000_000_000L));
            w.elec.setBigDecimal(5, money(arrears ? 0 : r.nextInt(300)));
            w.elec.setString(6, r.nextInt(3) == 0 ? "居民合表 峰谷电价" : "居民一户一表 阶梯电价");
            w.elec.addBatch();
            int baseKwh = 80 + r.nextInt(220);
            for (int m = MONTHS - 1; m >= 0; m--) {
                YearMonth ym = LAST_MONTH.minusMonths(m);
                int season = ym.getMonthValue() >= 6 && ym.getMonthValue() <= 8 || ym.getMonthValue() <= 1 || ym.getMonthValue() == 12 ? 2 : 1;
                int kwh = baseKwh * season + r.nextInt(60);
                boolean unpaid = arrears ? m < 3 : m == 0 && r.nextInt(5) == 0;
                w.bill.setString(1, account);
                w.bill.setString(2, ym.toString());
                w.bill.setInt(3, kwh);
                w.bill.setBigDecimal(4, new BigDecimal(kwh).multiply(new BigDecimal(kwh > 260 ? "0.61" : "0.56")).setScale(2, RoundingMode.HALF_UP));
                w.bill.setString(5, unpaid ? "未缴" : "已缴");
                w.bill.setDate(6, unpaid ? null : Date.valueOf(ym.plusMonths(1).atDay(3 + r.nextInt(20))));
                w.bill.setString(7, unpaid ? null : pick(r, new String[] {"网上国网", "银行代扣", "自助终端", "营业厅"}));
                w.bill.addBatch();
            }
        }
    }

    private static void insurance(Rows w, String n, String kind, String status, String employer, LocalDate first, int months)
            throws SQLException {
        w.insurance.setString(1, n);
        w.insurance.setString(2, kind);
        w.insurance.setString(3, status);
        w.insurance.setString(4, employer);
        w.insurance.setDate(5, Date.valueOf(first));
        w.insurance.setInt(6, Math.max(1, months));
        w.insurance.addBatch();
    }

    static BigDecimal annuity(BigDecimal amount, BigDecimal ratePercentYear, int months) {
        double i = ratePercentYear.doubleValue() / 100 / 12;
        double m = amount.doubleValue() * i * Math.pow(1 + i, months) / (Math.pow(1 + i, months) - 1);
        return money(m);
    }

    private static String propertyAddress(SplittableRandom r) {
        String[] d = DISTRICTS[r.nextInt(DISTRICTS.length)];
        return "郑州市" + d[1] + d[2 + r.nextInt(5)] + (1 + r.nextInt(299)) + "号" + pick(r, new String[] {"锦绣", "和园", "书香", "翠竹", "万和", "东润"})
                + pick(r, new String[] {"苑", "小区", "花园", "家园"}) + (1 + r.nextInt(20)) + "号楼" + (1 + r.nextInt(4)) + "单元"
                + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(4)) + "号";
    }

    private static String districtOf(String address) {
        for (String[] d : DISTRICTS) if (address.contains(d[1])) return d[1];
        return "高新区";
    }

    static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    /** Batched inserts, one statement per table. */
    private static final class Rows implements AutoCloseable {
        final PreparedStatement citizen, property, deedTax, mortgage, seizure, contract, security, insurance, contribution,
                tax, pension, medical, visit, gjj, deposit, loan, withdrawal, elec, bill;
        private final List<PreparedStatement> all;

        Rows(Connection c) throws SQLException {
            citizen = c.prepareStatement("INSERT INTO citizen VALUES (?,?,?,?,?,?,?,?,?,?)");
            property = c.prepareStatement("INSERT INTO property(doc_number,cert_no,address,area,usage,registered_on) VALUES (?,?,?,?,?,?)");
            deedTax = c.prepareStatement("INSERT INTO deed_tax(doc_number,address,amount,paid_on,voucher_no) VALUES (?,?,?,?,?)");
            mortgage = c.prepareStatement("INSERT INTO mortgage(doc_number,address,bank,amount,date_from,date_to,status) VALUES (?,?,?,?,?,?,?)");
            seizure = c.prepareStatement("INSERT INTO seizure(doc_number,address,seized_by,seized_on,status) VALUES (?,?,?,?,?)");
            contract = c.prepareStatement("INSERT INTO house_contract(doc_number,contract_no,address,price,signed_on,status) VALUES (?,?,?,?,?,?)");
            security = c.prepareStatement("INSERT INTO housing_security VALUES (?,?,?,?,?)");
            insurance = c.prepareStatement("INSERT INTO insurance VALUES (?,?,?,?,?,?)");
            contribution = c.prepareStatement("INSERT INTO contribution_month VALUES (?,?,?,?)");
            tax = c.prepareStatement("INSERT INTO tax_income VALUES (?,?,?,?,?)");
            pension = c.prepareStatement("INSERT INTO pension VALUES (?,?,?,?)");
            medical = c.prepareStatement("INSERT INTO medical_account VALUES (?,?,?,?,?)");
            visit = c.prepareStatement("INSERT INTO medical_visit(doc_number,visit_date,hospital,total,fund_paid,self_paid) VALUES (?,?,?,?,?,?)");
            gjj = c.prepareStatement("INSERT INTO gjj_account VALUES (?,?,?,?,?,?,?,?)");
            deposit = c.prepareStatement("INSERT INTO gjj_deposit VALUES (?,?,?,?)");
            loan = c.prepareStatement("INSERT INTO gjj_loan VALUES (?,?,?,?,?,?,?,?,?)");
            withdrawal = c.prepareStatement("INSERT INTO gjj_withdrawal(doc_number,withdrawn_on,amount,reason) VALUES (?,?,?,?)");
            elec = c.prepareStatement("INSERT INTO elec_account VALUES (?,?,?,?,?,?)");
            bill = c.prepareStatement("INSERT INTO elec_bill VALUES (?,?,?,?,?,?,?)");
            // Parents before children so foreign keys hold within each flush.
            all = List.of(citizen, property, deedTax, mortgage, seizure, contract, security, insurance, contribution, tax,
                    pension, medical, visit, gjj, deposit, loan, withdrawal, elec, bill);
        }

        void flush() throws SQLException {
            for (PreparedStatement p : all) p.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : all) p.close();
        }
    }

}
