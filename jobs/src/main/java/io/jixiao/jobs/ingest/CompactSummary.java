package io.jixiao.jobs.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What {@code jixiao compact} did: the snapshot it compacted ({@code from}, empty for a warehouse nothing was
 * ingested into), the snapshot it committed (empty when every folder was compact and nothing was written) and the
 * folders it rewrote, and the years whose target drift it settled (those an older Jixiao wrote without).
 */
public record CompactSummary(Optional<String> from, Optional<String> snapshot, List<CompactedFiles> folders,
                             Set<Integer> driftYears, long wallMillis) {

    public CompactSummary {
        requireNonNull(from, "from");
        requireNonNull(snapshot, "snapshot");
        folders = List.copyOf(folders);
        driftYears = Set.copyOf(driftYears);
    }

    public boolean committed() {
        return snapshot.isPresent();
    }

    public int filesBefore() {
        return folders.stream().mapToInt(CompactedFiles::filesBefore).sum();
    }

    public int filesAfter() {
        return folders.stream().mapToInt(CompactedFiles::filesAfter).sum();
    }

    public long bytesBefore() {
        return folders.stream().mapToLong(CompactedFiles::bytesBefore).sum();
    }

    public long bytesAfter() {
        return folders.stream().mapToLong(CompactedFiles::bytesAfter).sum();
    }
}
