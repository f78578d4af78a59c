package io.migrascope.core.tool;

/** A tool's own checksum over one file. */
@FunctionalInterface
public interface ChecksumAlgorithm {
    /**
     * @param bytes the file's bytes
     * @param text  the decoded text, or null when the bytes are not UTF-8
     */
    String checksum(byte[] bytes, String text);

    ChecksumAlgorithm SHA256_OF_BYTES = (bytes, text) -> Checksums.sha256(bytes);

    /**
     * An algorithm that does more than hash (a scan that parses while it hashes): its files are
     * always read, never taken from the {@link ScanCache}, which would skip the side effect.
     */
    record SideEffecting(ChecksumAlgorithm inner) implements ChecksumAlgorithm {
        @Override
        public String checksum(byte[] bytes, String text) {
            return inner.checksum(bytes, text);
        }
    }
}
