package io.jixiao.cli.faults;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

import java.io.IOException;

/** Hadoop's local file system ({@code fs.file.impl}) with every changing operation passed by {@link Halt}. */
public final class HaltingLocalFileSystem extends LocalFileSystem {

    /**
     * Writes into {@code folder} the {@code core-site.xml} that makes the local file system this one (and, for
     * {@code FileContext}, {@link HaltingLocalFs}) for a JVM that has the folder first on its classpath.
     */
    public static java.nio.file.Path configurationFolder(java.nio.file.Path folder) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve("core-site.xml"), """
                <?xml version="1.0"?>
                <configuration>
                  <property><name>fs.file.impl</name><value>%s</value></property>
                  <property><name>fs.AbstractFileSystem.file.impl</name><value>%s</value></property>
                  <property><name>fs.file.impl.disable.cache</name><value>true</value></property>
                </configuration>
                """.formatted(HaltingLocalFileSystem.class.getName(), HaltingLocalFs.class.getName()));
        return folder;
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        Halt.before("create", f);
        return closedThroughHalt(super.create(f, permission, overwrite, bufferSize, replication, blockSize,
                progress), f);
    }

    @Override
    public FSDataOutputStream createNonRecursive(Path f, FsPermission permission, boolean overwrite,
                                                 int bufferSize, short replication, long blockSize,
                                                 Progressable progress) throws IOException {
        Halt.before("create", f);
        return closedThroughHalt(super.createNonRecursive(f, permission, overwrite, bufferSize, replication,
                blockSize, progress), f);
    }

    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        Halt.before("rename", src + " -> " + dst);
        return super.rename(src, dst);
    }

    @Override
    public boolean delete(Path f, boolean recursive) throws IOException {
        Halt.before("delete", f);
        return super.delete(f, recursive);
    }

    @Override
    public boolean mkdirs(Path f, FsPermission permission) throws IOException {
        Halt.before("mkdir", f);
        return super.mkdirs(f, permission);
    }

    /** A halt before the close leaves the file as far as its writer got: what a kill mid-write leaves. */
    static FSDataOutputStream closedThroughHalt(FSDataOutputStream out, Path f) throws IOException {
        return new FSDataOutputStream(out, null) {
            @Override
            public void close() throws IOException {
                Halt.before("close", f);
                super.close();
            }
        };
    }
}
