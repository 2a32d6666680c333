package io.jixiao.jobs.ingest;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The files under a folder, walked with plain {@code listStatus}: {@code listFiles} returns located statuses, whose
 * permissions the local file system reads by starting a shell per file (19 s for 4,560 files, against 0.2 s).
 */
final class FileTree {

    private FileTree() {
    }

    /** Every file under {@code root} (or {@code root} itself when it is a file); checksum files are hidden. */
    static List<FileStatus> files(FileSystem fs, Path root) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        add(fs, fs.getFileStatus(root), files);
        return files;
    }

    private static void add(FileSystem fs, FileStatus status, List<FileStatus> files) throws IOException {
        if (!status.isDirectory()) {
            files.add(status);
            return;
        }
        for (FileStatus child : fs.listStatus(status.getPath())) {
            add(fs, child, files);
        }
    }
}
