package org.govkiosk.face.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.face.FaceTestData;
import org.govkiosk.face.RgbImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The V4L2 camera's frame conversion, without a camera: OpenCV Mats made here or decoded by OpenCV from a file. */
class MatFramesTest {
    /** 3 wide, 2 high; pixel (x,y) has red 10x+y+1, green 100+x, blue 200+y. */
    private static Mat sample() {
        Mat m = new Mat(2, 3, opencv_core.CV_8UC3);
        BytePointer d = m.data();
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                long at = y * m.step() + 3L * x;
                d.put(at, (byte) (200 + y)).put(at + 1, (byte) (100 + x)).put(at + 2, (byte) (10 * x + y + 1));
            }
        }
        return m;
    }

    private static int px(int x, int y) {
        return ((10 * x + y + 1) << 16) | ((100 + x) << 8) | (200 + y);
    }

    @Test
    void bgrBecomesPackedRgbRowByRow() {
        try (Mat m = sample()) {
            CameraFrame f = MatFrames.toFrame(m, 0, 42);
            assertEquals(3, f.width());
            assertEquals(2, f.height());
            assertEquals(42, f.nanos());
            assertArrayEquals(new int[] {px(0, 0), px(1, 0), px(2, 0), px(0, 1), px(1, 1), px(2, 1)}, f.rgb());
        }
    }

    @Test
    void aCameraMountedTurnedIsTurnedBack() {
        try (Mat m = sample()) {
            // Clockwise 90: the left column (bottom to top) becomes the top row.
            CameraFrame r90 = MatFrames.toFrame(m, 90, 0);
            assertEquals(2, r90.width());
            assertEquals(3, r90.height());
            assertArrayEquals(new int[] {px(0, 1), px(0, 0), px(1, 1), px(1, 0), px(2, 1), px(2, 0)}, r90.rgb());
            CameraFrame r180 = MatFrames.toFrame(m, 180, 0);
            assertArrayEquals(new int[] {px(2, 1), px(1, 1), px(0, 1), px(2, 0), px(1, 0), px(0, 0)}, r180.rgb());
            CameraFrame r270 = MatFrames.toFrame(m, 270, 0);
            assertArrayEquals(new int[] {px(2, 0), px(2, 1), px(1, 0), px(1, 1), px(0, 0), px(0, 1)}, r270.rgb());
        }
    }

    @Test
    void aFrameWithARowPaddingReadsOnlyThePixels() {
        // A region of a wider picture has a stride larger than its width, as some drivers deliver.
        try (Mat wide = new Mat(2, 5, opencv_core.CV_8UC3, new org.bytedeco.opencv.opencv_core.Scalar(0, 0, 0, 0));
             Mat src = sample()) {
            Mat roi = wide.apply(new org.bytedeco.opencv.opencv_core.Rect(1, 0, 3, 2));
            src.copyTo(roi);
            assertArrayEquals(MatFrames.toFrame(src, 0, 0).rgb(), MatFrames.toFrame(roi, 0, 0).rgb());
        }
    }

    @Test
    void theSamePictureDecodedByOpenCvAndByJavaGivesTheSamePixels() throws Exception {
        Path png = FaceTestData.samples().resolve("sequences/live-turns/0001.png");
        Assumptions.assumeTrue(Files.exists(png), "run scripts/fetch-face-samples");
        try (Mat m = opencv_imgcodecs.imread(png.toString())) {
            CameraFrame f = MatFrames.toFrame(m, 0, 0);
            RgbImage java = RgbImage.read(png);
            assertEquals(java.width(), f.width());
            for (int y = 0; y < f.height(); y += 7) for (int x = 0; x < f.width(); x += 5) assertEquals(java.rgb(x, y), f.rgb()[y * f.width() + x]);
        }
    }

    @Test
    void anEmptyOrForeignFrameIsRefusedNotConverted() {
        try (Mat empty = new Mat(); Mat grey = new Mat(2, 2, opencv_core.CV_8UC1)) {
            assertThrows(IllegalArgumentException.class, () -> MatFrames.toFrame(empty, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> MatFrames.toFrame(grey, 0, 0));
        }
        try (Mat m = sample()) {
            assertThrows(IllegalArgumentException.class, () -> MatFrames.toFrame(m, 45, 0));
        }
    }
}
