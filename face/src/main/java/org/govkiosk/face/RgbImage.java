package org.govkiosk.face;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * An 8-bit RGB picture in memory, packed 0xRRGGBB row by row. A face image is personal data: {@link #wipe()} it
 * when the session ends; it is never written anywhere by this module.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final int[] rgb;

    public RgbImage(int width, int height, int[] rgb) {
        if (width <= 0 || height <= 0 || rgb.length != width * height) {
            throw new IllegalArgumentException("image " + width + "x" + height + " with " + rgb.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** The frame's pixels themselves (not a copy): wiping one wipes the other. */
    public static RgbImage of(org.govkiosk.device.camera.CameraFrame frame) {
        return new RgbImage(frame.width(), frame.height(), frame.rgb());
    }

    /** A copy of the pixels as a camera frame taken at {@code nanos}. */
    public org.govkiosk.device.camera.CameraFrame toCameraFrame(long nanos) {
        return new org.govkiosk.device.camera.CameraFrame(width, height, rgb.clone(), nanos);
    }

    public static RgbImage of(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) px[i] &= 0xFFFFFF;
        return new RgbImage(w, h, px);
    }

    /** Decodes PNG, JPEG, BMP or GIF bytes. */
    public static RgbImage decode(byte[] encoded) throws UnreadableImageException {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(encoded));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImageException("cannot decode image (" + encoded.length + " bytes): " + e.getMessage(), e);
        }
        if (img == null) {
            throw new UnreadableImageException("not a PNG, JPEG, BMP or GIF image (" + encoded.length + " bytes)");
        }
        return of(img);
    }

    public static RgbImage read(Path file) throws UnreadableImageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableImageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return decode(bytes);
        } catch (UnreadableImageException e) {
            throw new UnreadableImageException(file + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public int width() { return width; }

    public int height() { return height; }

    public int rgb(int x, int y) { return rgb[y * width + x]; }

    /** The pixels themselves (not a copy): for the pipeline's inner loops. */
    int[] pixels() { return rgb; }

    /** Mean of (R+G+B)/3 over the rectangle, clipped to the image; 0..255. */
    public double meanBrightness(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0); y0 = Math.max(0, y0); x1 = Math.min(width, x1); y1 = Math.min(height, y1);
        long sum = 0;
        long n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = rgb[y * width + x];
                sum += ((p >> 16) & 0xFF) + ((p >> 8) & 0xFF) + (p & 0xFF);
                n++;
            }
        }
        return n == 0 ? 0 : sum / (3.0 * n);
    }

    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, rgb, 0, width);
        return img;
    }

    public void wipe() {
        Arrays.fill(rgb, 0);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
