package org.govkiosk.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The configured threshold, chosen on the calibration people only, separates the held people: every same-person
 * pair at or above it, every different-person pair below. Numbers and distributions: docs/face.md.
 */
class FaceAccuracyTest {
    @Test
    void configuredThresholdSeparatesTheHeldSet() throws Exception {
        FaceEngine engine = FaceTestData.engine();
        FacePairs.Scores held = FacePairs.score(engine, true);
        assertEquals(java.util.List.of(), held.unusable(), "every held photo has one usable face");
        assertTrue(held.same().size() >= 100, "same-person pairs: " + held.same().size());
        assertTrue(held.different().size() >= 100, "different-person pairs: " + held.different().size());
        double t = engine.threshold();
        assertEquals(0, held.falseRejects(t), () -> "same person below " + t + ": " + held.same().subList(0, 3));
        assertEquals(0, held.falseAccepts(t), () -> "different people at or above " + t + ": "
                + held.different().subList(held.different().size() - 3, held.different().size()));
    }
}
