package io.jixiao.cli.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the operations that change a file system (create, close of a file written, rename, delete, mkdir) in a
 * JVM whose local file system is {@link HaltingLocalFileSystem} and {@link HaltingLocalFs}, logs each, and stops the
 * JVM dead before the one numbered {@code -Djixiao.test.haltAt}: {@link Runtime#halt} runs no finally block, no
 * shutdown hook and flushes nothing, as a kill -9 would.
 */
public final class Halt {

    public static final String HALT_AT = "jixiao.test.haltAt";
    public static final String OPERATION_LOG = "jixiao.test.operationLog";
    /** The exit code of a halted JVM, as a shell reports a process killed by signal 9. */
    public static final int EXIT_CODE = 137;

    private static final AtomicLong OPERATIONS = new AtomicLong();
    private static final long HALT_AT_OPERATION = Long.getLong(HALT_AT, Long.MAX_VALUE);
    private static final String LOG = System.getProperty(OPERATION_LOG);

    private Halt() {
    }

    /** Called before each changing operation: logs it, then halts the JVM if it is the one chosen. */
    static synchronized void before(String operation, Object path) {
        long number = OPERATIONS.incrementAndGet();
        if (LOG != null) {
            try {
                Files.writeString(Path.of(LOG), number + "\t" + operation + "\t" + path + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (number == HALT_AT_OPERATION) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
