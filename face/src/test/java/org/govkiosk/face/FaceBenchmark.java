package org.govkiosk.face;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Timing harness for docs/performance.md (timing never goes into assertions). Skipped unless asked for:
 * {@code mvn -B -o -pl face -am verify -Dtest=FaceBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dgovkiosk.bench=true}.
 * Frames: the webcam stills of build/face-samples scaled to 640x480 (the kiosk camera's default resolution).
 */
class FaceBenchmark {
    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.bench"), "benchmark only on request (-Dgovkiosk.bench=true)");
        System.gc();
        long rssBefore = rssKb();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        FaceEngine engine = FaceEngine.load(FaceTestData.settings());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.gc();
        long rssLoaded = rssKb();
        long heapLoaded = usedHeap();

        List<RgbImage> frames = new ArrayList<>();
        for (Path p : FaceTestData.photosOf("webcam")) frames.add(scaled(RgbImage.read(p).toBufferedImage(), 640, 480));
        // Warm-up: every pyramid shape allocated once, JIT warm.
        for (RgbImage f : frames) engine.detect(f);

        int rounds = Integer.getInteger("govkiosk.bench.rounds", 5);
        List<Double> detectMs = new ArrayList<>();
        long tAll = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (RgbImage f : frames) {
                long t = System.nanoTime();
                engine.detect(f);
                detectMs.add((System.nanoTime() - t) / 1e6);
            }
        }
        double fps = detectMs.size() / ((System.nanoTime() - tAll) / 1e9);

        List<Double> alignMs = new ArrayList<>();
        List<Double> embedMs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (RgbImage f : frames) {
                DetectedFace face = engine.analyse(f).face();
                long t = System.nanoTime();
                FaceAligner.align(f, face);
                alignMs.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                engine.template(f, face).wipe();
                embedMs.add((System.nanoTime() - t) / 1e6);
            }
        }
        System.gc();
        long rssAfter = rssKb();
        System.out.printf(Locale.ROOT, "load (4 models, interpreters): %.0f ms%n", loadMs);
        System.out.printf(Locale.ROOT, "detection 640x480 (min face %d px), n=%d: p50 %.1f ms, p90 %.1f ms, max %.1f ms; %.1f frames/s%n",
                engine.settings().minFaceSize(), detectMs.size(), pct(detectMs, 50), pct(detectMs, 90), pct(detectMs, 100), fps);
        System.out.printf(Locale.ROOT, "alignment 112x112, n=%d: p50 %.2f ms, p90 %.2f ms%n", alignMs.size(), pct(alignMs, 50), pct(alignMs, 90));
        System.out.printf(Locale.ROOT, "alignment + embedding (MobileFaceNet), n=%d: p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                embedMs.size(), pct(embedMs, 50), pct(embedMs, 90), pct(embedMs, 100));
        System.out.printf(Locale.ROOT, "memory: process RSS %d MB before load, %d MB with models loaded (+%d MB), %d MB after the runs; "
                        + "Java heap used %d -> %d MB%n", rssBefore / 1024, rssLoaded / 1024, (rssLoaded - rssBefore) / 1024,
                rssAfter / 1024, heapBefore >> 20, heapLoaded >> 20);
        engine.close();
    }

    static RgbImage scaled(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return RgbImage.of(out);
    }

    private static double pct(List<Double> values, int p) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.floor(s.size() * p / 100.0)));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long rssKb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }
}
