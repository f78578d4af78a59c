package io.migrascope.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between the client and PostgreSQL that can reset every connection at once (a
 * firewall's idle cut, a load balancer failing over): both ends see a TCP RST, not a polite close.
 */
final class ResettingProxy implements AutoCloseable {
    private static final Pattern HOST_PORT = Pattern.compile("//([^:/]+):(\\d+)/");
    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private ResettingProxy(String targetHost, int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Thread accept = new Thread(this::acceptLoop, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** A relay in front of the server a JDBC URL points at. */
    static ResettingProxy inFrontOf(String jdbcUrl) throws IOException {
        Matcher m = HOST_PORT.matcher(jdbcUrl);
        if (!m.find()) {
            throw new IllegalArgumentException("no host:port in " + jdbcUrl);
        }
        return new ResettingProxy(m.group(1), Integer.parseInt(m.group(2)));
    }

    /** The same URL, through the relay. */
    String url(String jdbcUrl) {
        return HOST_PORT.matcher(jdbcUrl).replaceFirst("//" + listener.getInetAddress().getHostAddress() + ":"
                + listener.getLocalPort() + "/");
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ended) {
                // The other side went away or was reset: the relay for this direction is done.
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Resets every relayed connection: SO_LINGER 0 makes close() send RST. */
    void resetAll() throws IOException {
        for (Socket s : sockets) {
            try {
                s.setSoLinger(true, 0);
                s.close();
            } catch (SocketException alreadyClosed) {
                // A connection that already ended (the preview's read) closed itself.
            }
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        resetAll();
    }
}
