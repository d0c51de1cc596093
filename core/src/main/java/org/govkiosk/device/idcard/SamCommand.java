package org.govkiosk.device.idcard;

/** Host commands of the SAM module (GA/T 467 host interface), as CMD and PARA bytes. */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    READ_SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_PHOTO(0x30, 0x01),
    READ_APPENDED_ADDRESS(0x30, 0x03),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10),
    SET_MAX_RF_FRAME(0x61, 0xFF);

    private final int cmd;
    private final int para;

    SamCommand(int cmd, int para) {
        this.cmd = cmd;
        this.para = para;
    }

    public int cmd() { return cmd; }

    public int para() { return para; }

    /** The body of the host frame: CMD PARA followed by data. */
    public byte[] body(byte... data) {
        byte[] b = new byte[2 + data.length];
        b[0] = (byte) cmd;
        b[1] = (byte) para;
        System.arraycopy(data, 0, b, 2, data.length);
        return b;
    }

    /** The complete host frame, preamble to checksum. */
    public byte[] frame(byte... data) {
        return SamFrames.encode(body(data));
    }

    /** The command a host frame body carries, or null for one this module does not know. */
    public static SamCommand of(int cmd, int para) {
        for (SamCommand c : values()) if (c.cmd == (cmd & 0xFF) && c.para == (para & 0xFF)) return c;
        return null;
    }
}
