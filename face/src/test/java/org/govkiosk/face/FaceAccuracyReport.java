package org.govkiosk.face;

import java.util.List;
import java.util.Locale;

/**
 * Prints the score distributions, FAR/FRR over thresholds and the extreme pairs of the calibration and held sets
 * for docs/face.md. Skipped unless asked for (after scripts/fetch-models and scripts/fetch-face-samples):
 * {@code mvn -B -o -pl face -am verify -Dtest=FaceAccuracyReport -Dsurefire.failIfNoSpecifiedTests=false -Dgovkiosk.report=true}.
 */
class FaceAccuracyReport {
    @org.junit.jupiter.api.Test
    void print() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.report"), "report only on request (-Dgovkiosk.report=true)");
        FaceEngine engine = FaceTestData.engine();
        for (boolean held : new boolean[] {false, true}) {
            FacePairs.Scores s = FacePairs.score(engine, held);
            System.out.println("== " + (held ? "held" : "calibration") + " set: " + s.same().size() + " same-person pairs, "
                    + s.different().size() + " different-person pairs, unusable photos: " + s.unusable());
            System.out.println("histogram (cosine bin: same / different)");
            for (int bin = -4; bin < 10; bin++) {
                double lo = bin / 10.0, hi = lo + 0.1;
                long sa = s.same().stream().filter(p -> p.score() >= lo && p.score() < hi).count();
                long di = s.different().stream().filter(p -> p.score() >= lo && p.score() < hi).count();
                if (sa + di > 0) System.out.printf(Locale.ROOT, "  [%.1f, %.1f)  %4d / %4d%n", lo, hi, sa, di);
            }
            System.out.printf(Locale.ROOT, "same: min %.3f p5 %.3f median %.3f; different: median %.3f p95 %.3f max %.3f%n",
                    s.minSame(), pct(s.same(), 5), pct(s.same(), 50), pct(s.different(), 50), pct(s.different(), 95), s.maxDifferent());
            for (double t = 0.40; t <= 0.751; t += 0.05) {
                System.out.printf(Locale.ROOT, "  threshold %.2f: FAR %d/%d, FRR %d/%d%n", t, s.falseAccepts(t), s.different().size(),
                        s.falseRejects(t), s.same().size());
            }
            System.out.println("lowest same: " + s.same().subList(0, Math.min(3, s.same().size())));
            System.out.println("highest different: " + s.different().subList(Math.max(0, s.different().size() - 3), s.different().size()));
        }
    }

    private static double pct(List<FacePairs.Pair> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)).score();
    }
}
