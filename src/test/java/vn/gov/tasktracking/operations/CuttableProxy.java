package vn.gov.tasktracking.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between the application and its database that a test can cut, as the fault
 * test did: while cut, every connection is closed and new ones are refused (the port is closed).
 */
final class CuttableProxy implements AutoCloseable {

  private final int port;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  CuttableProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      this.port = probe.getLocalPort();
    }
    restore();
  }

  int port() {
    return port;
  }

  /** Opens the port again: the database is reachable. */
  synchronized void restore() throws IOException {
    if (server != null) {
      return;
    }
    ServerSocket listening = new ServerSocket();
    listening.setReuseAddress(true);
    listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = listening;
    Thread acceptor = new Thread(() -> accept(listening), "proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Closes the port and every connection through it: the database is unreachable. */
  synchronized void cut() {
    ServerSocket listening = server;
    server = null;
    closeQuietly(listening);
    sockets.forEach(CuttableProxy::closeQuietly);
    sockets.clear();
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(target);
        pipe(client, target);
        pipe(target, client);
      } catch (IOException e) {
        // Closed by cut(), or the target refused: the client sees its connection closed.
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    Thread copier =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // One side closed.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "proxy-pipe");
    copier.setDaemon(true);
    copier.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // Already closed.
      }
    }
  }

  @Override
  public void close() {
    cut();
  }
}
