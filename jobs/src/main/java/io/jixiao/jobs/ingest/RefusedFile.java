package io.jixiao.jobs.ingest;

import static java.util.Objects.requireNonNull;

/** An input the listing found but will not read (a special file, a link loop, an unreadable file) and why. */
record RefusedFile(String path, String reason) {

    RefusedFile {
        requireNonNull(path, "path");
        requireNonNull(reason, "reason");
    }
}
