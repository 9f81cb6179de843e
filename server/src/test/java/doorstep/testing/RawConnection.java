package doorstep.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends bytes to the server over a plain socket, as a hostile client would, with no HTTP library
 * to tidy them up, and reads back everything the server sends until it closes the connection.
 */
public final class RawConnection {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3}) ");
    private static final int PATIENCE_MILLIS = 4000;

    private RawConnection() {
    }

    /** What came back: the raw text, and whether the server closed the connection after it. */
    public record Exchange(String text, boolean closedByServer) {

        /** The status of each response, in order; more than one means the bytes ran as several requests. */
        public List<Integer> statuses() {
            List<Integer> statuses = new ArrayList<>();
            Matcher matcher = STATUS_LINE.matcher(text);
            while (matcher.find()) {
                statuses.add(Integer.parseInt(matcher.group(1)));
            }
            return statuses;
        }

        public String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }

    /** Sends the lines joined by CRLF, exactly as given, and waits for the server to answer and close. */
    public static Exchange send(int port, String... lines) {
        return sendBytes(port, String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Exchange sendBytes(int port, byte[] bytes) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(PATIENCE_MILLIS);
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return readUntilClosed(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Exchange readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean closed = false;
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
            closed = true;
        } catch (SocketTimeoutException stillOpen) {
            // the server kept the connection open for more requests
        } catch (IOException reset) {
            closed = true;
        }
        return new Exchange(received.toString(StandardCharsets.ISO_8859_1), closed);
    }
}
