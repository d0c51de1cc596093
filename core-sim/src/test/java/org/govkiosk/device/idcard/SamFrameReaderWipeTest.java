package org.govkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.govkiosk.sim.link.PipeLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A frame's bytes (her name, number, address) do not stay in the reader's buffer once handed over. */
@Timeout(20)
class SamFrameReaderWipeTest {
    @Test
    void theBufferIsZeroAfterEachReadAndOnClear() throws Exception {
        PipeLink[] pair = PipeLink.pair("wipe");
        SamFrameReader reader = new SamFrameReader(pair[0]);
        byte[] frame = SamResponse.of(SamStatus.SUCCESS, "王建国 410102198001011234 郑州市".getBytes("UTF-16LE")).toFrame();
        byte[] twoAndAHalf = new byte[frame.length * 2 + 7];
        System.arraycopy(frame, 0, twoAndAHalf, 0, frame.length);
        System.arraycopy(frame, 0, twoAndAHalf, frame.length, frame.length);
        System.arraycopy(frame, 0, twoAndAHalf, frame.length * 2, 7);
        pair[1].write(twoAndAHalf);
        assertArrayEquals(frame, reader.read(Duration.ofSeconds(2)));
        assertFalse(reader.holdsStaleBytes(), "bytes of the frame handed over are left behind the unread ones");
        assertArrayEquals(frame, reader.read(Duration.ofSeconds(2)));
        assertFalse(reader.holdsStaleBytes());
        reader.clear();
        assertFalse(reader.holdsStaleBytes());
        pair[0].close();
        pair[1].close();
    }
}
