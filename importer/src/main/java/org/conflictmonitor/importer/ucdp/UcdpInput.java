package org.conflictmonitor.importer.ucdp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a UCDP file as text, whether it is plain or gzip'd. */
final class UcdpInput {

    private static final int BUFFER = 1 << 16;

    private UcdpInput() {
    }

    static Reader open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /**
     * Gzip is recognised by its magic bytes, not by a {@code .gz} name: downloads and copies lose or gain
     * extensions, the content does not lie. The decoder refuses bytes that are not UTF-8 rather than
     * replacing them, because a silently replaced character would be written back as a different name.
     */
    static Reader open(InputStream in) throws IOException {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
            InputStream content = isGzip(buffered) ? new GZIPInputStream(buffered, BUFFER) : buffered;
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(content, utf8);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }
}
