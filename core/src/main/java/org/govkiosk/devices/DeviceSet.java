package org.govkiosk.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.device.idcard.IdCardReader;
import org.govkiosk.device.indicator.Indicators;
import org.govkiosk.device.indicator.Sensors;
import org.govkiosk.device.printer.DocumentPrinter;
import org.govkiosk.device.receipt.ReceiptPrinter;
import org.govkiosk.device.scanner.QrScanner;

/**
 * The devices of one kiosk, as {@link DeviceContext} assembled them. A null port means "this kiosk has none".
 * Made with {@link #builder()}, which names every port it sets. It lives above the device packages (it names
 * every family) so that {@code device} and its families form no cycle.
 */
public record DeviceSet(IdCardReader idCard, FaceCamera camera, FaceVerifier faceVerifier, QrScanner scanner,
                        DocumentPrinter documentPrinter, ReceiptPrinter receiptPrinter, Indicators indicators,
                        Sensors sensors) {

    public List<Device> all() {
        return Stream.<Device>of(idCard, camera, scanner, documentPrinter, receiptPrinter, indicators, sensors)
                .filter(Objects::nonNull).toList();
    }

    /** The current status of a port, NO_DEVICE when the kiosk has none. */
    public DeviceStatus statusOf(DeviceKind kind) {
        return all().stream().filter(d -> d.kind() == kind).findFirst().map(Device::status)
                .orElse(DeviceStatus.of(kind, kind.name().toLowerCase(), DeviceState.NO_DEVICE, "not configured"));
    }

    /**
     * Starts every device, each on a thread of its own, and returns when all have started: a device that answers
     * slowly (a status query over serial; an unplugged one until its timeout) delays the others, and the kiosk's first
     * screen, by its own time rather than the sum (issue 15: the receipt printer's first status query alone was 0.08 s
     * of the kiosk's start). The GPIO lights and sensors share one context and start one after the other. One failing
     * device does not stop the others (it shows as unavailable); a device's bug is thrown here after all have started.
     */
    public void startAll(org.slf4j.Logger log) {
        List<List<Device>> groups = new ArrayList<>();
        List<Device> gpio = new ArrayList<>();
        for (Device d : all()) {
            if (d == indicators || d == sensors) gpio.add(d);
            else groups.add(List.of(d));
        }
        if (!gpio.isEmpty()) groups.add(gpio);
        List<RuntimeException> bugs = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (List<Device> group : groups) {
            Thread t = new Thread(() -> group.forEach(d -> start(d, log, bugs)), "start-" + group.get(0).id());
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the devices are still starting: a half-started kiosk is worse than a late one
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (!bugs.isEmpty()) throw bugs.get(0);
    }

    private static void start(Device d, org.slf4j.Logger log, List<RuntimeException> bugs) {
        try {
            d.start();
        } catch (DeviceException e) {
            log.warn("device {} did not start: {} {}", d.id(), e.code(), e.technicianDetail());
        } catch (RuntimeException e) {
            bugs.add(e);
        }
    }

    public void closeAll() {
        all().forEach(Device::close);
    }

    public static Builder builder() { return new Builder(); }

    /** Unset ports stay null ("this kiosk has none"). */
    public static final class Builder {
        private IdCardReader idCard;
        private FaceCamera camera;
        private FaceVerifier faceVerifier;
        private QrScanner scanner;
        private DocumentPrinter documentPrinter;
        private ReceiptPrinter receiptPrinter;
        private Indicators indicators;
        private Sensors sensors;

        public Builder idCard(IdCardReader d) { idCard = d; return this; }
        public Builder camera(FaceCamera d) { camera = d; return this; }
        public Builder faceVerifier(FaceVerifier v) { faceVerifier = v; return this; }
        public Builder scanner(QrScanner d) { scanner = d; return this; }
        public Builder documentPrinter(DocumentPrinter d) { documentPrinter = d; return this; }
        public Builder receiptPrinter(ReceiptPrinter d) { receiptPrinter = d; return this; }
        public Builder indicators(Indicators d) { indicators = d; return this; }
        public Builder sensors(Sensors d) { sensors = d; return this; }

        public DeviceSet build() {
            return new DeviceSet(idCard, camera, faceVerifier, scanner, documentPrinter, receiptPrinter, indicators, sensors);
        }
    }
}
