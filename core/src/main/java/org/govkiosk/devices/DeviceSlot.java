package org.govkiosk.devices;

import java.util.List;
import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.device.idcard.IdCardReader;
import org.govkiosk.device.indicator.Indicators;
import org.govkiosk.device.indicator.Sensors;
import org.govkiosk.device.printer.DocumentPrinter;
import org.govkiosk.device.receipt.ReceiptPrinter;
import org.govkiosk.device.scanner.QrScanner;

/**
 * One port of the kiosk (a place in {@link DeviceSet}) and the config key that chooses its provider:
 * {@code devices.<key>=serial|emulator|none|...}. The face verifier goes with the camera (one key).
 */
public final class DeviceSlot<T> {
    public static final DeviceSlot<IdCardReader> ID_CARD = new DeviceSlot<>("idcard", IdCardReader.class);
    public static final DeviceSlot<FaceCamera> CAMERA = new DeviceSlot<>("camera", FaceCamera.class);
    public static final DeviceSlot<FaceVerifier> FACE_VERIFIER = new DeviceSlot<>("camera", FaceVerifier.class);
    public static final DeviceSlot<QrScanner> SCANNER = new DeviceSlot<>("scanner", QrScanner.class);
    public static final DeviceSlot<DocumentPrinter> DOCUMENT_PRINTER = new DeviceSlot<>("printer", DocumentPrinter.class);
    public static final DeviceSlot<ReceiptPrinter> RECEIPT_PRINTER = new DeviceSlot<>("receipt", ReceiptPrinter.class);
    public static final DeviceSlot<Indicators> INDICATORS = new DeviceSlot<>("indicators", Indicators.class);
    public static final DeviceSlot<Sensors> SENSORS = new DeviceSlot<>("sensors", Sensors.class);

    public static final List<DeviceSlot<?>> ALL = List.of(ID_CARD, CAMERA, FACE_VERIFIER, SCANNER, DOCUMENT_PRINTER,
            RECEIPT_PRINTER, INDICATORS, SENSORS);

    private final String key;
    private final Class<T> type;

    private DeviceSlot(String key, Class<T> type) {
        this.key = key;
        this.type = type;
    }

    /** The config key naming this port's provider. */
    public String configKey() { return "devices." + key; }

    public Class<T> type() { return type; }

    @Override public String toString() { return type.getSimpleName(); }
}
