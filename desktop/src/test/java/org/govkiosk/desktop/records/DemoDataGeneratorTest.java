package org.govkiosk.desktop.records;

import org.govkiosk.identity.IdNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.govkiosk.identity.DocumentType;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class DemoDataGeneratorTest {
    @Test
    void checkDigitsFollowGb11643() {
        assertEquals("11010519491231002X", IdNumbers.withCheckDigit("11010519491231002"));
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertTrue(!IdNumbers.isValid("110105194912310021"));
    }

    @Test
    void sameSeedSameData_otherSeedOtherData() throws Exception {
        List<String> a = generate(7, 150);
        List<String> b = generate(7, 150);
        List<String> c = generate(8, 150);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void everyCitizenHasAValidNumberAndDemoCitizensArePresent() throws Exception {
        List<String> rows = generate(20260101, 300);
        assertEquals(300 + DemoCitizens.ALL.size(), rows.size());
        for (String r : rows) {
            String number = r.split("\\|")[0];
            assertTrue(IdNumbers.isValid(number), number);
        }
        for (DemoCitizens.DemoCitizen d : DemoCitizens.ALL) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(d.document().number() + "|")), d.key());
        }
        assertTrue(DemoCitizens.ALL.stream().anyMatch(d -> d.document().type() == DocumentType.HK_MACAO_TAIWAN_PERMIT));
        assertTrue(DemoCitizens.ALL.stream().anyMatch(d -> d.document().type() == DocumentType.FOREIGN_PERMANENT_2023));
        assertTrue(rows.stream().allMatch(r -> r.contains("郑州") || r.contains("武汉") || r.contains("香港") || r.contains("高新区")), "addresses");
    }

    /** Citizens (number|name|address) plus a fingerprint of all records, in a fixed order. */
    private static List<String> generate(long seed, int count) throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:gen-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/records").load().migrate();
            try (Connection c = pool.getConnection()) {
                new DemoDataGenerator(seed, count).generate(c);
                List<String> out = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT doc_number, name, address, "
                             + "(SELECT COALESCE(SUM(base),0) FROM contribution_month m WHERE m.doc_number=c.doc_number), "
                             + "(SELECT COUNT(*) FROM property p WHERE p.doc_number=c.doc_number) FROM citizen c ORDER BY doc_number")) {
                    while (rs.next()) out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
                }
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                return out;
            }
        } finally {
            pool.dispose();
        }
    }
}
