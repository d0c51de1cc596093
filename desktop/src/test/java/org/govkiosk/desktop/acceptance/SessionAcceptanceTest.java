package org.govkiosk.desktop.acceptance;

import static org.govkiosk.desktop.acceptance.AcceptanceRun.assertScreensInOrder;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.indicator.Indicators;
import org.govkiosk.device.indicator.Sensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 2 through the real application: timeouts, accessibility, the other ways in, out of service, maintenance. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SessionAcceptanceTest {

    @Test
    void inactivityWarnsExtendsThenEndsAndForgetsHer() throws Exception {
        AtomicReference<Indicators.Light> light = new AtomicReference<>();
        var r = run("session-timeout", k -> light.set(k.indicators().statusLight())).passed();
        // From her record straight back to attract: the session ended by itself, not through print or done.
        assertScreensInOrder(r.report(), "catalog", "result", "attract", "identify", "attract");
        assertFalse(r.report().screens().contains("done"));
        assertEquals(List.of(), r.files("prints", ".pdf"), "nothing printed for anyone");
        assertEquals(Indicators.Light.GREEN, light.get());
    }

    @Test
    void tapsKeepHerSessionAliveAndItExtendsTenTimesUpToTheMaximum() throws Exception {
        var r = run("session-extend-ten-times", null).passed();
        // One session on the catalog from the card to the 15-minute end: never back to identify in between.
        assertScreensInOrder(r.report(), "identify", "catalog", "attract");
        assertEquals(1, r.report().screens().stream().filter("catalog"::equals).count(), r.report().screens().toString());
    }

    @Test
    void everyScreenPassesTheSizeMinimumsInFourModes() throws Exception {
        var r = run("accessibility", null).passed();
        assertScreensInOrder(r.report(), "attract", "identify", "attract", "identify", "catalog", "result", "print", "done",
                "attract", "verify", "attract");
        // The print screen really printed (the "printed" state was checked too).
        assertEquals(1, r.files("prints", ".pdf").size());
    }

    @Test
    void faceRefusesStrangerAndPhotoAndAdmitsHer() throws Exception {
        var r = run("face", null).passed();
        assertScreensInOrder(r.report(), "attract", "identify", "catalog", "attract");
        assertEquals(1, r.report().screens().stream().filter("catalog"::equals).count(), "only her own face got in");
    }

    @Test
    void faceIsRefusedForAChildUnderFourteenAndTheAppCodeStillWorks() throws Exception {
        var r = run("face-under-14", null).passed();
        assertScreensInOrder(r.report(), "attract", "identify", "catalog", "attract");
    }

    @Test
    void appCodeIdentifies() throws Exception {
        var r = run("app-code", null).passed();
        assertScreensInOrder(r.report(), "identify", "catalog", "attract");
    }

    @Test
    void aCodeThatIsNotTheAppCodeIsRefusedOnTheKiosk() throws Exception {
        var r = run("app-code-wrong-code", null).passed();
        assertScreensInOrder(r.report(), "identify", "catalog", "attract");
    }

    @Test
    void noWayToIdentifyMeansOutOfServiceUntilReplugged() throws Exception {
        AtomicReference<Indicators.Light> light = new AtomicReference<>();
        AtomicReference<Boolean> allUsable = new AtomicReference<>();
        var r = run("out-of-service", k -> {
            var d = k.services().devices();
            // The camera and scanner came back after the card reader; wait for their reconnects.
            while (!(d.statusOf(DeviceKind.CAMERA).usable() && d.statusOf(DeviceKind.QR_SCANNER).usable()
                    && d.statusOf(DeviceKind.ID_CARD_READER).usable())) IdCardAcceptanceTest.sleep();
            allUsable.set(true);
            light.set(k.indicators().statusLight());
        }).passed();
        assertScreensInOrder(r.report(), "attract", "outOfService", "attract", "identify", "catalog", "attract");
        assertTrue(allUsable.get());
        assertEquals(Indicators.Light.GREEN, light.get());
    }

    @Test
    void devicesLostDuringASessionTakeTheKioskOutOfServiceAfterIt() throws Exception {
        AtomicReference<Indicators.Light> light = new AtomicReference<>();
        var r = run("devices-lost-during-session", k -> {
            var d = k.services().devices();
            while (!d.statusOf(DeviceKind.ID_CARD_READER).usable()) IdCardAcceptanceTest.sleep();
            light.set(k.indicators().statusLight());
        }).passed();
        // Her visit ran to her exit; only then out of service (not attract), and back with the reader.
        assertScreensInOrder(r.report(), "catalog", "outOfService", "attract");
        List<String> screens = r.report().screens();
        assertEquals("outOfService", screens.get(screens.indexOf("catalog") + 1), screens.toString());
        assertEquals(Indicators.Light.GREEN, light.get());
    }

    @Test
    void cabinetDoorWaitsForHerThenPinOpensMaintenance() throws Exception {
        AtomicReference<Indicators.Light> light = new AtomicReference<>();
        AtomicReference<Boolean> door = new AtomicReference<>();
        var r = run("maintenance", k -> {
            light.set(k.indicators().statusLight());
            door.set(k.sensors().isActive(Sensors.Sensor.CABINET_DOOR_OPEN));
        }).passed();
        // Her session ran to its end (result) before the PIN screen; maintenance, then attract.
        assertScreensInOrder(r.report(), "catalog", "result", "admin.pin", "admin", "attract");
        assertFalse(door.get());
        assertEquals(Indicators.Light.GREEN, light.get());
    }

    @Test
    void holdingTheZoneNameOpensNothingOnlyTheCabinetDoorDoes() throws Exception {
        var r = run("maintenance-no-hidden-gesture", k -> { }).passed();
        // The PIN pad came only after the door opened, never from the 4 s holds.
        assertScreensInOrder(r.report(), "attract", "catalog", "attract", "admin.pin");
        assertEquals(1, r.report().screens().stream().filter("admin.pin"::equals).count());
    }

    @Test
    void anItemNeedingCardAndFaceOpensOnceSheAddsTheOtherWayAndOnlyHerOwn() throws Exception {
        AtomicReference<Long> cardReads = new AtomicReference<>();
        var r = run("step-up", k -> cardReads.set((long) k.services().devices().idCard().statistics().get("reads"))).passed();
        // In with the card: step-up, back to the catalog, step-up again (stranger refused, her face admitted), the
        // item; the second item needing both opens without another step-up. In by face: step-up for the card
        // (another person's refused), the item. One session each: identify is seen only twice.
        assertScreensInOrder(r.report(), "identify", "catalog", "stepUp", "catalog", "stepUp", "result", "catalog", "result",
                "attract", "identify", "catalog", "stepUp", "result", "catalog", "attract");
        List<String> screens = r.report().screens();
        assertEquals(2, screens.stream().filter("identify"::equals).count(), "she never had to start again: " + screens);
        assertEquals(3, screens.stream().filter("stepUp"::equals).count(), screens.toString());
        // The reader really read three cards: hers to get in, then the other person's and hers at the step-up.
        assertEquals(3L, cardReads.get());
    }

    @Test
    void aDeviceStatusChangeKeepsHerScreenAndScrollPosition() throws Exception {
        AtomicReference<org.govkiosk.device.Supplies> paper = new AtomicReference<>();
        var r = run("device-status-keeps-place", k -> paper.set(k.services().devices().statusOf(DeviceKind.DOCUMENT_PRINTER).supplies()))
                .passed();
        // The printer really changed state meanwhile (and ended refilled); the catalog was never left.
        assertEquals(org.govkiosk.device.Supplies.FULL, paper.get());
        assertScreensInOrder(r.report(), "identify", "catalog", "takeCard", "attract");
        List<String> screens = r.report().screens();
        // Her visit ended on the catalog (then the card reminder, as she left it in the reader).
        assertEquals("takeCard", screens.get(screens.indexOf("catalog") + 1), screens.toString());
    }

    @Test
    void advanceMovesTheScreenTimersToo() throws Exception {
        AtomicReference<Boolean> cardStillIn = new AtomicReference<>();
        var r = run("timers-advance", k -> cardStillIn.set(k.cardEmulator().hasCard())).passed();
        // The verify screen went back to attract, and the done screen ended her visit with the card still in the reader.
        assertScreensInOrder(r.report(), "verify", "attract", "identify", "catalog", "result", "print", "done", "attract");
        assertEquals(1, r.files("receipts", ".png").size(), "her receipt was printed once");
        assertFalse(cardStillIn.get(), "the scenario lifted her card at the end");
    }
}
