package org.govkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.identity.DocumentFormatException;
import org.govkiosk.identity.TextBlockDecoder;
import org.govkiosk.sim.idcard.SampleCards;
import org.govkiosk.sim.link.PipeLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Randomised property tests: whatever bytes arrive, the codec answers with a frame or its own typed error,
 * never another exception, and the streaming reader never waits past its deadline.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SamFrameFuzzTest {
    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void arbitraryBytesDecodeOrFailTyped() {
        for (int i = 0; i < 20_000; i++) {
            byte[] b = randomBytes(random.nextInt(64));
            if (random.nextBoolean() && b.length >= 5) System.arraycopy(SamFrames.PREAMBLE, 0, b, 0, 5);
            decodeEverything(b);
        }
    }

    @Test
    void mutatedValidFramesDecodeOrFailTyped() {
        byte[] good = SamResponse.of(SamStatus.SUCCESS, SampleCards.card(SampleCards.residentId()).payload().toData(false)).toFrame();
        for (int i = 0; i < 3_000; i++) {
            byte[] b = good.clone();
            int flips = 1 + random.nextInt(4);
            for (int k = 0; k < flips; k++) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            if (random.nextInt(4) == 0) b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 8));
            decodeEverything(b);
        }
    }

    private void decodeEverything(byte[] b) {
        try {
            SamResponse r = SamFrames.decodeResponse(b);
            CardPayload p = CardPayload.parse(r.data(), random.nextBoolean());
            TextBlockDecoder.decode(p.text());
        } catch (SamFrameException | DocumentFormatException expected) {
            assertNotNull(expected.getMessage());
        } catch (RuntimeException e) {
            fail("seed " + seed + ": " + e + " for " + SamFrames.hex(b, 0, 80));
        }
    }

    @Test
    void streamingReaderReturnsOrFailsTypedWithinItsDeadline() throws Exception {
        PipeLink[] pair = PipeLink.pair("fuzz");
        SamFrameReader reader = new SamFrameReader(pair[0]);
        Duration deadline = Duration.ofMillis(30);
        int frames = 0;
        for (int i = 0; i < 300; i++) {
            pair[0].discardInput();
            reader.clear();
            byte[] noise = randomBytes(random.nextInt(200));
            if (random.nextInt(3) == 0) {
                byte[] frame = SamResponse.of(SamStatus.values()[random.nextInt(SamStatus.values().length - 1)]).toFrame();
                byte[] mixed = new byte[noise.length + frame.length];
                System.arraycopy(noise, 0, mixed, 0, noise.length);
                System.arraycopy(frame, 0, mixed, noise.length, frame.length);
                noise = mixed;
            }
            pair[1].write(noise);
            // A hang guard, not a speed check: the property is "no unbounded wait".
            boolean got = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                try {
                    reader.read(deadline);
                    return true;
                } catch (SamFrameException | LinkException expected) {
                    if (expected instanceof LinkException le) assertEquals(LinkException.Kind.TIMEOUT, le.kind());
                    return false;
                } catch (RuntimeException e) {
                    return fail("seed " + seed + ": " + e);
                }
            });
            if (got) frames++;
        }
        assertTrue(frames > 0, "some of the embedded frames must have been found (seed " + seed + ")");
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
