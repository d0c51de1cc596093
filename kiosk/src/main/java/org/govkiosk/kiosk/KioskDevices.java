package org.govkiosk.kiosk;

import java.nio.file.Path;
import org.govkiosk.devices.DeviceContext;
import org.govkiosk.devices.DeviceSlot;
import org.govkiosk.device.printer.CupsDocumentPrinter;
import org.govkiosk.device.printer.FolderDocumentPrinter;
import org.govkiosk.device.receipt.EscPosReceiptPrinter;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.device.scanner.SerialQrScanner;
import org.govkiosk.kiosk.gpio.GpioContextSource;
import org.govkiosk.kiosk.gpio.Pi4jIndicators;
import org.govkiosk.kiosk.gpio.Pi4jSensors;
import org.govkiosk.kiosk.serial.JsscLink;
import org.govkiosk.kiosk.serial.ReconnectingLink;
import org.govkiosk.kiosk.serial.SerialIdCardReaders;

/**
 * The providers the kiosk has: real serial ports through jSSC (reopened after an unplug, the ID card reader told
 * of every loss and return), CUPS or a folder for A4, Pi4J GPIO for lights and sensors. No camera driver yet.
 * Which one each port uses is config ({@code devices.*}); {@link DeviceContext} does the rest.
 */
public final class KioskDevices {
    private KioskDevices() {}

    public static DeviceContext.Builder providers(GpioContextSource gpio) {
        return DeviceContext.builder()
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
