package org.govkiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;

/**
 * The RIFF/WAVE header of 16-bit PCM: read from espeak-ng's {@code --stdout} (which streams, so its size fields
 * are placeholders) and written for the files of {@code speech.out}.
 */
public final class WavFormat {
    public static final int HEADER_BYTES = 44;

    private WavFormat() {}

    /** Reads the header at the start of a stream, leaving the stream at the first sample. */
    public static AudioFormat readHeader(InputStream in) throws IOException {
        byte[] h = in.readNBytes(12);
        if (h.length < 12 || !new String(h, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(h, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WAVE")) {
            throw new IOException("not a WAV stream (" + h.length + " header bytes)");
        }
        AudioFormat format = null;
        while (true) {
            byte[] chunk = in.readNBytes(8);
            if (chunk.length < 8) throw new IOException("WAV stream ended before its data chunk");
            String id = new String(chunk, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = ByteBuffer.wrap(chunk, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (id.equals("data")) {
                if (format == null) throw new IOException("WAV data chunk before its fmt chunk");
                return format;
            }
            if (size < 0 || size > 1 << 16) throw new IOException("WAV chunk '" + id + "' has an implausible size " + size);
            byte[] body = in.readNBytes(size);
            if (body.length < size) throw new IOException("WAV stream ended inside chunk '" + id + "'");
            if (id.equals("fmt ")) {
                ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
                int encoding = b.getShort() & 0xffff;
                int channels = b.getShort() & 0xffff;
                int rate = b.getInt();
                b.getInt();
                b.getShort();
                int bits = b.getShort() & 0xffff;
                if (encoding != 1 || bits != 16) throw new IOException("WAV is not 16-bit PCM (format " + encoding + ", " + bits + " bits)");
                format = new AudioFormat(rate, bits, channels, true, false);
            }
        }
    }

    /** A 44-byte header for {@code dataBytes} of 16-bit little-endian PCM. */
    public static byte[] header(AudioFormat f, long dataBytes) {
        int channels = f.getChannels();
        int rate = (int) f.getSampleRate();
        int blockAlign = channels * 2;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        b.put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(rate).putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) 16);
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return b.array();
    }
}
