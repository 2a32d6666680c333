package io.jixiao.schema.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/**
 * The CRC32C of a data file's bytes, as its snapshot's manifest records it: a changed byte that keeps the file's
 * size (a careless {@code dd conv=notrunc}, a disk that flips a bit) shows as a different checksum.
 */
public final class DataFileChecksum {

    private static final int BUFFER = 1 << 16;

    private DataFileChecksum() {
    }

    /** Reads the stream to its end; the caller closes it. */
    public static long of(InputStream in) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.read(buffer)) > 0; ) {
            crc.update(buffer, 0, n);
        }
        return crc.getValue();
    }

    /** As the manifest writes it: eight hexadecimal digits. */
    public static String text(long crc32c) {
        return String.format("%08x", crc32c);
    }

    /** A checksum as the manifest writes it, read back; refused when it is not eight hexadecimal digits. */
    public static long parse(String text) {
        if (text.length() != 8) {
            throw new NumberFormatException("not a CRC32C: " + text);
        }
        return Long.parseLong(text, 16);
    }
}
