package org.govkiosk.desktop;

import java.util.List;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.desktop.scenario.ScenarioDevices;
import org.govkiosk.device.indicator.Sensors;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.sim.idcard.SampleCards;

/**
 * What a developer (keys, scenario {@code device} steps) can do to the simulated kiosk: place and lift
 * cards, show faces, scan codes, run printers out of paper, pull cables, open the cabinet door.
 */
public final class SimulatedDeviceControl implements ScenarioDevices {
    private final DesktopKiosk kiosk;

    public SimulatedDeviceControl(DesktopKiosk kiosk) {
        this.kiosk = kiosk;
    }

    @Override
    public List<String> verbs() {
        return List.of("card-insert CARD", "card-remove", "card-fault KIND [read]", org.govkiosk.desktop.sim.DemoFaces.USAGE, "scan PAYLOAD",
                "paper receipt|a4 ok|low|out", "cover receipt open|closed", "unplug DEVICE", "replug DEVICE", "door open|closed",
                "records-fault none|slow|error500|garbage|truncated|oversized|unavailable", "scan-printed-qr", "app-code CARD",
                "speech-key");
    }

    /** The keys of the synthetic cards: the demo citizens, plus cards that must be refused. */
    public static List<String> cardKeys() {
        List<String> keys = new java.util.ArrayList<>(DemoCitizens.ALL.stream().map(DemoCitizens.DemoCitizen::key).toList());
        keys.add("expired");
        keys.add("badCheckDigit");
        return keys;
    }

    /** What the government app on her phone shows: a one-time code it gets from the identity service. */
    String appCode(String cardKey) {
        return kiosk.phone().appCode(card(cardKey).number());
    }

    static IdentityDocument card(String key) {
        if (key.equals("expired")) return SampleCards.expiredResidentId();
        if (key.equals("badCheckDigit")) return SampleCards.badCheckDigitResidentId();
        return DemoCitizens.byKey(key).map(DemoCitizens.DemoCitizen::document)
                .orElseThrow(() -> new IllegalArgumentException("no synthetic card '" + key + "'; known: " + cardKeys()));
    }

    @Override
    public void command(String verb, List<String> args) {
        switch (verb) {
            case "card-insert" -> kiosk.cardEmulator().placeCard(EmulatedCard.of(card(arg(args, 0, verb))));
            case "card-remove" -> kiosk.cardEmulator().removeCard();
            case "card-fault" -> kiosk.cardEmulator().inject(aimed(fault(arg(args, 0, verb)), args));
            case "face" -> kiosk.camera().present(kiosk.faces().parse(args));
            case "scan" -> {
                try {
                    kiosk.scannerRig().scan(String.join(" ", args));
                } catch (LinkException e) {
                    throw new IllegalArgumentException("the scanner is unplugged: " + e.getMessage());
                }
            }
            case "paper" -> paper(arg(args, 0, verb), arg(args, 1, verb));
            case "cover" -> {
                if (arg(args, 1, verb).equals("open")) kiosk.receiptEmulator().openCover();
                else kiosk.receiptEmulator().closeCover();
            }
            case "unplug" -> plug(arg(args, 0, verb), false);
            case "replug" -> plug(arg(args, 0, verb), true);
            case "door" -> kiosk.sensors().set(Sensors.Sensor.CABINET_DOOR_OPEN, arg(args, 0, verb).equals("open"));
            case "speech-key" -> {
                // A press: down and up again, as the hardware key does.
                kiosk.sensors().set(Sensors.Sensor.SPEECH_KEY, true);
                kiosk.sensors().set(Sensors.Sensor.SPEECH_KEY, false);
            }
            case "records-fault" -> kiosk.records().faults().set(org.govkiosk.desktop.records.Fault.parse(arg(args, 0, verb)));
            case "scan-printed-qr" -> scanPrintedQr();
            case "app-code" -> command("scan", List.of(appCode(arg(args, 0, verb))));
            default -> throw new IllegalArgumentException("unknown device verb '" + verb + "'; known: " + verbs());
        }
    }

    /**
     * Someone holds the newest printed certificate's QR code up to the scanner: page 1 is rendered and the code
     * decoded from the image, as a camera-based scanner would see it.
     */
    private void scanPrintedQr() {
        java.nio.file.Path dir = kiosk.documentPrinter().directory();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            java.nio.file.Path newest = files.filter(p -> p.toString().endsWith(".pdf"))
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalArgumentException("no printed certificate in " + dir));
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(newest.toFile())) {
                String payload = org.govkiosk.certificate.QrCodes.decodePrinted(doc)
                        .orElseThrow(() -> new IllegalArgumentException("no QR code found on " + newest));
                kiosk.scannerRig().scan(payload);
            }
        } catch (java.io.IOException | LinkException e) {
            throw new IllegalArgumentException("cannot scan the printed certificate: " + e.getMessage());
        }
    }

    private static String arg(List<String> args, int i, String verb) {
        if (i >= args.size()) throw new IllegalArgumentException("'device " + verb + "' needs more arguments");
        return args.get(i);
    }

    /** {@code card-fault KIND read}: the fault hits the card's read itself, not whichever poll comes next. */
    private static SamReaderEmulator.Fault aimed(SamReaderEmulator.Fault fault, List<String> args) {
        if (args.size() < 2) return fault;
        if (!args.get(1).equals("read")) throw new IllegalArgumentException("card-fault KIND [read]");
        return fault.on(org.govkiosk.device.idcard.SamCommand.READ_TEXT_PHOTO);
    }

    private static SamReaderEmulator.Fault fault(String kind) {
        return switch (kind) {
            case "silence" -> SamReaderEmulator.Fault.silence();
            case "checksum" -> SamReaderEmulator.Fault.badChecksum();
            case "truncated" -> SamReaderEmulator.Fault.truncated();
            case "garbage" -> SamReaderEmulator.Fault.garbage();
            case "removed-mid-read" -> SamReaderEmulator.Fault.cardRemovedMidRead();
            case "disconnect" -> SamReaderEmulator.Fault.disconnect();
            default -> throw new IllegalArgumentException("unknown card fault '" + kind + "'");
        };
    }

    private void paper(String printer, String state) {
        switch (printer) {
            case "receipt" -> {
                switch (state) {
                    case "ok" -> kiosk.receiptEmulator().refill();
                    case "low" -> kiosk.receiptEmulator().setPaperNearEnd(true);
                    case "out" -> kiosk.receiptEmulator().paperOut();
                    default -> throw new IllegalArgumentException("paper state is ok, low or out");
                }
            }
            case "a4" -> kiosk.documentPrinter().paper(state);
            default -> throw new IllegalArgumentException("printer is receipt or a4");
        }
    }

    private void plug(String device, boolean in) {
        switch (device) {
            case "idcard" -> kiosk.plugCardReader(in);
            case "receipt" -> {
                if (in) kiosk.receiptCable().replug();
                else kiosk.receiptCable().unplug();
            }
            case "scanner" -> {
                if (in) kiosk.scannerRig().replug();
                else kiosk.scannerRig().unplug();
            }
            case "a4" -> {
                if (in) kiosk.documentPrinter().replug();
                else kiosk.documentPrinter().unplug();
            }
            case "camera" -> {
                if (in) kiosk.camera().replug();
                else kiosk.camera().unplug();
            }
            default -> throw new IllegalArgumentException("unknown device '" + device + "' (idcard, receipt, scanner, camera, a4)");
        }
    }
}
