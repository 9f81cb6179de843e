package doorstep.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** One append-only text file of checkpoints per tenant, {@code <tenant>.checkpoints}, in a folder outside the database. */
record CheckpointFiles(Path dir) {

    private static final String SUFFIX = ".checkpoints";

    /** Appends the line and forces it to disk before returning. */
    void append(Checkpoint checkpoint) {
        try {
            Files.createDirectories(dir);
            try (FileChannel file = FileChannel.open(fileOf(checkpoint.tenantId()), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                file.write(StandardCharsets.UTF_8.encode(checkpoint.toLine() + "\n"));
                file.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append an audit checkpoint to " + fileOf(checkpoint.tenantId()), e);
        }
    }

    List<String> linesOf(String tenantId) throws IOException {
        Path file = fileOf(tenantId);
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    List<String> tenants() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length())).sorted().toList();
        }
    }

    Path fileOf(String tenantId) {
        return dir.resolve(tenantId + SUFFIX);
    }
}
