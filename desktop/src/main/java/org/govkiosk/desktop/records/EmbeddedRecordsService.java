package org.govkiosk.desktop.records;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.flywaydb.core.Flyway;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.certificate.SealAuthority;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.config.RecordsServiceConfig;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.net.GuardedHttpServer;
import org.govkiosk.records.IdentifyRequest;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The departments' records behind one loopback HTTP port, for development, demos and tests: an H2 database
 * created and migrated by Flyway at start, filled by {@link DemoDataGenerator}, served through wire API v1 with
 * signature checks and a fault switch. The returned object is the handle: {@link #url()}, {@link #close()}.
 */
public final class EmbeddedRecordsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRecordsService.class);

    private final GuardedHttpServer server;
    private final JdbcConnectionPool pool;
    private final boolean inMemory;
    private final FaultSwitch faults;
    private final JsonCatalog catalog;
    private final URI url;
    private final int citizens;
    private final Duration startup;
    private RecordsApi api;
    private Thread sealsPrepared;

    private EmbeddedRecordsService(GuardedHttpServer server, boolean tls, JdbcConnectionPool pool, boolean inMemory,
                                   FaultSwitch faults, JsonCatalog catalog, int citizens, Duration startup) {
        this.server = server;
        this.pool = pool;
        this.inMemory = inMemory;
        this.faults = faults;
        this.catalog = catalog;
        this.citizens = citizens;
        this.startup = startup;
        this.url = URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.port());
    }

    /** The catalog as this service needs it: every item, whatever the kiosk disables or reorders. */
    public static JsonCatalog wholeCatalog(KioskSettings config) {
        return JsonCatalog.load(config.catalog().untrimmed());
    }

    /** In-memory database, regenerated on every start. {@code port} 0 picks a free port. */
    public static EmbeddedRecordsService start(KioskSettings config, SealAuthority seals, int port) throws IOException {
        return start(config, seals, port, null);
    }

    /** @param dataDir where the H2 file lives (kept between starts, generated once); null for in-memory */
    public static EmbeddedRecordsService start(KioskSettings config, SealAuthority seals, int port, Path dataDir) throws IOException {
        return start(config, seals, port, dataDir, null);
    }

    /** @param tls serve HTTPS with this context (its key manager holds the server certificate); null for HTTP */
    public static EmbeddedRecordsService start(KioskSettings config, SealAuthority seals, int port, Path dataDir,
                                               SSLContext tls) throws IOException {
        return start(config, seals, port, dataDir, tls, null);
    }

    /**
     * @param catalog the whole catalog (no item disabled, file order) when the caller has parsed it already (the
     *                desktop launcher: one parse for the kiosk, this service and the seal authority); null to load it
     */
    public static EmbeddedRecordsService start(KioskSettings config, SealAuthority seals, int port, Path dataDir,
                                               SSLContext tls, JsonCatalog catalog) throws IOException {
        RecordsServiceConfig service = config.recordsService();
        long t0 = System.nanoTime();
        String jdbc;
        if (dataDir == null) {
            jdbc = "jdbc:h2:mem:records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        } else {
            Files.createDirectories(dataDir);
            jdbc = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("records");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbc, "records", "");
        pool.setMaxConnections(64);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/records").load().migrate();
            long tMigrated = System.nanoTime();
            long seed = service.seed();
            int wanted = service.citizens();
            int citizens = existingCitizens(pool);
            if (citizens == 0) {
                try (Connection c = pool.getConnection()) {
                    citizens = new DemoDataGenerator(seed, wanted).generate(c);
                }
            }
            long tGenerated = System.nanoTime();
            if (catalog == null) catalog = wholeCatalog(config);
            FaultSwitch faults = new FaultSwitch(Fault.parse(service.fault()), service.faultDelay());
            Clock clock = Clock.systemUTC();
            RequestVerifier verifier = new RequestVerifier(service.kioskKeys(), service.clockSkew(), clock);
            CitizenTokens tokens = new CitizenTokens(service.tokenTtl(), clock);
            RecordsApi api = new RecordsApi(catalog, pool, tokens, verifier, faults, seals, config.certificate().verifyUrl(), clock,
                    citizens, new AppCodes(service.appCodeTtl(), clock),
                    new IdentifyGuard(service.identifyBurst(), service.identifyPerMinute(), clock), service.appKey(), DemoPortraits.fromConfig(config));

            GuardedHttpServer server = GuardedHttpServer.start("records-service", InetAddress.getLoopbackAddress().getHostAddress(),
                    port, tls, serverLimits(service.http()), api::handle);
            if (tls == null) warmUp(server.port());
            Duration startup = Duration.ofNanos(System.nanoTime() - t0);
            EmbeddedRecordsService s = new EmbeddedRecordsService(server, tls != null, pool, dataDir == null, faults, catalog, citizens, startup);
            s.api = api;
            s.sealsPrepared = prepareSeals(seals, catalog);
            LOG.info("records service on {} with {} citizens, started in {} ms (migration {} ms, data {} ms)", s.url, citizens,
                    startup.toMillis(), (tMigrated - t0) / 1_000_000, (tGenerated - tMigrated) / 1_000_000);
            return s;
        } catch (SQLException e) {
            pool.dispose();
            throw new IOException("records database could not be prepared: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * One request through the server before anyone else's: Jetty loads most of its classes on the first request,
     * which on a busy machine took longer than a kiosk's read timeout.
     */
    private static void warmUp(int port) {
        try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.getInputStream().readAllBytes();
        } catch (IOException e) {
            LOG.debug("records service warm-up request failed: {}", e.toString());
        }
    }

    /** Documented with the keys in default.properties (records.service.http.*). */
    static GuardedHttpServer.Limits serverLimits(RecordsServiceConfig.Http http) {
        return new GuardedHttpServer.Limits(http.maxConnections(), http.threads(), http.headerDeadline(), http.bodyDeadline(),
                http.idleTimeout(), RecordsApi.MAX_REQUEST);
    }

    private static int existingCitizens(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM generation), (SELECT COUNT(*) FROM citizen)")) {
            rs.next();
            return rs.getInt(1) == 0 ? 0 : rs.getInt(2);
        }
    }

    public URI url() { return url; }

    public FaultSwitch faults() { return faults; }

    /** Seal requests refused since start because the content was not what the department granted. */
    public long sealRefusals() { return api.sealRefusals(); }

    /**
     * Loads every department's keys (and the CA, TSA, CRL) on a background thread at start, so the first certificate
     * after start does not wait for key files (issue 15: first within 2x of warm). Signing waits on the same locks.
     */
    /** Waits (up to {@code limit}) for the start-up's background loading of the department keys; true when done. */
    public boolean awaitSealsPrepared(Duration limit) throws InterruptedException {
        sealsPrepared.join(Math.max(1, limit.toMillis()));
        return !sealsPrepared.isAlive();
    }

    private static Thread prepareSeals(SealAuthority seals, JsonCatalog catalog) {
        java.util.Set<String> departments = new java.util.TreeSet<>();
        catalog.everyItem().forEach(i -> departments.add(i.department().code()));
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                seals.prepare(departments);
                LOG.info("seal authority ready for {} departments in {} ms", departments.size(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("seal authority not prepared at start (first certificate will load it): {}", e.toString());
            }
        }, "seal-prepare");
        t.setDaemon(true);
        t.start();
        return t;
    }

    public int citizens() { return citizens; }

    /** Flyway, generation and HTTP start together. */
    public Duration startupTime() { return startup; }

    /**
     * An identify request for a citizen who has, or lacks, a record for the item: for tests and the developer
     * panel. Looks at demo citizens first, then up to {@code lookAtMost} generated ones in a fixed order.
     */
    public Optional<IdentifyRequest> citizenFor(String itemCode, boolean withRecord, int lookAtMost) {
        String source = catalog.source(itemCode).orElseThrow(() -> new IllegalArgumentException("no item " + itemCode));
        RecordQueries q = new RecordQueries(pool);
        List<String[]> candidates = new ArrayList<>();
        DemoCitizens.ALL.forEach(d -> candidates.add(new String[] {d.document().number(), d.document().type().name()}));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc_number, doc_type FROM citizen ORDER BY doc_number LIMIT " + lookAtMost)) {
            while (rs.next()) candidates.add(new String[] {rs.getString(1), rs.getString(2)});
            for (String[] doc : candidates) {
                if (q.find(itemCode, source, doc[0]).isPresent() == withRecord) {
                    return Optional.of(new IdentifyRequest(DocumentType.valueOf(doc[1]), doc[0], IdAssurance.ID_CARD));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("records database failed: " + e.getMessage(), e);
        }
    }

    /**
     * A generated (not demo) property owner's resident ID card fields: number, name, gender, birth date, address;
     * for tests that need someone whose data exists nowhere in the kiosk's own code.
     */
    public Optional<String[]> generatedResident(int skip) {
        Set<String> demo = new java.util.HashSet<>();
        DemoCitizens.ALL.forEach(d -> demo.add(d.document().number()));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc_number, name, gender, birth_date, address FROM citizen "
                     + "WHERE doc_type='RESIDENT_ID' AND EXISTS (SELECT 1 FROM property p WHERE p.doc_number=citizen.doc_number) "
                     + "ORDER BY doc_number")) {
            int seen = 0;
            while (rs.next()) {
                if (demo.contains(rs.getString(1)) || seen++ < skip) continue;
                return Optional.of(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("records database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        if (inMemory) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.debug("in-memory records database was already gone: {}", e.toString());
            }
        }
        pool.dispose();
        LOG.info("records service on {} stopped", url);
    }
}
