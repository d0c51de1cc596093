package org.govkiosk.kiosk.jar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.tensorflowlite.BuiltinOpResolver;
import org.bytedeco.tensorflowlite.FlatBufferModel;
import org.bytedeco.tensorflowlite.Interpreter;
import org.bytedeco.tensorflowlite.InterpreterBuilder;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.face.camera.CameraSettings;
import org.govkiosk.face.camera.MatFrames;
import org.govkiosk.face.camera.V4l2Camera;

/**
 * Runs inside a child JVM whose class path is the shaded kiosk jar (and this class only), so every native library
 * and class it touches must come from the jar: the V4L2 camera's OpenCV (videoio and what it links, OpenBLAS),
 * a frame conversion through opencv_core, and a TensorFlow Lite interpreter built and run on a real face model.
 * Prints one line per check; {@link ShadedJarIT} reads them. Uses only classes the kiosk itself uses.
 */
public final class ShadedJarProbe {
    private ShadedJarProbe() {}

    public static void main(String[] args) throws Exception {
        String device = args[0];
        Path model = Path.of(args[1]);

        V4l2Camera camera = new V4l2Camera(new CameraSettings(device, 640, 480, 0, Duration.ofSeconds(2)));
        camera.start();
        System.out.println("camera " + camera.status().state() + " | " + camera.status().technicianDetail());
        camera.close();

        try (Mat bgr = new Mat(2, 3, opencv_core.CV_8UC3, new Scalar(10.0, 20.0, 30.0, 0.0))) {
            CameraFrame frame = MatFrames.toFrame(bgr, 90, 0L);
            System.out.println("frame " + frame.width() + "x" + frame.height() + " " + Integer.toHexString(frame.rgb()[0]));
        }

        if (!Files.isRegularFile(model)) throw new IllegalStateException("no model " + model);
        FlatBufferModel flat = FlatBufferModel.VerifyAndBuildFromFile(model.toString());
        BuiltinOpResolver resolver = new BuiltinOpResolver();
        Interpreter interpreter = new Interpreter((org.bytedeco.javacpp.Pointer) null);
        int built = new InterpreterBuilder(flat, resolver).apply(interpreter);
        int allocated = interpreter.AllocateTensors();
        int invoked = interpreter.Invoke();
        System.out.println("tflite built " + built + " allocated " + allocated + " invoked " + invoked
                + " outputs " + interpreter.outputs().limit());
        interpreter.close();
        resolver.close();
        flat.close();
    }
}
