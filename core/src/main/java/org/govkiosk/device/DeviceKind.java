package org.govkiosk.device;

/** The device families a kiosk can carry. The order is the order the technician sees them in. */
public enum DeviceKind {
    ID_CARD_READER, CAMERA, QR_SCANNER, DOCUMENT_PRINTER, RECEIPT_PRINTER, INDICATORS, SENSORS
}
