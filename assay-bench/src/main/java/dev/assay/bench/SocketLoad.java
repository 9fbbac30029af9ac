package dev.assay.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * An open-loop HTTP/1.1 load generator on plain keep-alive sockets, for measuring a server that
 * shares a 2-core machine with its client.
 *
 * <p>Why not {@code java.net.http.HttpClient}: on this machine it cost 0.8 to 1.2 ms of CPU per
 * request (futures, its selector thread, header maps, executor hand-offs), about as much as the
 * server's own work, so the client competed with the server it measured. Here one thread drives
 * every connection through one {@link Selector}, requests are pre-built bytes, and a response is
 * parsed only as far as its status, length and {@code Connection: close}.
 *
 * <p>The schedule is fixed like wrk2's: request i is due at {@code start + i / rate}. A pacer
 * thread releases requests at their due times; a released request goes out on the first idle
 * connection, in order, and waits in line when all are busy. Latency counts from the <em>due</em>
 * time, not from the send, so a server (or client) that falls behind shows it in the percentiles
 * rather than quietly lowering the rate (no coordinated omission). The time from the actual send is
 * kept too ({@code service}), to show how much of a tail is waiting for a free connection.
 *
 * <p>Responses are expected with {@code Content-Length} or chunked; the server's {@code Connection:
 * close} (Tomcat ends a keep-alive connection after 100 requests by default) is honoured by opening
 * a new connection.
 */
final class SocketLoad implements AutoCloseable {
  /** What one timed run measured. */
  record Result(int sent, int completed, int errors, int timedOut, double elapsedSeconds) {}

  private final InetSocketAddress address;
  private final Selector selector;
  private final Connection[] connections;
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();

  SocketLoad(String host, int port, int connections) throws IOException {
    this.address = new InetSocketAddress(host, port);
    this.selector = Selector.open();
    this.connections = new Connection[connections];
    for (int i = 0; i < connections; i++) {
      this.connections[i] = new Connection();
      this.connections[i].open(true);
    }
  }

  /** The bytes of one {@code POST} with a JSON body, headers and all. */
  static byte[] post(String host, int port, String path, String token, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, out, 0, headBytes.length);
    System.arraycopy(body, 0, out, headBytes.length, body.length);
    return out;
  }

  /**
   * Sends {@code requests[from, from + rate * seconds)} at {@code rate} per second and waits up to
   * {@code drainSeconds} after the last is due for the answers. Latencies (from due time) go to
   * {@code latency} and times from the actual send to {@code service}, in nanoseconds; either may
   * be null (warm-up). A non-2xx status, a closed connection or no answer in time counts as an
   * error.
   */
  Result run(
      List<byte[]> requests,
      int from,
      int rate,
      int seconds,
      int drainSeconds,
      Histogram latency,
      Histogram service)
      throws IOException {
    int count = rate * seconds;
    double interval = 1e9 / rate;
    long start = System.nanoTime() + 50_000_000L;
    long[] due = new long[count];
    for (int i = 0; i < count; i++) {
      due[i] = start + (long) (i * interval);
    }
    AtomicInteger released = new AtomicInteger();
    // The pacer only counts requests as due and wakes the selector: the loop below does all I/O,
    // so a response is read the moment it arrives and no lock is shared.
    Thread pacer =
        Thread.ofPlatform()
            .name("socket-load-pacer")
            .daemon()
            .start(
                () -> {
                  for (int i = 0; i < count; i++) {
                    long wait;
                    while ((wait = due[i] - System.nanoTime()) > 0) {
                      LockSupport.parkNanos(wait);
                    }
                    released.lazySet(i + 1);
                    selector.wakeup();
                  }
                });
    long deadline = due[count - 1] + drainSeconds * 1_000_000_000L;
    int sent = 0;
    int completed = 0;
    int errors = 0;
    while (completed < count) {
      long now = System.nanoTime();
      if (now > deadline) {
        break;
      }
      selector.select(Math.max(1, Math.min(100, (deadline - now) / 1_000_000)));
      var keys = selector.selectedKeys();
      for (var iterator = keys.iterator(); iterator.hasNext(); ) {
        SelectionKey key = iterator.next();
        iterator.remove();
        Connection c = (Connection) key.attachment();
        if (!key.isValid()) {
          continue;
        }
        if (key.isConnectable()) {
          c.finishConnect();
          continue;
        }
        if (key.isWritable()) {
          c.flush();
        }
        if (key.isReadable()) {
          int status = c.read();
          if (status == Connection.PENDING) {
            continue;
          }
          long at = System.nanoTime();
          int index = c.index - from;
          if (index >= 0 && index < count) {
            completed++;
            if (status < 200 || status > 299) {
              errors++;
            }
            if (latency != null) {
              latency.recordValue(at - due[index]);
            }
            if (service != null) {
              service.recordValue(at - c.sentAt);
            }
          }
          c.index = -1;
          c.afterResponse();
        }
      }
      int ready = released.get();
      while (sent < ready && !idle.isEmpty()) {
        idle.poll().send(from + sent, requests.get(from + sent));
        sent++;
      }
    }
    pacer.interrupt();
    double elapsed = (System.nanoTime() - start) / 1e9;
    // Anything still on a connection is abandoned: reopen those so the next run starts clean.
    for (Connection c : connections) {
      if (c.index >= 0) {
        c.index = -1;
        c.reopen();
      }
    }
    return new Result(sent, completed, errors, count - completed, elapsed);
  }

  @Override
  public void close() throws IOException {
    for (Connection c : connections) {
      c.closeQuietly();
    }
    selector.close();
  }

  /** One keep-alive connection: at most one request in flight, never pipelined. */
  private final class Connection {
    static final int PENDING = -1;
    static final int BROKEN = 0;

    SocketChannel channel;
    SelectionKey key;
    ByteBuffer out;
    byte[] in = new byte[16 * 1024];
    int length;
    int index = -1;
    long sentAt;
    boolean closeAfter;
    boolean connected;

    void open(boolean blocking) throws IOException {
      channel = SocketChannel.open();
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      length = 0;
      closeAfter = false;
      if (blocking) {
        channel.connect(address);
        channel.configureBlocking(false);
        key = channel.register(selector, SelectionKey.OP_READ, this);
        connected = true;
        idle.add(this);
      } else {
        channel.configureBlocking(false);
        connected = channel.connect(address);
        key =
            channel.register(
                selector, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
        if (connected) {
          idle.add(this);
        }
      }
    }

    void finishConnect() {
      try {
        if (channel.finishConnect()) {
          connected = true;
          key.interestOps(SelectionKey.OP_READ);
          idle.add(this);
        }
      } catch (IOException e) {
        reopen();
      }
    }

    void send(int index, byte[] request) {
      this.index = index;
      this.out = ByteBuffer.wrap(request);
      this.sentAt = System.nanoTime();
      flush();
    }

    void flush() {
      try {
        channel.write(out);
        key.interestOps(
            out.hasRemaining()
                ? SelectionKey.OP_READ | SelectionKey.OP_WRITE
                : SelectionKey.OP_READ);
      } catch (IOException e) {
        // The answer will never come; read() reports it as a broken connection at EOF, but a
        // failed write may give no EOF, so count it here through the reader's path.
        closeAfter = true;
        key.interestOps(SelectionKey.OP_READ);
      }
    }

    /** Reads what arrived: the response's status once it is complete, else {@link #PENDING}. */
    int read() {
      int n;
      try {
        if (length == in.length) {
          in = java.util.Arrays.copyOf(in, in.length * 2);
        }
        n = channel.read(ByteBuffer.wrap(in, length, in.length - length));
      } catch (IOException e) {
        n = -1;
      }
      if (n < 0) {
        // Closed by the server: an error if a request was waiting on it, else just reopen.
        if (index < 0) {
          idle.remove(this);
          reopen();
          return PENDING;
        }
        closeAfter = true;
        return BROKEN;
      }
      length += n;
      if (index < 0) {
        length = 0; // nothing asked: ignore stray bytes
        return PENDING;
      }
      return parse();
    }

    /** The status of a complete response at the start of the buffer, consuming it; or PENDING. */
    private int parse() {
      int headEnd = indexOf(in, 0, length, CRLFCRLF);
      if (headEnd < 0) {
        return PENDING;
      }
      int bodyStart = headEnd + 4;
      int status = (in[9] - '0') * 100 + (in[10] - '0') * 10 + (in[11] - '0');
      long contentLength = -1;
      boolean chunked = false;
      boolean close = false;
      int lineStart = indexOf(in, 0, headEnd, CRLF) + 2;
      while (lineStart < headEnd + 2) {
        int lineEnd = indexOf(in, lineStart, headEnd + 2, CRLF);
        String line =
            new String(in, lineStart, lineEnd - lineStart, StandardCharsets.US_ASCII).toLowerCase();
        int colon = line.indexOf(':');
        if (colon > 0) {
          String name = line.substring(0, colon).trim();
          String value = line.substring(colon + 1).trim();
          switch (name) {
            case "content-length" -> contentLength = Long.parseLong(value);
            case "transfer-encoding" -> chunked = value.contains("chunked");
            case "connection" -> close = value.contains("close");
            default -> {}
          }
        }
        lineStart = lineEnd + 2;
      }
      int end;
      if (chunked) {
        end = chunkedEnd(bodyStart);
      } else if (contentLength >= 0) {
        end = bodyStart + contentLength <= length ? (int) (bodyStart + contentLength) : -1;
      } else if (status == 204 || status == 304) {
        end = bodyStart;
      } else {
        // Body runs to the close: not something this server sends; treat as broken.
        closeAfter = true;
        return BROKEN;
      }
      if (end < 0) {
        return PENDING;
      }
      closeAfter = close;
      System.arraycopy(in, end, in, 0, length - end);
      length -= end;
      return status;
    }

    /** Where a chunked body starting at {@code p} ends, or -1 while incomplete. */
    private int chunkedEnd(int p) {
      while (true) {
        int lineEnd = indexOf(in, p, length, CRLF);
        if (lineEnd < 0) {
          return -1;
        }
        int size = 0;
        for (int i = p; i < lineEnd && in[i] != ';'; i++) {
          size = size * 16 + Character.digit(in[i], 16);
        }
        p = lineEnd + 2;
        if (size == 0) {
          // Trailer lines (usually none), then an empty line.
          while (true) {
            int trailerEnd = indexOf(in, p, length, CRLF);
            if (trailerEnd < 0) {
              return -1;
            }
            if (trailerEnd == p) {
              return p + 2;
            }
            p = trailerEnd + 2;
          }
        }
        p += size + 2;
        if (p > length) {
          return -1;
        }
      }
    }

    void afterResponse() {
      if (closeAfter) {
        reopen();
      } else {
        idle.add(this);
      }
    }

    void reopen() {
      closeQuietly();
      try {
        open(false);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot reconnect to " + address, e);
      }
    }

    void closeQuietly() {
      if (key != null) {
        key.cancel();
      }
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      connected = false;
    }
  }

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

  private static int indexOf(byte[] haystack, int from, int to, byte[] needle) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
