package org.govkiosk.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.govkiosk.admin.KioskStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk.jar fleet-status KIOSKS_FILE}: an operator's one-screen answer to "which of my kiosks is offline
 * or out of paper?". Asks every kiosk's status endpoint in parallel and prints one line per kiosk, the ones that
 * need someone first. Exit 0 when all are fine, 1 when any needs attention or cannot be reached, 2 for a bad file.
 */
@Command(name = "fleet-status", mixinStandardHelpOptions = true,
        description = "Ask many kiosks' status endpoints (GET /status) and list which need attention: offline, out of "
                + "service, paper low or out, a device fault. KIOSKS_FILE has one kiosk per line: NAME URL [TOKEN] "
                + "(# comments). Exit 0 all fine, 1 some need attention or do not answer, 2 unreadable file.")
public final class FleetStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIOSKS_FILE", description = "lines of NAME URL [TOKEN], e.g. 'gx-01 http://10.8.0.11:18090 s3cret'")
    Path kiosks;

    @Option(names = "--token", description = "bearer token for kiosks whose line has none")
    String token;

    @Option(names = "--timeout", defaultValue = "3", description = "seconds to wait for each kiosk (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    record Target(String name, URI url, String token) {}

    record Answer(Target target, KioskStatus status, String problem) {
        boolean fine() { return status != null && status.healthy(); }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Target> targets;
        try {
            targets = parse(Files.readAllLines(kiosks));
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read " + kiosks + ": " + e.getMessage());
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        List<CompletableFuture<Answer>> asks = targets.stream().map(t -> ask(http, t)).toList();
        List<Answer> answers = asks.stream().map(CompletableFuture::join).toList();
        List<Answer> sorted = new ArrayList<>(answers);
        sorted.sort((a, b) -> Boolean.compare(a.fine(), b.fine()));
        long attention = answers.stream().filter(a -> !a.fine()).count();
        out.printf("%d kiosks, %d need attention%n", answers.size(), attention);
        for (Answer a : sorted) {
            if (a.status == null) {
                out.printf("%-14s UNREACHABLE  %s%n", a.target.name(), a.problem);
            } else {
                out.printf("%-14s %-12s %s%n", a.target.name(), a.fine() ? "OK" : "ATTENTION",
                        a.status.appState() + (a.status.attention().isEmpty() ? "" : "; " + String.join("; ", a.status.attention())));
            }
        }
        out.flush();
        return attention == 0 ? 0 : 1;
    }

    private CompletableFuture<Answer> ask(HttpClient http, Target t) {
        HttpRequest.Builder req = HttpRequest.newBuilder(t.url().resolve("/status")).timeout(Duration.ofSeconds(timeoutSeconds)).GET();
        String bearer = t.token() != null ? t.token() : token;
        if (bearer != null) req.header("Authorization", "Bearer " + bearer);
        return http.sendAsync(req.build(), HttpResponse.BodyHandlers.ofString()).handle((resp, error) -> {
            if (error != null) return new Answer(t, null, "no answer: " + rootCause(error));
            if (resp.statusCode() != 200) return new Answer(t, null, "HTTP " + resp.statusCode() + (resp.statusCode() == 401 ? " (token?)" : ""));
            try {
                return new Answer(t, KioskStatus.fromJson(resp.body()), null);
            } catch (IOException e) {
                return new Answer(t, null, "not a kiosk status: " + e.getMessage());
            }
        });
    }

    private static String rootCause(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }

    static List<Target> parse(List<String> lines) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").trim();
            if (line.isEmpty()) continue;
            String[] w = line.split("\\s+");
            if (w.length < 2 || w.length > 3) throw new IllegalArgumentException("line " + (i + 1) + ": expected NAME URL [TOKEN]");
            URI url;
            try {
                url = URI.create(w[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": '" + w[1] + "' is not a URL");
            }
            if (url.getScheme() == null || url.getHost() == null) throw new IllegalArgumentException("line " + (i + 1) + ": '" + w[1] + "' is not a URL");
            out.add(new Target(w[0], url, w.length == 3 ? w[2] : null));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no kiosks listed");
        return out;
    }
}
