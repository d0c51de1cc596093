package org.govkiosk.desktop.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.DesktopKiosk;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.desktop.scenario.Scenario;
import org.govkiosk.desktop.scenario.ScenarioReport;
import org.govkiosk.desktop.scenario.ScenarioRun;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.testing.ExternalTool;

/**
 * Plays a file from {@code scenarios/} headless against a fresh desktop kiosk (real screens, drivers, emulators,
 * records service over loopback) and hands the kiosk to an inspector before it is closed. Outputs stay under
 * {@code desktop/target/acceptance/<scenario>/} (summary.json, prints, receipts) for a look after a failure.
 */
final class AcceptanceRun {
    static final Duration LIMIT = Duration.ofSeconds(150);

    private AcceptanceRun() {}

    /** The scenario's report and its output directory. */
    record Result(ScenarioReport report, Path out) {
        Result passed() {
            assertTrue(report.isPassed(), () -> "scenario failed: " + report.failure());
            return this;
        }

        List<Path> files(String folder, String suffix) throws IOException {
            Path dir = out.resolve(folder);
            if (!Files.isDirectory(dir)) return List.of();
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> p.toString().endsWith(suffix)).sorted(Comparator.naturalOrder()).toList();
            }
        }
    }

    static Result run(String scenario, Consumer<DesktopKiosk> inspect) throws Exception {
        return run(scenario, Map.of(), inspect);
    }

    static Result run(String scenario, Map<String, String> overrides, Consumer<DesktopKiosk> inspect) throws Exception {
        return run(scenario, scenario, overrides, inspect);
    }

    /** @param outName the output folder under target/acceptance (one scenario played in several configurations) */
    static Result run(String scenario, String outName, Map<String, String> overrides, Consumer<DesktopKiosk> inspect) throws Exception {
        Path file = scenarios().resolve(scenario + ".scenario");
        Path out = Path.of("target", "acceptance", outName).toAbsolutePath();
        deleteTree(out);
        Map<String, String> cfg = new HashMap<>();
        // Demo seal keys generated once for all acceptance runs, apart from a developer's own cache.
        cfg.put("desktop.dataDir", Path.of("target", "acceptance-data").toAbsolutePath().toString());
        // The receipt printer's status answer after a cut took over 1 s under a load of 26 on the shared machine
        // (timers-advance failed on it twice); the wire is a pty, so a longer bound hides no real fault.
        cfg.put("receipt.statusTimeout", "5s");
        cfg.putAll(overrides);
        ScenarioReport report = ScenarioRun.headless(KioskSettings.load(null, cfg), Scenario.load(file), 1, out, LIMIT, inspect);
        if (!cfg.containsKey("certificate.demoSealDir")) {
            Path ca = Path.of(cfg.get("desktop.dataDir"), "demo-seal", org.govkiosk.sim.seal.DemoSealAuthority.CA_PEM);
            assertTrue(Files.isRegularFile(ca), "the demo seal keys live under desktop.dataDir: " + ca);
        }
        return new Result(report, out);
    }

    /** The repository's scenarios folder (tests run in desktop/). */
    static Path scenarios() {
        for (Path p : List.of(Path.of("scenarios"), Path.of("..", "scenarios"))) {
            if (Files.isDirectory(p)) return p;
        }
        throw new IllegalStateException("no scenarios/ folder next to " + Path.of("").toAbsolutePath());
    }

    /** A second client of the same records service: what the service itself holds, not what the screen said. */
    static HttpRecordsGateway gateway(DesktopKiosk kiosk) {
        return new HttpRecordsGateway(kiosk.settings().records());
    }

    static CitizenRef identify(HttpRecordsGateway g, IdentityDocument d) {
        CitizenRef who = g.identify("acceptance", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
        assertNotNull(who, "the records service knows " + d.type());
        return who;
    }

    static GatewayResult<ItemRecord> fetch(DesktopKiosk kiosk, DemoCitizens.DemoCitizen citizen, String item) {
        HttpRecordsGateway g = gateway(kiosk);
        return g.fetchRecord("acceptance", identify(g, citizen.document()), item);
    }

    /** Screens in the order the run showed them (repeats collapsed), e.g. [attract, identify, catalog]. */
    static void assertScreensInOrder(ScenarioReport report, String... expected) {
        List<String> seen = report.screens();
        int at = 0;
        for (String s : seen) {
            if (at < expected.length && s.equals(expected[at])) at++;
        }
        assertEquals(expected.length, at, "screens " + List.of(expected) + " in this order within " + seen);
    }

    /** An independent tool's output; skipped (locally) or failing (CI=true) when it is not installed. */
    static ExternalTool.Result tool(String aptPackage, String... command) throws IOException, InterruptedException {
        ExternalTool.require(command[0], aptPackage);
        return ExternalTool.run(List.of(command));
    }

    /** Decodes every QR code in an image with zbarimg; one payload per line. */
    static List<String> zbar(Path png) throws IOException, InterruptedException {
        ExternalTool.Result r = tool("zbar-tools", "zbarimg", "--quiet", "--raw", png.toString());
        assertEquals(0, r.exit(), "zbarimg found a code in " + png + ": " + r.output());
        List<String> codes = new ArrayList<>();
        for (String line : r.output().split("\n")) if (!line.isBlank() && !line.startsWith("Connection")) codes.add(line.trim());
        return codes;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
