package io.jdash.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay on loopback that behaves like a network link: each direction is a bottleneck of {@code bitsPerSecond}
 * (packets of at most 1,500 bytes leave one after another at that rate) followed by {@code oneWayDelayMillis} of
 * propagation. 50 Mbit/s with 5 ms each way is a 10 ms round trip. It models a warm connection: no TCP slow start,
 * no loss; the relay reads from either end as fast as it can and queues without limit. Used where {@code tc netem}
 * is not available (containers whose kernel lacks the sch_netem module).
 */
final class ShapedLink implements AutoCloseable {
    private static final int PACKET = 1500;

    private final ServerSocket listener;
    private final int upstreamPort;
    private final double nanosPerByte;
    private final long delayNanos;
    private final Thread acceptor;

    ShapedLink(int upstreamPort, long bitsPerSecond, int oneWayDelayMillis) throws IOException {
        this.upstreamPort = upstreamPort;
        this.nanosPerByte = 8e9 / bitsPerSecond;
        this.delayNanos = oneWayDelayMillis * 1_000_000L;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "shaped-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                direction(client, server, "up");
                direction(server, client, "down");
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private record Packet(long arrivalNanos, byte[] data, int length) {}

    /** One direction: a reader that stamps packets with their arrival time, a writer that delivers them then. */
    private void direction(Socket from, Socket to, String name) {
        LinkedBlockingQueue<Packet> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    long linkFree = 0;
                    byte[] buf = new byte[64 * 1024];
                    try (InputStream in = from.getInputStream()) {
                        for (int n; (n = in.read(buf)) > 0; ) {
                            long now = System.nanoTime();
                            for (int off = 0; off < n; off += PACKET) {
                                int len = Math.min(PACKET, n - off);
                                long departs = Math.max(now, linkFree) + (long) (len * nanosPerByte);
                                linkFree = departs;
                                byte[] copy = new byte[len];
                                System.arraycopy(buf, off, copy, 0, len);
                                queue.add(new Packet(departs + delayNanos, copy, len));
                            }
                        }
                    } catch (IOException e) {
                        // the connection ended
                    }
                    queue.add(new Packet(0, null, -1));
                },
                "shaped-link-" + name + "-read");
        Thread writer = new Thread(
                () -> {
                    byte[] batch = new byte[256 * 1024];
                    try (OutputStream out = to.getOutputStream()) {
                        while (true) {
                            Packet p = queue.take();
                            if (p.length() < 0) {
                                break;
                            }
                            waitUntil(p.arrivalNanos());
                            int size = 0;
                            System.arraycopy(p.data(), 0, batch, 0, p.length());
                            size += p.length();
                            boolean end = false;
                            // packets already due go out in one write
                            for (Packet q;
                                    (q = queue.peek()) != null
                                            && size + PACKET <= batch.length
                                            && (q.length() < 0 || q.arrivalNanos() <= System.nanoTime()); ) {
                                queue.poll();
                                if (q.length() < 0) {
                                    end = true;
                                    break;
                                }
                                System.arraycopy(q.data(), 0, batch, size, q.length());
                                size += q.length();
                            }
                            out.write(batch, 0, size);
                            out.flush();
                            if (end) {
                                break;
                            }
                        }
                        to.shutdownOutput();
                    } catch (IOException | InterruptedException e) {
                        // the other end went away
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "shaped-link-" + name + "-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private static void waitUntil(long nanos) {
        for (long left; (left = nanos - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
