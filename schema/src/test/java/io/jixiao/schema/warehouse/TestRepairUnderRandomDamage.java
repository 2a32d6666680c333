package io.jixiao.schema.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: over many seeded runs, a warehouse of a few committed snapshots is damaged at random (CURRENT, a
 * manifest, a data file, the lock, a killed ingest's leftovers), then checked and repaired. The repair never changes
 * or deletes a file under {@code snapshots/}; afterwards the warehouse is consistent and readers find exactly the
 * snapshot the check put in force, or the check said why it cannot be repaired and indeed no snapshot is intact.
 */
class TestRepairUnderRandomDamage {

    private static final int RUNS = 300;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final String HOST = LockHolder.thisHost();

    @TempDir
    Path temp;

    @Test
    void repairAlwaysLeavesAConsistentWarehouseOrSaysWhyNotAndDeletesNoData() throws IOException {
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>();
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Path warehouse = temp.resolve("w" + seed);
            List<String> snapshots = committed(warehouse, random);
            int damages = 1 + random.nextInt(3);
            for (int i = 0; i < damages; i++) {
                faults.merge(damage(warehouse, snapshots, random), 1, Integer::sum);
            }
            Map<String, String> dataBefore = snapshotFiles(warehouse);

            WarehouseCheck check = WarehouseCheck.of(new LocalWarehouseFiles(warehouse), HOST, Instant.now());
            String outcome;
            if (check.lockedByLiveIngest()) {
                outcome = "left alone: an ingest holds the lock";
            } else if (check.consistent()) {
                outcome = "consistent without repair";
            } else {
                new WarehouseRepair(warehouse).apply(check.repairs());
                WarehouseCheck after = WarehouseCheck.of(new LocalWarehouseFiles(warehouse), HOST, Instant.now());
                if (check.unrepairable().isEmpty()) {
                    assertThat(after.problems()).as("seed " + seed).isEmpty();
                    outcome = "repaired";
                } else {
                    assertThat(intact(warehouse, snapshots)).as("seed " + seed + ": nothing intact").isEmpty();
                    outcome = "refused: no intact snapshot";
                }
            }
            if (!outcome.startsWith("refused") && !check.lockedByLiveIngest()) {
                String inForce = CurrentSnapshot.find(new LocalWarehouseFiles(warehouse)).map(Snapshot::id)
                        .orElse(null);
                assertThat(inForce).as("seed " + seed + ": readers read what the check put in force")
                        .isEqualTo(WarehouseCheck.of(new LocalWarehouseFiles(warehouse), HOST, Instant.now())
                                .inForce().orElse(null));
            }
            assertThat(snapshotFiles(warehouse)).as("seed " + seed + ": no data changed or deleted")
                    .isEqualTo(dataBefore);
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.printf("repair under random damage: %d runs, faults %s, outcomes %s%n", RUNS, faults, outcomes);
        assertThat(outcomes).containsKeys("repaired", "refused: no intact snapshot");
    }

    /** One to four committed snapshots, each built from the one before, CURRENT naming the last. */
    private static List<String> committed(Path warehouse, Random random) throws IOException {
        List<String> ids = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int s = 0; s < count; s++) {
            String id = "20261201T1" + s + "0000Z-" + Integer.toHexString(0x10000000 + random.nextInt(0x0fffffff));
            List<SnapshotManifest.DataFile> files = new ArrayList<>();
            for (int f = 0; f < 1 + random.nextInt(3); f++) {
                String path = "forms/year=202" + f + "/part-" + f + ".parquet";
                int size = 16 + random.nextInt(200);
                Path file = Files.createDirectories(warehouse.resolve("snapshots/" + id + "/forms/year=202" + f))
                        .resolve("part-" + f + ".parquet");
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                System.arraycopy(MAGIC, 0, bytes, 0, 4);
                System.arraycopy(MAGIC, 0, bytes, size - 4, 4);
                Files.write(file, bytes);
                files.add(new SnapshotManifest.DataFile(path, size, crc32c(bytes)));
            }
            String parent = ids.isEmpty() ? null : ids.get(ids.size() - 1);
            Files.writeString(warehouse.resolve(CurrentSnapshot.manifestPath(id)),
                    new SnapshotManifest(id, parent, files).text());
            Files.createDirectories(warehouse.resolve("runs/" + id));
            ids.add(id);
        }
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), ids.get(ids.size() - 1) + "\n");
        return ids;
    }

    private static String damage(Path warehouse, List<String> snapshots, Random random) throws IOException {
        String snapshot = snapshots.get(random.nextInt(snapshots.size()));
        Path current = warehouse.resolve(WarehouseLayout.CURRENT);
        Path manifest = warehouse.resolve(CurrentSnapshot.manifestPath(snapshot));
        Path lock = warehouse.resolve(WarehouseLayout.LOCK);
        List<Path> data;
        try (Stream<Path> files = Files.walk(warehouse.resolve("snapshots/" + snapshot))) {
            data = files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
        }
        Path file = data.isEmpty() ? null : data.get(random.nextInt(data.size()));
        String[] kinds = {"CURRENT empty", "CURRENT deleted", "CURRENT garbage", "CURRENT names a missing snapshot",
            "manifest deleted", "manifest cut short", "data file deleted", "data file truncated",
            "data file overwritten", "data file byte changed", "empty lock, old", "empty lock, fresh",
            "lock of a dead process",
            "staging left", "snapshot folder without manifest"};
        String kind = kinds[random.nextInt(kinds.length)];
        switch (kind) {
            case "CURRENT empty" -> Files.write(current, new byte[0]);
            case "CURRENT deleted" -> Files.deleteIfExists(current);
            case "CURRENT garbage" -> Files.writeString(current, "../../etc\n");
            case "CURRENT names a missing snapshot" -> Files.writeString(current, "20991231T000000Z-deadbeef\n");
            case "manifest deleted" -> Files.deleteIfExists(manifest);
            case "manifest cut short" -> {
                if (Files.exists(manifest)) {
                    String text = Files.readString(manifest);
                    Files.writeString(manifest, text.substring(0, random.nextInt(text.length())));
                }
            }
            case "data file deleted" -> {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
            case "data file truncated" -> {
                if (file != null && Files.exists(file)) {
                    byte[] bytes = Files.readAllBytes(file);
                    Files.write(file, Arrays.copyOf(bytes, random.nextInt(bytes.length)));
                }
            }
            case "data file overwritten" -> {
                if (file != null && Files.exists(file)) {
                    Files.write(file, new byte[(int) Files.size(file)]);
                }
            }
            case "data file byte changed" -> {
                if (file != null && Files.exists(file)) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (bytes.length > 0) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                        Files.write(file, bytes);
                    }
                }
            }
            case "empty lock, old" -> {
                Files.write(lock, new byte[0]);
                Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
            case "empty lock, fresh" -> Files.write(lock, new byte[0]);
            case "lock of a dead process" -> Files.writeString(lock,
                    new LockHolder(Long.MAX_VALUE - 1, HOST, Instant.now(), "killed").text());
            case "staging left" -> Files.createDirectories(warehouse.resolve("_staging/killed/forms"));
            default -> Files.createDirectories(warehouse.resolve("snapshots/20261201T190000Z-killed00/forms"));
        }
        return kind;
    }

    private static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The snapshots whose manifest reads and whose files are all there, with the sizes and bytes it records. */
    private static List<String> intact(Path warehouse, List<String> snapshots) throws IOException {
        List<String> intact = new ArrayList<>();
        for (String id : snapshots) {
            Path manifestFile = warehouse.resolve(CurrentSnapshot.manifestPath(id));
            if (!Files.exists(manifestFile)) {
                continue;
            }
            SnapshotManifest manifest;
            try {
                manifest = SnapshotManifest.parse(id, Files.readString(manifestFile));
            } catch (IllegalArgumentException e) {
                continue;
            }
            boolean whole = true;
            for (SnapshotManifest.DataFile file : manifest.files()) {
                Path data = warehouse.resolve("snapshots/" + id + "/" + file.path());
                whole &= Files.exists(data) && Files.size(data) == file.bytes()
                        && file.crc32c().equals(OptionalLong.of(crc32c(Files.readAllBytes(data))));
            }
            if (whole) {
                intact.add(id);
            }
        }
        return intact;
    }

    /** Every file under snapshots/ with a digest of its bytes. */
    private static Map<String, String> snapshotFiles(Path warehouse) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path root = warehouse.resolve(WarehouseLayout.SNAPSHOTS);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Arrays.toString(Files.readAllBytes(path)));
            }
        }
        return files;
    }
}
