package org.govkiosk.face;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.tensorflowlite.BuiltinOpResolver;
import org.bytedeco.tensorflowlite.FlatBufferModel;
import org.bytedeco.tensorflowlite.Interpreter;
import org.bytedeco.tensorflowlite.InterpreterBuilder;
import org.bytedeco.tensorflowlite.TfLiteIntArray;
import org.bytedeco.tensorflowlite.TfLiteTensor;

/**
 * One TensorFlow Lite model and its interpreter (float32 in, float32 out). Not thread-safe: its owner
 * serialises calls. The model and the resolver stay referenced for the interpreter's lifetime (the native
 * interpreter points into both).
 */
final class TfliteModel implements AutoCloseable {
    private static final int OK = 0;

    private final String name;
    private final FlatBufferModel model;
    private final BuiltinOpResolver resolver;
    private final Interpreter interpreter;
    private int[] inputShape = new int[0];

    private TfliteModel(String name, FlatBufferModel model, BuiltinOpResolver resolver, Interpreter interpreter) {
        this.name = name;
        this.model = model;
        this.resolver = resolver;
        this.interpreter = interpreter;
    }

    /**
     * @param inputShape the input's shape for the first allocation (empty: the model's own). P-Net is stored with a
     *                   1x1280x960x3 input: prepared at that size once, XNNPACK's buffers take ~140 MB resident (and
     *                   ~1 s) and never shrink back when the input is made smaller.
     */
    static TfliteModel load(Path file, int threads, int... inputShape) throws FaceModelException {
        if (!Files.isRegularFile(file)) {
            throw new FaceModelException("model file " + file + " is missing. " + FaceModelException.HOW_TO_FIX);
        }
        if (!Files.isReadable(file)) throw new FaceModelException("model file " + file + " is not readable");
        FlatBufferModel model;
        try {
            // Verify first: a truncated or foreign file must be refused here, not crash the native interpreter.
            model = FlatBufferModel.VerifyAndBuildFromFile(file.toString());
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new FaceModelException("the TensorFlow Lite runtime cannot load on this machine ("
                    + System.getProperty("os.arch") + "; needs linux-x86_64 or linux-arm64 with glibc >= 2.34): " + e, e);
        }
        if (model == null || model.isNull()) {
            throw new FaceModelException("model file " + file + " is not a valid TensorFlow Lite model (corrupt or "
                    + "truncated?). " + FaceModelException.HOW_TO_FIX);
        }
        BuiltinOpResolver resolver = new BuiltinOpResolver();
        Interpreter interpreter = new Interpreter((org.bytedeco.javacpp.Pointer) null);
        InterpreterBuilder builder = new InterpreterBuilder(model, resolver);
        if (builder.apply(interpreter) != OK || interpreter.isNull()) {
            throw new FaceModelException("TensorFlow Lite cannot build an interpreter for " + file);
        }
        interpreter.SetNumThreads(threads);
        if (inputShape.length > 0) {
            // The default XNNPACK delegate is applied lazily by the interpreter's first AllocateTensors, and it sizes
            // its buffers from the shapes the tensors hold then: the stored ones, unless the new input shape has
            // been propagated through the graph first, which the subgraph's own AllocateTensors does (no delegate).
            if (interpreter.ResizeInputTensor(interpreter.inputs().get(0), inputShape) != OK
                    || interpreter.primary_subgraph().AllocateTensors() != OK) {
                throw new FaceModelException("TensorFlow Lite cannot give " + file + " the input shape " + java.util.Arrays.toString(inputShape));
            }
        }
        if (interpreter.AllocateTensors() != OK) throw new FaceModelException("cannot allocate tensors for " + file);
        TfliteModel loaded = new TfliteModel(file.getFileName().toString(), model, resolver, interpreter);
        loaded.inputShape = inputShape.clone();
        return loaded;
    }

    /** Gives the (single) input this shape, reallocating only when it changed. */
    void shapeInput(int... shape) {
        if (java.util.Arrays.equals(shape, inputShape)) return;
        int index = interpreter.inputs().get(0);
        if (interpreter.ResizeInputTensor(index, shape) != OK || interpreter.AllocateTensors() != OK) {
            throw new IllegalStateException(name + ": cannot resize input to " + java.util.Arrays.toString(shape));
        }
        inputShape = shape.clone();
    }

    FloatPointer input() {
        return interpreter.typed_input_tensor_float(0);
    }

    void invoke() {
        if (interpreter.Invoke() != OK) throw new IllegalStateException(name + ": inference failed");
    }

    /** Position among the outputs of the output tensor whose name contains {@code fragment}. */
    int outputNamed(String fragment) {
        IntPointer outs = interpreter.outputs();
        int n = outputCount();
        for (int i = 0; i < n; i++) {
            TfLiteTensor t = interpreter.tensor(outs.get(i));
            if (t.name().getString().contains(fragment)) return i;
        }
        throw new IllegalStateException(name + " has no output named like '" + fragment + "'");
    }

    private int outputCount() {
        // outputs() is a std::vector<int>; javacpp maps it to a pointer whose limit is the size.
        IntPointer outs = interpreter.outputs();
        long n = outs.limit() - outs.position();
        return (int) (n > 0 ? n : 1);
    }

    int[] outputShape(int position) {
        TfLiteIntArray dims = interpreter.output_tensor(position).dims();
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) shape[i] = dims.data(i);
        return shape;
    }

    float[] output(int position) {
        int[] shape = outputShape(position);
        int n = 1;
        for (int d : shape) n *= d;
        float[] out = new float[n];
        FloatPointer p = interpreter.typed_output_tensor_float(position);
        p.get(out);
        return out;
    }

    /** Whether the native interpreter, resolver and model have been freed. */
    boolean released() {
        return interpreter.isNull() && resolver.isNull() && model.isNull();
    }

    @Override
    public void close() {
        interpreter.close();
        resolver.close();
        model.close();
    }
}
