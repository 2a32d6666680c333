package io.jixiao.schema.warehouse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Who holds a warehouse's {@code _lock}, as the lock file says in one line: {@code pid host start run}. */
public record LockHolder(long pid, String host, Instant started, String run) {

    public LockHolder {
        requireNonNull(host, "host");
        requireNonNull(started, "started");
        requireNonNull(run, "run");
    }

    /** A holder for this process, starting now. */
    public static LockHolder thisProcess(String run) {
        return new LockHolder(ProcessHandle.current().pid(), thisHost(), Instant.now(), run);
    }

    /** The name of this host, as lock holders name theirs. */
    public static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    public String text() {
        return pid + " " + host + " " + started + " " + run;
    }

    /** The holder a lock file names; empty when its text is not a holder (empty, cut short, written by hand). */
    public static Optional<LockHolder> parse(String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 4 || parts[1].isEmpty() || parts[3].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockHolder(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), parts[3]));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
