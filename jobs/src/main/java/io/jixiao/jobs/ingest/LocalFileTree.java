package io.jixiao.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * The files under a local folder, walked with java.nio rather than Hadoop's local file system: symbolic links are
 * followed once, with the JDK's loop detection (a link back to a folder being walked is refused, not followed
 * until the path is too long), and the JDK tells regular files from FIFOs, sockets and devices, which would
 * block or never end when read. What is not a readable regular file is refused with its reason. The warehouse's
 * own folder is skipped when it lies among the documents, so that an ingest never reads its own files.
 */
final class LocalFileTree {

    private final Consumer<DocumentFile> accepted;
    private final Consumer<RefusedFile> refused;
    /** The warehouse's folder, when it is on this file system: never walked, whatever folder holds it. */
    private final Object warehouseKey;

    LocalFileTree(Consumer<DocumentFile> accepted, Consumer<RefusedFile> refused, Optional<Path> warehouse) {
        this.accepted = requireNonNull(accepted, "accepted");
        this.refused = requireNonNull(refused, "refused");
        this.warehouseKey = warehouse.map(LocalFileTree::fileKey).orElse(null);
    }

    /** What tells a folder from any other, links and all: its device and inode; null when it is not there. */
    private static Object fileKey(Path folder) {
        try {
            return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;  // not there yet: the ingest creates it after the listing
        }
    }

    /** Walks {@code root}, a folder or a file. */
    void walk(Path root) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private final class Visitor extends SimpleFileVisitor<Path> {

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            boolean warehouse = warehouseKey != null && warehouseKey.equals(attributes.fileKey());
            return warehouse ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isSymbolicLink()) {
                // attributes of the link itself: the JDK could not follow it
                refuse(file, unfollowable(file));
            } else if (!attributes.isRegularFile()) {
                refuse(file, "not a regular file (a FIFO, socket or device); not read");
            } else if (isChecksumOfSibling(file)) {
                return FileVisitResult.CONTINUE;
            } else if (!Files.isReadable(file)) {
                refuse(file, "cannot read the file: permission denied");
            } else {
                accepted.accept(DocumentFile.of(file.toUri(), attributes.size(),
                        attributes.lastModifiedTime().toMillis()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            if (failure instanceof FileSystemLoopException) {
                refuse(file, "symbolic link loop: leads back to " + target(file) + ", a folder already listed");
            } else if (failure instanceof AccessDeniedException) {
                refuse(file, "cannot list the folder: permission denied");
            } else if (failure instanceof NoSuchFileException) {
                refuse(file, "removed while the inputs were listed");
            } else {
                refuse(file, "cannot list: " + failure);
            }
            return FileVisitResult.CONTINUE;
        }

        private void refuse(Path file, String reason) {
            // a URI of a folder (a link loop is one) ends with a slash; the path is named without it
            String path = DocumentFile.of(file.toUri(), 0, 0).path();
            refused.accept(new RefusedFile(path.endsWith("/") ? path.substring(0, path.length() - 1) : path,
                    reason));
        }
    }

    /** Hadoop's local file system writes {@code .name.crc} beside {@code name} and hides it; so does the listing. */
    private static boolean isChecksumOfSibling(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".crc") && name.length() > 5
                && Files.exists(file.resolveSibling(name.substring(1, name.length() - 4)));
    }

    /** Why a link cannot be followed: it names nothing, or links that name each other (the kernel gives up). */
    private static String unfollowable(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            if (Files.exists(link.resolveSibling(target), LinkOption.NOFOLLOW_LINKS)) {
                return "symbolic link to " + target + ", one of links that lead back to themselves (a loop); not read";
            }
            return "symbolic link to " + target + ", which does not exist; not read";
        } catch (IOException e) {
            return "symbolic link that cannot be read: " + e.getMessage() + "; not read";
        }
    }

    private static String target(Path link) {
        try {
            return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : link.toString();
        } catch (IOException e) {
            return link.toString();
        }
    }
}
