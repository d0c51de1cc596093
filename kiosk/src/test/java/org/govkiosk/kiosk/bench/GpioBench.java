package org.govkiosk.kiosk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govkiosk.admin.PinHash;
import org.govkiosk.admin.StatusCollector;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.Device;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.device.scanner.SerialQrScanner;
import org.govkiosk.kiosk.serial.JsscLink;
import org.govkiosk.kiosk.status.StatusEndpoint;
import org.govkiosk.sim.scanner.QrScannerEmulator;
import org.govkiosk.testing.SocatPair;

/**
 * Timing harness (not a test): PIN check cost, scan-to-listener latency through jSSC on a socat pty pair,
 * and /status round trips over loopback. Results and the command go in docs/performance.md.
 */
public final class GpioBench {
    public static void main(String[] args) throws Exception {
        pinCost();
        scanLatency();
        statusLatency();
        System.exit(0);
    }

    private static void pinCost() {
        for (int iterations : new int[] {100_000, PinHash.DEFAULT_ITERATIONS}) {
            PinHash h = PinHash.create("80246135".toCharArray(), iterations, new SecureRandom());
            h.matches("0".toCharArray());
            long[] ms = new long[5];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                h.matches("80246135".toCharArray());
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            System.out.printf("PIN verify, %d iterations: %s ms (median %d)%n", iterations, Arrays.toString(ms), median(ms));
        }
    }

    private static void scanLatency() throws Exception {
        KioskSettings config = KioskSettings.defaults();
        try (SocatPair pair = SocatPair.start(); JsscLink device = JsscLink.open(pair.devicePath(), 9600)) {
            ScannerSettings settings = ScannerSettings.of(config.scanner());
            LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
            SerialQrScanner s = new SerialQrScanner("qr", () -> JsscLink.open(pair.hostPath(), 9600), settings);
            s.setPayloadListener(p -> arrivals.add(System.nanoTime()));
            s.start();
            QrScannerEmulator emu = new QrScannerEmulator(device, settings.suffix());
            String payload = "https://zwfw.example.gov.cn/verify?sn=2026-000123&h=" + "9f".repeat(32);
            long[] ms = new long[20];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                emu.scan(payload);
                Long at = arrivals.poll(5, TimeUnit.SECONDS);
                if (at == null) throw new IllegalStateException("scan lost");
                ms[i] = (at - t) / 1_000_000;
                Thread.sleep(100);
            }
            s.close();
            System.out.printf("scan of %d bytes at 9600 baud (pty), interCharTimeout %d ms, write->listener: %s ms (median %d)%n",
                    payload.length() + 1, settings.interCharTimeout().toMillis(), Arrays.toString(ms), median(ms));
        }
    }

    private static void statusLatency() throws Exception {
        List<Device> none = List.of();
        StatusCollector c = new StatusCollector("ZZ-GX-0001", "bench", () -> none, () -> "AVAILABLE", Map::of, Clock.systemUTC());
        KioskSettings config = KioskSettings.of(Map.of("status.port", "0", "status.token", "bench-token-0123456789abcdef"));
        try (StatusEndpoint e = new StatusEndpoint(config.status(), c::snapshot)) {
            e.start();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + e.port() + "/status"))
                    .header("Authorization", "Bearer bench-token-0123456789abcdef").timeout(Duration.ofSeconds(5)).build();
            for (int i = 0; i < 50; i++) http.send(req, HttpResponse.BodyHandlers.ofString());
            int n = 500;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) http.send(req, HttpResponse.BodyHandlers.ofString());
            System.out.printf("GET /status over loopback: %.2f ms per request (%d sequential requests after 50 warm-up)%n",
                    (System.nanoTime() - t) / 1e6 / n, n);
        }
    }

    private static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
