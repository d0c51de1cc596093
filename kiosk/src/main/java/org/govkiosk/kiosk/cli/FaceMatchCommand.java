package org.govkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.face.DetectedFace;
import org.govkiosk.face.FaceEngine;
import org.govkiosk.face.FaceModelException;
import org.govkiosk.face.FaceSettings;
import org.govkiosk.face.RgbImage;
import org.govkiosk.face.UnreadableImageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiosk.jar face-match REFERENCE PROBE}: the kiosk's own 1:1 pipeline on two image files. */
@Command(name = "face-match", mixinStandardHelpOptions = true,
        description = {"Compares the face in PROBE with the face in REFERENCE using exactly the kiosk's pipeline "
                + "(MTCNN detection, 5-point alignment, MobileFaceNet, cosine score, face.matchThreshold).",
                "Prints the faces found in each image, the score and the verdict. Nothing is written anywhere.",
                "Exit status: 0 same person, 1 different people, 2 no usable face (the reason is printed), "
                        + "3 face matching unavailable (models missing or unloadable)."})
public final class FaceMatchCommand implements Callable<Integer> {
    public static final int SAME = 0;
    public static final int DIFFERENT = 1;
    public static final int NO_USABLE_FACE = 2;
    public static final int UNAVAILABLE = 3;

    @Parameters(index = "0", paramLabel = "REFERENCE_IMAGE", description = "the portrait on file (PNG, JPEG)")
    Path reference;

    @Parameters(index = "1", paramLabel = "PROBE_IMAGE", description = "the face to check (PNG, JPEG)")
    Path probe;

    @Option(names = "--config", paramLabel = "FILE", description = "site config file (face.* keys)")
    Path config;

    @Option(names = "--threshold", paramLabel = "COSINE", description = "override face.matchThreshold")
    Double threshold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> overrides = new HashMap<>();
        if (threshold != null) overrides.put("face.matchThreshold", threshold.toString());
        FaceSettings settings = FaceSettings.from(KioskSettings.load(config, overrides).face());
        RgbImage ref;
        RgbImage live;
        try {
            ref = RgbImage.read(reference);
            live = RgbImage.read(probe);
        } catch (UnreadableImageException e) {
            out.println("NO USABLE FACE: " + e.getMessage());
            return NO_USABLE_FACE;
        }
        try (FaceEngine engine = FaceEngine.load(settings)) {
            FaceEngine.Comparison c = engine.compare(ref, live);
            print(out, "reference", reference, c.reference());
            print(out, "probe", probe, c.probe());
            if (!c.comparable()) {
                String which = c.reference().usable() ? "probe" : "reference";
                FaceEngine.Analysis a = c.reference().usable() ? c.probe() : c.reference();
                out.println("NO USABLE FACE: " + which + ": " + a.unusable().technicianText);
                return NO_USABLE_FACE;
            }
            boolean same = c.samePerson();
            out.printf(Locale.ROOT, "score %.4f (cosine), threshold %.4f%n", c.score(), c.threshold());
            out.println(same ? "SAME PERSON" : "DIFFERENT PEOPLE");
            return same ? SAME : DIFFERENT;
        } catch (FaceModelException e) {
            err.println("FACE MATCHING UNAVAILABLE: " + e.getMessage());
            return UNAVAILABLE;
        } finally {
            ref.wipe();
            live.wipe();
        }
    }

    private static void print(PrintWriter out, String role, Path file, FaceEngine.Analysis a) {
        List<DetectedFace> faces = a.faces();
        out.println(role + " " + file.getFileName() + ": " + faces.size() + (faces.size() == 1 ? " face" : " faces"));
        for (DetectedFace f : faces) out.println("  " + f + (f == a.face() ? "  <- compared" : ""));
    }
}
