package io.jixiao.read.binary;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real LibreOffice ({@code soffice}, Debian {@code libreoffice-writer-nogui}, which .ci/run installs) saving documents
 * in another format, as a unit's office does. A machine without it fails the tests that need it rather than skipping
 * them: the Word 97-2003 reader would otherwise go untested. One run converts all the documents it is given: starting
 * LibreOffice takes most of the time.
 */
public final class LibreOffice {

    private static final long TIME_LIMIT_SECONDS = 180;

    private LibreOffice() {
    }

    /**
     * @param documents the documents by name (without extension), in the format of {@code fromExtension}
     * @param work      a folder of the test's own: the documents, LibreOffice's profile and its log go there
     * @return the converted documents by the same names
     */
    public static Map<String, byte[]> convert(Map<String, byte[]> documents, String fromExtension, String toExtension,
                                              Path work) throws IOException, InterruptedException {
        requireNonNull(documents, "documents");
        Path in = Files.createDirectories(work.resolve("in"));
        Path out = Files.createDirectories(work.resolve("out"));
        List<String> command = new ArrayList<>(List.of(soffice().toString(),
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", toExtension, "--outdir", out.toString()));
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            Path file = in.resolve(document.getKey() + "." + fromExtension);
            Files.write(file, document.getValue());
            command.add(file.toString());
        }
        Path log = work.resolve("soffice.log");
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!soffice.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            soffice.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert within " + TIME_LIMIT_SECONDS + " s: "
                    + Files.readString(log));
        }
        Map<String, byte[]> converted = new LinkedHashMap<>();
        for (String name : documents.keySet()) {
            Path file = out.resolve(name + "." + toExtension);
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("LibreOffice wrote no " + file.getFileName() + " (exit "
                        + soffice.exitValue() + "): " + Files.readString(log));
            }
            converted.put(name, Files.readAllBytes(file));
        }
        return converted;
    }

    private static Path soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "soffice"))
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("LibreOffice (soffice) is not on the PATH: install"
                        + " libreoffice-writer-nogui (.ci/run does)"));
    }
}
