package org.govkiosk.kiosk.fleet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.govkiosk.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk.jar fleet --broker URL}: the operator's view of every kiosk, from the broker's retained statuses
 * (offline, out of service and why, paper low or out, last seen); {@code --serve PORT} keeps the same table live
 * in a web page; {@code send} and {@code keygen} are the commands' two halves. Replaces fleet-status, which
 * polled every kiosk over HTTP.
 */
@Command(name = "fleet", mixinStandardHelpOptions = true, subcommands = {FleetSend.class, FleetKeygen.class},
        description = {"The operator's view of every kiosk reporting to an MQTT broker (docs/fleet.md).",
                "Without a subcommand: list every kiosk, the ones needing attention first. Exit 0 all fine, 1 some need "
                        + "attention, 2 the broker cannot be reached or bad options."})
public final class FleetTool implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--broker", description = "ssl://host:8883 (tcp:// only on loopback)")
    String broker;
    @Option(names = "--username", description = "the operator's broker user") String username;
    @Option(names = "--password", description = "the operator's broker password (or env GOVKIOSK_FLEET_PASSWORD)") String password;
    @Option(names = "--trust-store", description = "PKCS12 file with the broker's CA") Path trustStore;
    @Option(names = "--trust-store-password") String trustStorePassword;
    @Option(names = "--zone", description = "only this zone (default: all)") String zone;
    @Option(names = "--timeout", defaultValue = "5", description = "seconds for the whole listing, connection included; the "
            + "command always returns within this + 1 s (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;
    @Option(names = "--wait", defaultValue = "1500ms", converter = DurationConverter.class,
            description = "how long to collect retained statuses after subscribing (default: ${DEFAULT-VALUE})")
    Duration collect;
    @Option(names = "--silent-after", defaultValue = "120s", converter = DurationConverter.class,
            description = "a kiosk whose last status is older than this is listed as silent (default: ${DEFAULT-VALUE})")
    Duration silentAfter;
    @Option(names = "--serve", paramLabel = "PORT", description = "serve the table as a live web page on this port instead of listing once")
    Integer servePort;
    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address for --serve (default: ${DEFAULT-VALUE})")
    String bind;

    BrokerLogin login() {
        if (broker == null) throw new ConfigException("--broker URL is needed");
        String pw = password != null ? password : System.getenv("GOVKIOSK_FLEET_PASSWORD");
        BrokerLogin l = new BrokerLogin(broker, username, pw, trustStore, trustStorePassword);
        l.address(); // refuses plain TCP off loopback before anything is sent
        return l;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BrokerLogin login;
        try {
            login = login();
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (servePort != null) return serve(login, out, err);
        // The whole listing runs under one deadline: a broker that accepts and then says nothing cannot hang it.
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fleet-list");
            t.setDaemon(true);
            return t;
        });
        FleetView view = new FleetView(login, zone, Clock.systemUTC());
        Future<List<FleetView.Row>> listing = one.submit(() -> {
            view.connect(Duration.ofSeconds(timeoutSeconds));
            Thread.sleep(Math.min(collect.toMillis(), timeoutSeconds * 1000L));
            return view.rows(silentAfter);
        });
        try {
            List<FleetView.Row> rows = listing.get(timeoutSeconds, TimeUnit.SECONDS);
            return FleetTable.print(rows, login.url(), Instant.now(), silentAfter, out);
        } catch (TimeoutException e) {
            err.println("broker " + login.url() + " did not answer within " + timeoutSeconds + " s");
            return 2;
        } catch (java.util.concurrent.ExecutionException e) {
            err.println("cannot list kiosks from " + login.url() + ": " + rootCause(e));
            return 2;
        } finally {
            listing.cancel(true);
            Thread closer = new Thread(view::close);
            closer.setDaemon(true);
            closer.start();
            closer.join(900);
            one.shutdownNow();
        }
    }

    private int serve(BrokerLogin login, PrintWriter out, PrintWriter err) throws Exception {
        FleetView view = new FleetView(login, zone, Clock.systemUTC());
        view.keepConnected();
        try {
            view.connect(Duration.ofSeconds(timeoutSeconds));
        } catch (Exception e) {
            err.println("cannot reach broker " + login.url() + ": " + rootCause(e));
            view.close();
            return 2;
        }
        try (FleetWebPage page = FleetWebPage.start(view, bind, servePort, silentAfter)) {
            out.println("fleet view on http://" + bind + ":" + page.port() + "/  (broker " + login.url() + "; Ctrl-C to stop)");
            out.flush();
            new CountDownLatch(1).await();
            return 0;
        } finally {
            view.close();
        }
    }

    static String rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** 1500ms, 2s, 5m. */
    public static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override public Duration convert(String v) {
            String s = v.trim().toLowerCase();
            if (s.endsWith("ms")) return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            if (s.endsWith("s")) return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
            if (s.endsWith("m")) return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
            return Duration.ofSeconds(Long.parseLong(s));
        }
    }
}
