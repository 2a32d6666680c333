package io.jixiao.cli.faults;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.AbstractFileSystem;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;

/**
 * Hadoop's local file system as {@code FileContext} sees it ({@code fs.AbstractFileSystem.file.impl}, what
 * {@code LocalFs} is: checksums over the raw local one), with every changing operation passed by {@link Halt}.
 */
public final class HaltingLocalFs extends ChecksumFs {

    public HaltingLocalFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
        super(raw(uri, conf));
    }

    private static AbstractFileSystem raw(URI uri, Configuration conf) {
        Configuration rawConf = new Configuration(conf);
        rawConf.set("fs.AbstractFileSystem.file.impl", "org.apache.hadoop.fs.local.RawLocalFs");
        try {
            return AbstractFileSystem.createFileSystem(uri, rawConf);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public FSDataOutputStream createInternal(Path f, EnumSet<CreateFlag> flag, FsPermission absolutePermission,
                                             int bufferSize, short replication, long blockSize,
                                             Progressable progress, Options.ChecksumOpt checksumOpt,
                                             boolean createParent) throws IOException {
        Halt.before("create", f);
        return HaltingLocalFileSystem.closedThroughHalt(super.createInternal(f, flag, absolutePermission, bufferSize,
                replication, blockSize, progress, checksumOpt, createParent), f);
    }

    @Override
    public void renameInternal(Path src, Path dst) throws IOException {
        Halt.before("rename", src + " -> " + dst);
        super.renameInternal(src, dst);
    }

    @Override
    public void renameInternal(Path src, Path dst, boolean overwrite) throws IOException {
        Halt.before("rename", src + " -> " + dst);
        super.renameInternal(src, dst, overwrite);
    }

    @Override
    public boolean delete(Path f, boolean recursive) throws IOException {
        Halt.before("delete", f);
        return super.delete(f, recursive);
    }

    @Override
    public void mkdir(Path dir, FsPermission permission, boolean createParent) throws IOException {
        Halt.before("mkdir", dir);
        super.mkdir(dir, permission, createParent);
    }
}
