package org.govkiosk.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.govkiosk.config.KioskSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PinVerifierTest {
    /** Time that moves only when the test says so: the lockout rules, not the wall clock, are under test. */
    static final class SteppedClock extends Clock {
        Instant now = Instant.parse("2026-11-21T18:30:00Z");

        void advance(Duration d) { now = now.plus(d); }

        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    private final SteppedClock clock = new SteppedClock();

    private static KioskSettings withPin(String pin) {
        String hash = PinHash.create(pin.toCharArray(), PinHash.MIN_ITERATIONS, new SecureRandom()).format();
        return KioskSettings.of(Map.of("admin.pinHash", hash, "admin.maxAttempts", "3",
                "admin.lockout", "30s", "admin.lockoutMax", "2m"));
    }

    @Test
    void theConfiguredPinOpensAndOthersDoNot() {
        PinVerifier v = new PinVerifier(withPin("97531864").admin(), clock);
        assertEquals(new PinVerifier.Rejected(2), v.verify("246810".toCharArray()));
        assertEquals(new PinVerifier.Accepted(false), v.verify("97531864".toCharArray()));
        assertFalse(v.usingDefaultPin());
    }

    @Test
    void theHashFormatIsIterationsSaltHashAndSaltedDifferentlyEachTime() {
        String a = PinHash.create("123456".toCharArray(), PinHash.MIN_ITERATIONS, new SecureRandom()).format();
        String b = PinHash.create("123456".toCharArray(), PinHash.MIN_ITERATIONS, new SecureRandom()).format();
        assertTrue(a.matches("100000:[0-9a-f]{32}:[0-9a-f]{64}"), a);
        assertNotEquals(a, b);
        assertTrue(PinHash.parse(a).matches("123456".toCharArray()));
        assertFalse(PinHash.parse(a).matches("123457".toCharArray()));
    }

    @Test
    void knownAnswerForPbkdf2HmacSha256() {
        // RFC 7914 section 11 (P="Password", S="NaCl", c=80000), first 32 bytes; also what Python's
        // hashlib.pbkdf2_hmac prints, so a hash-pin line can be checked with another tool.
        assertEquals("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56",
                java.util.HexFormat.of().formatHex(PinHash.derive("Password".toCharArray(), "NaCl".getBytes(), 80000)));
    }

    @Test
    void lockoutGrowsWithEachFurtherFailureAndRefusesEvenTheRightPinMeanwhile() {
        PinVerifier v = new PinVerifier(withPin("97531864").admin(), clock);
        v.verify("1".toCharArray());
        v.verify("2".toCharArray());
        assertEquals(new PinVerifier.Locked(Duration.ofSeconds(30), "too many wrong PINs"), v.verify("3".toCharArray()));
        clock.advance(Duration.ofSeconds(10));
        PinVerifier.Result during = v.verify("97531864".toCharArray());
        assertInstanceOf(PinVerifier.Locked.class, during);
        assertEquals(Duration.ofSeconds(20), ((PinVerifier.Locked) during).remaining());
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Duration.ofSeconds(60), ((PinVerifier.Locked) v.verify("4".toCharArray())).remaining());
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Duration.ofMinutes(2), ((PinVerifier.Locked) v.verify("5".toCharArray())).remaining());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Duration.ofMinutes(2), ((PinVerifier.Locked) v.verify("6".toCharArray())).remaining(), "capped");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(v.lockedFor().isEmpty());
        assertEquals(new PinVerifier.Accepted(false), v.verify("97531864".toCharArray()));
        assertEquals(new PinVerifier.Rejected(2), v.verify("0".toCharArray()), "success resets the count");
    }

    @Test
    void withoutAHashTheDefaultPinWorksAndSaysSo() {
        PinVerifier v = new PinVerifier(KioskSettings.defaults().admin(), clock);
        assertTrue(v.usingDefaultPin());
        assertEquals(new PinVerifier.Accepted(true), v.verify(PinVerifier.DEFAULT_PIN.toCharArray()));
        // Its hash is made at the first try, not at start (the render thread paid 0.07 s for it): a wrong PIN then
        // is still wrong, and a second right one still right.
        assertInstanceOf(PinVerifier.Rejected.class, v.verify("135792".toCharArray()));
        assertEquals(new PinVerifier.Accepted(true), v.verify(PinVerifier.DEFAULT_PIN.toCharArray()));
    }

    @Test
    void withoutAHashButWithABrokenLockoutSetupEvenTheDefaultPinStaysShut() {
        PinVerifier v = new PinVerifier(KioskSettings.of(Map.of("admin.lockoutFile", "/tmp/never-written")).admin(), clock);
        assertInstanceOf(PinVerifier.Unavailable.class, v.verify(PinVerifier.DEFAULT_PIN.toCharArray()));
        assertTrue(v.configProblem().orElseThrow().contains("admin.lockoutKey"));
    }

    @Test
    void aMalformedHashKeepsAdminModeShutAndExplains() {
        PinVerifier v = new PinVerifier(KioskSettings.of(Map.of("admin.pinHash", "d41d8cd98f00b204e9800998ecf8427e")).admin(), clock);
        PinVerifier.Result r = v.verify(PinVerifier.DEFAULT_PIN.toCharArray());
        assertInstanceOf(PinVerifier.Unavailable.class, r);
        assertTrue(v.configProblem().orElseThrow().contains("admin.pinHash is malformed"));
    }

    @Test
    void thePinArrayIsWipedAfterUse() {
        PinVerifier v = new PinVerifier(withPin("97531864").admin(), clock);
        char[] pin = "97531864".toCharArray();
        v.verify(pin);
        assertArrayEquals(new char[8], pin);
    }

    private static KioskSettings persisted(java.nio.file.Path file) {
        return withPin("97531864").with(Map.of("admin.lockoutFile", file.toString(),
                "admin.lockoutKey", "k3y-for-the-lockout-file-0123456789abcdef"));
    }

    @Test
    void theLockoutSurvivesARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("lockout");
        PinVerifier before = new PinVerifier(persisted(file).admin(), clock);
        before.verify("1".toCharArray());
        before.verify("2".toCharArray());
        assertInstanceOf(PinVerifier.Locked.class, before.verify("3".toCharArray()));
        // A power cycle: a new verifier on the same file is still locked, even for the right PIN.
        PinVerifier after = new PinVerifier(persisted(file).admin(), clock);
        assertInstanceOf(PinVerifier.Locked.class, after.verify("97531864".toCharArray()));
        clock.advance(Duration.ofSeconds(31));
        assertEquals(new PinVerifier.Accepted(false), new PinVerifier(persisted(file).admin(), clock).verify("97531864".toCharArray()));
    }

    @Test
    void anAlteredLockoutFileLocks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("lockout");
        PinVerifier v = new PinVerifier(persisted(file).admin(), clock);
        v.verify("1".toCharArray());
        v.verify("2".toCharArray());
        v.verify("3".toCharArray());
        // The attacker resets the count but cannot recompute the MAC without the site's key.
        String text = java.nio.file.Files.readString(file);
        java.nio.file.Files.writeString(file, "0:0" + text.substring(text.lastIndexOf(':')));
        PinVerifier after = new PinVerifier(persisted(file).admin(), clock);
        PinVerifier.Locked l = assertInstanceOf(PinVerifier.Locked.class, after.verify("97531864".toCharArray()));
        assertEquals(Duration.ofMinutes(2), l.remaining());
    }

    @Test
    void aWeakHashKeepsAdminModeShut() {
        String weak = PinHash.create("97531864".toCharArray(), 1000, new SecureRandom()).format();
        PinVerifier v = new PinVerifier(KioskSettings.of(Map.of("admin.pinHash", weak)).admin(), clock);
        PinVerifier.Unavailable u = assertInstanceOf(PinVerifier.Unavailable.class, v.verify("97531864".toCharArray()));
        assertTrue(u.reason().contains("at least 100000"), u.reason());
    }
}
