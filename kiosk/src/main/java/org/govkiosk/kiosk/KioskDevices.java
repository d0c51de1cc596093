package org.govkiosk.kiosk;

import java.nio.file.Path;
import org.govkiosk.devices.DeviceContext;
import org.govkiosk.devices.DeviceSlot;
import org.govkiosk.device.printer.CupsDocumentPrinter;
import org.govkiosk.device.printer.FolderDocumentPrinter;
import org.govkiosk.device.receipt.EscPosReceiptPrinter;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.device.scanner.SerialQrScanner;
import org.govkiosk.face.FacePorts;
import org.govkiosk.face.camera.CameraSettings;
import org.govkiosk.face.camera.V4l2Camera;
import org.govkiosk.kiosk.gpio.GpioContextSource;
import org.govkiosk.kiosk.gpio.Pi4jIndicators;
import org.govkiosk.kiosk.gpio.Pi4jSensors;
import org.govkiosk.kiosk.serial.JsscLink;
import org.govkiosk.kiosk.serial.ReconnectingLink;
import org.govkiosk.kiosk.serial.SerialIdCardReaders;

/**
 * The providers the kiosk has: real serial ports through jSSC (reopened after an unplug, the ID card reader told
 * of every loss and return), CUPS or a folder for A4, Pi4J GPIO for lights and sensors, a V4L2 camera through
 * OpenCV with the face models (camera=v4l2: the camera and its verifier are made together, see {@link FacePorts}).
 * Which one each port uses is config ({@code devices.*}); {@link DeviceContext} does the rest.
 */
public final class KioskDevices {
    private KioskDevices() {}

    public static DeviceContext.Builder providers(GpioContextSource gpio) {
        // The camera's provider runs first (DeviceSlot.ALL order) and hands its verifier to the next slot.
        FacePorts[] face = new FacePorts[1];
        return DeviceContext.builder()
                .provider(DeviceSlot.CAMERA, "v4l2", (cfg, res) -> {
                    face[0] = FacePorts.assemble(cfg.face(), new V4l2Camera(CameraSettings.from(cfg.camera())));
                    if (face[0].verifier() != null) res.closeLater(face[0].verifier());
                    return face[0].camera();
                })
                .provider(DeviceSlot.FACE_VERIFIER, "v4l2", (cfg, res) -> face[0].verifier())
                .provider(DeviceSlot.ID_CARD, "serial", (cfg, res) -> SerialIdCardReaders.fromConfig(cfg.idCard(), cfg.serial()))
                .provider(DeviceSlot.RECEIPT_PRINTER, "serial", (cfg, res) -> new EscPosReceiptPrinter(
                        ReconnectingLink.jssc(cfg.receipt().port(), cfg.receipt().baud(), cfg.serial()), cfg.receipt()))
                .provider(DeviceSlot.SCANNER, "serial", (cfg, res) -> new SerialQrScanner("qr-scanner",
                        () -> JsscLink.open(cfg.scanner().port(), cfg.scanner().baud()), ScannerSettings.of(cfg.scanner())))
                .provider(DeviceSlot.DOCUMENT_PRINTER, "cups", (cfg, res) -> new CupsDocumentPrinter(cfg.printer()))
                .provider(DeviceSlot.DOCUMENT_PRINTER, "folder", (cfg, res) -> new FolderDocumentPrinter(cfg.printer().outputDir()))
                .provider(DeviceSlot.INDICATORS, "gpio", (cfg, res) -> new Pi4jIndicators(cfg.gpio(), gpio))
                .provider(DeviceSlot.SENSORS, "gpio", (cfg, res) -> new Pi4jSensors(cfg.gpio(), gpio));
    }
}
