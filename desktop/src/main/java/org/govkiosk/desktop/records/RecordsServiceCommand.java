package org.govkiosk.desktop.records;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.govkiosk.certificate.SealAuthority;
import org.govkiosk.config.KioskSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code records-service}: the embedded records service on its own, until Ctrl-C. The launcher that registers
 * it supplies the seal authority (the demo one), since the service never holds keys of its own.
 */
@Command(name = "records-service", mixinStandardHelpOptions = true,
        description = "Run the embedded records service (synthetic departments' records, wire API v1) on loopback.")
public final class RecordsServiceCommand implements Callable<Integer> {
    @Option(names = "--port", description = "TCP port on 127.0.0.1 (0 = any free port). Default: the port of records.url.")
    Integer port;

    @Option(names = "--data-dir", description = "Keep the H2 database here between runs (generated once). Default: in memory.")
    Path dataDir;

    @Option(names = "--config", description = "Site config file (UTF-8 properties) over the built-in defaults.")
    Path config;

    @Option(names = "--citizens", description = "Number of synthetic citizens to generate (records.service.citizens).")
    Integer citizens;

    @Option(names = "--fault", description = "Start with a fault: none, slow, error500, garbage, truncated, oversized, unavailable.")
    String fault;

    private final Function<KioskSettings, SealAuthority> seals;

    /** For {@code subcommands = {RecordsServiceCommand.class}}: the seal authority class comes from config. */
    public RecordsServiceCommand() {
        this(SealAuthorityLoader::load);
    }

    /** @param seals builds the department seal authority from the config (the launcher passes the demo one) */
    public RecordsServiceCommand(Function<KioskSettings, SealAuthority> seals) {
        this.seals = seals;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>();
        if (citizens != null) overrides.put("records.service.citizens", citizens.toString());
        if (fault != null) overrides.put("records.service.fault", fault);
        KioskSettings cfg = KioskSettings.load(config, overrides);
        int p = port != null ? port : cfg.records().url().getPort();
        CountDownLatch stop = new CountDownLatch(1);
        try (EmbeddedRecordsService service = EmbeddedRecordsService.start(cfg, seals.apply(cfg), p, dataDir)) {
            System.out.println("records service listening on " + service.url() + " (" + service.citizens()
                    + " citizens, started in " + service.startupTime().toMillis() + " ms); Ctrl-C stops it");
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
