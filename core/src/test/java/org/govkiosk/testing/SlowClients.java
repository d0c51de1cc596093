package org.govkiosk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Slow-loris clients on loopback: half of them send half a request head and stop, the other half send a
 * whole head announcing a body and then only part of it. Close to let them go.
 */
public final class SlowClients implements AutoCloseable {
    private final List<Socket> sockets = new ArrayList<>();

    public static SlowClients open(int port, int count, String path) throws IOException {
        SlowClients c = new SlowClients();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket();
            c.sockets.add(s);
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            OutputStream out = s.getOutputStream();
            String text = i % 2 == 0
                    ? "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"
                    : "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"documentType\":";
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        return c;
    }

    /** How many of the sockets the server has closed (a read sees end of stream or a reset). */
    public int closedByServer(int readTimeoutMillis) {
        int closed = 0;
        for (Socket s : sockets) {
            try {
                s.setSoTimeout(readTimeoutMillis);
                int b;
                // An answer (408) followed by close also counts: the server let go of it.
                do {
                    b = s.getInputStream().read();
                } while (b >= 0);
                closed++;
            } catch (java.net.SocketTimeoutException e) {
                // still held open by the server
            } catch (IOException e) {
                closed++;
            }
        }
        return closed;
    }

    @Override
    public void close() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a test socket
            }
        }
    }
}
