package org.govkiosk.device.receipt;

/** ESC/POS command bytes we use (protocols.md section 3), in one place for the encoder, driver and emulator. */
public final class EscPos {
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte DC4 = 0x14;
    public static final byte LF = 0x0A;

    /** DLE EOT n: real-time status; n = 1 printer, 2 offline cause, 3 error cause, 4 paper sensor. */
    public static byte[] statusQuery(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** DLE DC4 fn=8: clears the receive and print buffers, so a job stopped by paper end never resumes later. */
    public static final byte[] CLEAR_BUFFERS = {DLE, DC4, 8, 1, 3, 20, 1, 6, 2, 8};

    /**
     * GS ( H fn=48: transmission process ID. The printer answers {@code 37 22 d1..d4 00} only after everything
     * sent before it has been processed, which tells the driver a receipt really went through the mechanism.
     */
    public static byte[] processId(int id) {
        return new byte[] {GS, '(', 'H', 6, 0, 48, 48, idByte(id, 0), idByte(id, 1), idByte(id, 2), idByte(id, 3)};
    }

    /** Process ID digits are restricted to 0x30..0x7E; we use four decimal digits. */
    static byte idByte(int id, int pos) {
        int digits = Math.floorMod(id, 10000);
        int d = (digits / (int) Math.pow(10, 3 - pos)) % 10;
        return (byte) ('0' + d);
    }

    public static final int PROCESS_ID_HEADER = 0x37;

    private EscPos() {}
}
