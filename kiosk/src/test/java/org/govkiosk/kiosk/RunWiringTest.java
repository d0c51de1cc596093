package org.govkiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.backends.headless.HeadlessApplication;
import com.badlogic.gdx.backends.headless.HeadlessApplicationConfiguration;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.kiosk.gpio.GpioContextSource;
import org.govkiosk.kiosk.serial.JsscLink;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.sim.ui.NoOpGl20;
import org.govkiosk.testing.SocatPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production {@code run} wiring ({@link KioskAssembly} with {@link KioskDevices}' providers, everything but
 * the window) with the ID card reader on a socat pty pair through real jSSC and the SAM emulator on the other
 * end, the records service a scripted HTTP server on loopback. The reader is pulled while the kiosk is out of
 * service for the back end and refitted: the reader must come back ONLINE by itself and, once the back end
 * answers, the kiosk must open by itself. Nothing is polled by a screen: the out-of-service screen shows.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RunWiringTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void readerReplugWhileOutOfServiceForTheBackEndThenBackEndBackOpensTheKioskByItself(@TempDir Path dir) throws Exception {
        Path pty = dir.resolve("pty");
        SocatPair socat = SocatPair.startIn(pty);
        SamReaderEmulator emulator = emulatorOn(socat);
        AtomicBoolean backendUp = new AtomicBoolean(false);
        HttpServer backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/v1/health", ex -> {
            boolean up = backendUp.get();
            byte[] body = (up ? "{\"up\":true,\"version\":\"test\",\"detail\":\"\"}"
                    : "{\"error\":\"UNAVAILABLE\",\"message\":\"database down\"}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(up ? 200 : 503, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        backend.start();

        KioskConfig cfg = KioskConfig.defaults().with(Map.ofEntries(
                Map.entry("devices.idcard", "serial"),
                Map.entry("idcard.port", socat.hostPath()),
                Map.entry("idcard.baud", "115200"),
                Map.entry("idcard.timeout.command", "800ms"),
                // Nothing else on this bench; "none" is what a kiosk without such a device configures.
                Map.entry("devices.camera", "none"), Map.entry("devices.scanner", "none"),
                Map.entry("devices.printer", "none"), Map.entry("devices.receipt", "none"),
                Map.entry("devices.indicators", "none"), Map.entry("devices.sensors", "none"),
                Map.entry("serial.reopen.minBackoff", "50ms"), Map.entry("serial.reopen.maxBackoff", "400ms"),
                Map.entry("serial.presencePoll", "50ms"),
                Map.entry("records.url", "http://127.0.0.1:" + backend.getAddress().getPort()),
                Map.entry("records.retries", "0"),
                Map.entry("records.healthInterval", "200ms"),
                Map.entry("records.healthFailuresBeforeOutOfService", "1")));

        SocatPair again = null;
        HeadlessApplication gdx = null;
        try (KioskAssembly kiosk = KioskAssembly.start(org.govkiosk.config.KioskSettings.bind(cfg), KioskDevices.providers(GpioContextSource.shared()), true)) {
            Supplier<String> state = () -> kiosk.app().availability().current().appState();
            Supplier<DeviceState> reader = () -> kiosk.services().devices().statusOf(DeviceKind.ID_CARD_READER).state();
            assertEquals(DeviceState.ONLINE, reader.get(), "the reader answered at start");
            // The headless backend leaves Gdx.gl null; the application needs one to build its Stage and fonts.
            com.badlogic.gdx.graphics.GL20 gl = NoOpGl20.create();
            Gdx.gl = gl;
            Gdx.gl20 = gl;
            HeadlessApplicationConfiguration hc = new HeadlessApplicationConfiguration();
            hc.updatesPerSecond = 60;
            gdx = new HeadlessApplication(kiosk.app(), hc);

            await("out of service for the back end", () -> state.get().equals("OUT_OF_SERVICE(BACKEND)"), state);

            socat.kill(); // the reader's USB adapter is pulled
            await("the lost reader recorded beside the back end",
                    () -> state.get().equals("OUT_OF_SERVICE(HARDWARE,BACKEND)"), state);
            assertEquals(DeviceState.OFFLINE, reader.get());

            emulator.close();
            again = SocatPair.startIn(pty); // refitted: the same path comes back
            emulator = emulatorOn(again);
            await("the reader back ONLINE with nobody polling it", () -> reader.get() == DeviceState.ONLINE, () -> reader.get() + " " + state.get());
            await("only the back end left", () -> state.get().equals("OUT_OF_SERVICE(BACKEND)"), state);

            backendUp.set(true);
            await("the kiosk open again by itself", () -> state.get().equals("AVAILABLE"), state);
            // The status endpoint's view is the same published snapshot, read from another thread.
            assertEquals("AVAILABLE", kiosk.status().snapshot().appState());
            assertTrue(kiosk.status().snapshot().healthy(), kiosk.status().snapshot().attention().toString());
        } finally {
            if (gdx != null) {
                gdx.exit();
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().equals("HeadlessApplication")) t.join(TimeUnit.SECONDS.toMillis(10));
                }
            }
            backend.stop(0);
            emulator.close();
            socat.close();
            if (again != null) again.close();
        }
    }

    private static SamReaderEmulator emulatorOn(SocatPair socat) throws Exception {
        SamReaderEmulator e = new SamReaderEmulator(JsscLink.open(socat.devicePath(), 115200));
        e.start();
        return e;
    }

    /** Polls until {@code condition} holds, failing with what {@code now} says after the deadline. */
    private static void await(String what, BooleanSupplier condition, Supplier<?> now) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what + "; now " + now.get());
            Thread.sleep(20);
        }
    }
}
