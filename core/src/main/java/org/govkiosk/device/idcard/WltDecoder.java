package org.govkiosk.device.idcard;

/**
 * The optional plug-in that turns the card's 1024-byte WLT photo into pixels. No open decoder exists:
 * deployments wrap their reader vendor's library (libwlt2bmp.so, WltRS.dll ...) in a jar that implements this
 * interface and lists it in {@code META-INF/services/org.govkiosk.device.idcard.WltDecoder}, and point
 * {@code idcard.wltDecoder} at the jar. Without one the kiosk works and simply shows no card photo.
 */
public interface WltDecoder {
    /** Decoded photos are 102 x 126 pixels. */
    int WIDTH = 102;
    int HEIGHT = 126;

    /** A name for the technician (vendor, version). */
    String name();

    /**
     * @param wlt the 1024-byte photo block as read
     * @return the photo; throws {@link IllegalArgumentException} when the block is not a WLT image
     */
    DecodedPhoto decode(byte[] wlt);

    /**
     * A photo as rows of 24-bit pixels, top row first, 3 bytes per pixel in B, G, R order (what the vendor
     * libraries produce).
     */
    record DecodedPhoto(int width, int height, byte[] bgr) {
        public DecodedPhoto {
            if (bgr.length != width * height * 3) throw new IllegalArgumentException("need " + width * height * 3 + " bytes");
        }

        /** Pixels as 0xRRGGBB ints, top row first, for a texture or an image. */
        public int[] rgb() {
            int[] out = new int[width * height];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((bgr[3 * i + 2] & 0xFF) << 16) | ((bgr[3 * i + 1] & 0xFF) << 8) | (bgr[3 * i] & 0xFF);
            }
            return out;
        }
    }
}
