package org.govkiosk.desktop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.desktop.DesktopKiosk;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.face.live.LiveFaceVerifier;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.session.FaceCheck;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Benchmark harness, not a test (no timing assertions): the kiosk's whole face path as the identify screen runs
 * it, without the window: the desktop kiosk (embedded identity service over loopback HTTP, recorded camera, models
 * loaded at start on their own thread), then repeated {@link FaceCheck}s of the homeowner: portrait fetched
 * from the identity service, guidance to a good frame, a random challenge watched from landmarks, the verdict.
 * Prints the model load time, memory (VmRSS) before the kiosk, with the models loaded and after the runs, and per
 * check: first frame, good frame, action seen, verdict; then, with {@code face.idleUnload} short
 * ({@code -Dgovkiosk.bench.idleUnload}, 3s), RSS once the models are released and the first check after a release,
 * started at once and prepared 3 s before (she reads the consent). Runs only with {@code -Dgovkiosk.bench=true}; results and
 * the command in docs/performance.md.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class FaceCheckBenchmark {
    private static final int RUNS = Integer.getInteger("govkiosk.bench.runs", 9);

    @Test
    void faceShownToVerdict() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.bench"), "benchmark: run with -Dgovkiosk.bench=true");
        Path out = Files.createTempDirectory("face-bench");
        String idle = System.getProperty("govkiosk.bench.idleUnload", "3s");
        long rssStart = rssKb();
        long t0 = System.nanoTime();
        try (DesktopKiosk kiosk = new DesktopKiosk(org.govkiosk.config.KioskSettings.load(null, Map.of("desktop.dataDir",
                out.resolve("data").toString(), "face.idleUnload", idle)), out, 0)) {
            long assembled = System.nanoTime();
            LiveFaceVerifier verifier = kiosk.face().verifier();
            verifier.awaitEngine().orElseThrow();
            long loaded = System.nanoTime();
            System.gc();
            long rssLoaded = rssKb();
            System.out.printf(Locale.ROOT, "kiosk assembled in %d ms; face models ready %d ms after start (loaded on their own thread)%n",
                    (assembled - t0) / 1_000_000, (loaded - t0) / 1_000_000);
            var doc = DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document();
            IdentifyRequest claimed = new IdentifyRequest(doc.type(), doc.number(), IdAssurance.FACE);
            FaceCheck check = new FaceCheck(kiosk.camera(), verifier, kiosk.services().records());
            List<Long> afterAction = new ArrayList<>(), whole = new ArrayList<>(), toReady = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long[] t = timedCheck(kiosk, check, claimed, "bench-" + i, String.valueOf(i));
                if (t != null) {
                    afterAction.add(t[2]);
                    whole.add(t[3]);
                    toReady.add(t[1]);
                }
            }
            System.gc();
            long rssAfter = rssKb();
            System.out.printf(Locale.ROOT, "action seen -> verdict: %s; start -> good frame: %s; whole check: %s (accepted %d of %d)%n",
                    stats(afterAction), stats(toReady), stats(whole), whole.size(), RUNS);
            // face.idleUnload: the models go, native memory with them; the next check loads them again.
            awaitReleased(verifier);
            System.gc();
            long rssReleased = rssKb();
            timedCheck(kiosk, check, claimed, "bench-cold", "after release, check at once");
            awaitReleased(verifier);
            verifier.prepare(); // she chose the face way: the models load while she reads the consent and types
            Thread.sleep(3000);
            timedCheck(kiosk, check, claimed, "bench-prepared", "after release, prepared 3 s before");
            System.out.printf(Locale.ROOT, "VmRSS: before the kiosk %d MB, kiosk with face models loaded %d MB, after the checks %d MB, "
                    + "after face.idleUnload=%s released them %d MB; models loaded %d times%n",
                    rssStart / 1024, rssLoaded / 1024, rssAfter / 1024, idle, rssReleased / 1024, verifier.loads());
        }
    }

    /** One check of the homeowner; prints its times; {first frame, good frame, action seen -> verdict, whole} or null. */
    private static long[] timedCheck(DesktopKiosk kiosk, FaceCheck check, IdentifyRequest claimed, String session, String label)
            throws InterruptedException {
        kiosk.camera().present(kiosk.faces().holder("homeowner"));
        long[] at = new long[4]; // first frame, good frame, challenge, action seen
        String[] challenge = {""};
        long start = System.nanoTime();
        FaceCheck.Verdict v = check.check(session, claimed, new FaceVerifier.Listener() {
            @Override public void preview(CameraFrame f) { if (at[0] == 0) at[0] = System.nanoTime(); }
            @Override public void guidance(String key) { if (key.equals("face.guide.ready") && at[1] == 0) at[1] = System.nanoTime(); }
            @Override public void challenge(String key) { at[2] = System.nanoTime(); challenge[0] = key.substring(key.lastIndexOf('.') + 1); }
            @Override public void progress(double f) { if (f >= 1 && at[3] == 0) at[3] = System.nanoTime(); }
        });
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s %-10s %-8s first frame %4d ms, good frame %5d ms, challenge -> action seen %5d ms, action seen -> verdict %4d ms, whole %5d ms%n",
                label, challenge[0], v instanceof FaceCheck.Matched ? "ACCEPTED" : v.toString(), ms(start, at[0]), ms(start, at[1]),
                ms(at[2], at[3]), ms(at[3], end), ms(start, end));
        return v instanceof FaceCheck.Matched ? new long[] {ms(start, at[0]), ms(start, at[1]), ms(at[3], end), ms(start, end)} : null;
    }

    private static void awaitReleased(LiveFaceVerifier verifier) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (verifier.loaded() && System.nanoTime() < end) Thread.sleep(50);
        Thread.sleep(200); // the release's own work (closing, malloc trim) after the flag
    }

    private static long ms(long from, long to) {
        return from == 0 || to == 0 ? -1 : (to - from) / 1_000_000;
    }

    private static String stats(List<Long> v) {
        if (v.isEmpty()) return "-";
        List<Long> s = new ArrayList<>(v);
        Collections.sort(s);
        return String.format(Locale.ROOT, "p50 %d ms, max %d ms (n=%d)", s.get(s.size() / 2), s.get(s.size() - 1), s.size());
    }

    private static long rssKb() throws java.io.IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
        return -1;
    }
}
