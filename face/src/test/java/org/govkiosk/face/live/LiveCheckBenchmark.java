package org.govkiosk.face.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End-to-end "face shown -> verdict" through the file camera for docs/performance.md (timing never goes into
 * assertions). Skipped unless asked for:
 * {@code mvn -B -o -pl face -am verify -Dtest=LiveCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dgovkiosk.bench=true}.
 * The recording plays at 10 frames/s, every frame processed: "after the challenge" is the wall time from the frame
 * in which the action was seen to the verdict (one more frame: detection + embedding + comparison).
 */
class LiveCheckBenchmark {
    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.bench"), "benchmark only on request (-Dgovkiosk.bench=true)");
        var reference = LiveFaceCheckTest.reference("webcam", "cap13-001.png");
        LiveFaceCheck check = new LiveFaceCheck(org.govkiosk.face.FaceTestData.engine(), LiveFaceCheckTest.SETTINGS);
        int rounds = Integer.getInteger("govkiosk.bench.rounds", 2);
        List<Long> after = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (Challenge c : Challenge.values()) {
                long t = System.nanoTime();
                LiveFaceCheck.Result res = check.run(LiveFaceCheckTest.liveCitizen(), reference, c, LiveFaceCheck.Listener.NONE);
                long total = (System.nanoTime() - t) / 1_000_000;
                System.out.printf(Locale.ROOT, "%-10s %s: %d frames, whole check %d ms (recording time %.1f s), after the action %d ms%n",
                        c, res.outcome(), res.frames(), total, res.frames() / 10.0, res.millisAfterChallenge());
                after.add(res.millisAfterChallenge());
            }
        }
        Collections.sort(after);
        System.out.printf(Locale.ROOT, "after the action: p50 %d ms, max %d ms (n=%d)%n", after.get(after.size() / 2), after.get(after.size() - 1), after.size());
    }
}
