package io.jixiao.reports.docx;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static java.util.Objects.requireNonNull;

/**
 * Where the Word report goes. Like the HTML report's folder, it replaces only a file an earlier report wrote (its
 * document properties name Jixiao as the application); any other file there, or a link, is someone else's and the
 * report is refused. The document is written beside its target and moved over it, so a report cut short leaves the
 * earlier one whole.
 */
final class DocxReportFile {
    static final String APPLICATION = "Jixiao";

    private final Path target;

    DocxReportFile(Path target) {
        this.target = requireNonNull(target, "target");
    }

    void requireReplaceable() {
        if (Files.isSymbolicLink(target)) {
            throw refused("is a link");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && writtenByJixiao())) {
            throw refused("exists and is not from an earlier report");
        }
    }

    void write(XWPFDocument document) {
        Path next = target.resolveSibling("." + target.getFileName() + ".next");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(next)) {
                document.write(out);
            }
            Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private boolean writtenByJixiao() {
        OPCPackage docx;
        try {
            docx = OPCPackage.open(target.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            return false;  // not a zip of Office parts: not a document a report wrote
        }
        try {
            return APPLICATION.equals(new POIXMLProperties(docx).getExtendedProperties().getApplication());
        } catch (Exception e) {
            return false;
        } finally {
            docx.revert();
        }
    }

    private IllegalStateException refused(String why) {
        return new IllegalStateException(target + " " + why + "; the report was not written (give --out a new "
                + "or empty folder, or one an earlier report wrote)");
    }
}
