package org.govkiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceState;
import org.junit.jupiter.api.Test;

class DeviceContextTest {
    /** A reader with nothing behind it: the context's job is choosing, starting and closing, not reading. */
    static final class Reader extends org.govkiosk.device.AbstractDevice implements org.govkiosk.device.idcard.IdCardReader {
        Reader() { super("idcard", org.govkiosk.device.DeviceKind.ID_CARD_READER); }
        @Override public java.util.Optional<org.govkiosk.device.idcard.IdCardData> readOnce() { return java.util.Optional.empty(); }
        @Override public boolean cardPresent() { return false; }
    }

    static final Map<String, String> ALL_NONE = Map.of("devices.idcard", "none", "devices.camera", "none",
            "devices.scanner", "none", "devices.printer", "none", "devices.receipt", "none",
            "devices.indicators", "none", "devices.sensors", "none");

    @Test
    void theConfigChoosesTheProviderAndTheContextStartsAndClosesEverything() throws Exception {
        List<String> closed = new ArrayList<>();
        KioskConfig cfg = KioskConfig.defaults().with(ALL_NONE).with(Map.of("devices.idcard", "emulator"));
        DeviceContext ctx = DeviceContext.builder()
                .provider(DeviceSlot.ID_CARD, "emulator", (c, res) -> {
                    Reader reader = new Reader();
                    res.closeLater(() -> closed.add("closed after the device: " + (reader.status().state() == DeviceState.CLOSED)));
                    return reader;
                })
                .provider(DeviceSlot.ID_CARD, "serial", (c, res) -> {
                    throw new AssertionError("not chosen");
                })
                .build(KioskSettings.bind(cfg)).start();
        assertEquals(DeviceState.ONLINE, ctx.devices().idCard().status().state());
        assertNull(ctx.devices().receiptPrinter(), "none: this kiosk has no receipt printer");
        assertEquals(1, ctx.devices().all().size());
        assertEquals("emulator", ctx.chosen().get("devices.idcard"));
        ctx.close();
        ctx.close();
        assertEquals(DeviceState.CLOSED, ctx.devices().idCard().status().state());
        assertEquals(List.of("closed after the device: true"), closed, "resources close once, after the devices");
    }

    @Test
    void aProviderThisLauncherLacksStopsStartUpNamingTheKeyAndTheChoices() {
        KioskConfig cfg = KioskConfig.defaults().with(ALL_NONE).with(Map.of("devices.receipt", "serail"));
        ConfigException e = assertThrows(ConfigException.class, () -> DeviceContext.builder()
                .provider(DeviceSlot.RECEIPT_PRINTER, "serial", (c, r) -> null).build(KioskSettings.bind(cfg)));
        assertTrue(e.getMessage().contains("devices.receipt=serail"), e.getMessage());
        assertTrue(e.getMessage().contains("there are: none, serial"), e.getMessage());
    }
}
