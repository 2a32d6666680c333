package io.jixiao.schema.warehouse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Whether a warehouse's {@code _lock} still guards a running ingest, and why. A lock is stale when its holder ran on
 * this host and that process is gone (or its pid now belongs to a process started after the lock was taken), or
 * when it names no holder and is older than {@link #UNREADABLE_AGE}: the holder is written the moment the file is
 * created, so only a process killed in between leaves such a lock, and it never gets a holder after that. A lock
 * held on another host cannot be judged from here and is never stale.
 */
public record LockState(boolean stale, String description) {

    public static final Duration UNREADABLE_AGE = Duration.ofMinutes(10);

    public LockState {
        requireNonNull(description, "description");
    }

    public static LockState of(String text, Optional<Instant> modified, String thisHost, Instant now) {
        Optional<LockHolder> parsed = LockHolder.parse(text);
        if (parsed.isEmpty()) {
            String what = text.isBlank() ? "names no holder (empty)" : "names no holder it can be read as";
            Duration age = modified.map(m -> Duration.between(m, now)).orElse(Duration.ZERO);
            if (age.compareTo(UNREADABLE_AGE) > 0) {
                return new LockState(true, "the lock " + what + " and is " + age.toMinutes() + " minutes old: "
                        + "left by an ingest killed while it took the lock");
            }
            return new LockState(false, "the lock " + what + " and is " + age.toSeconds() + " s old: an ingest may "
                    + "be taking it; it is taken as abandoned once " + UNREADABLE_AGE.toMinutes() + " minutes old");
        }
        LockHolder holder = parsed.get();
        String who = "pid " + holder.pid() + " on " + holder.host() + " since " + holder.started() + ", run "
                + holder.run();
        if (!holder.host().equals(thisHost)) {
            return new LockState(false, "held by " + who + " (another host: cannot tell from here whether it runs)");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(holder.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return new LockState(true, "held by " + who + ", a process that is gone");
        }
        // the holder started before it wrote the lock; a later start is another process given the same pid
        Optional<Instant> processStart = process.get().info().startInstant();
        if (processStart.isPresent() && processStart.get().isAfter(holder.started())) {
            return new LockState(true, "held by " + who + "; that pid is now another process, started "
                    + processStart.get());
        }
        return new LockState(false, "held by " + who);
    }
}
