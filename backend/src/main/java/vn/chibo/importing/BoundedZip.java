package vn.chibo.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip whose parts are read through one budget of inflated bytes, each part also held to a
 * compression ratio. The sizes a zip declares are not trusted: the bytes actually inflated are
 * counted, and reading fails with the limit's refusal as soon as one is passed.
 */
final class BoundedZip implements AutoCloseable {
    private final ZipFile zip;
    private final ImportLimits limits;
    private long unpacked;

    BoundedZip(Path file, ImportLimits limits) throws IOException {
        this.zip = new ZipFile(file.toFile());
        this.limits = limits;
        if (zip.size() > limits.maxZipEntries()) {
            zip.close();
            throw limits.tooManyZipEntries();
        }
    }

    /** The part with this name, inflating within the budget, or empty when the zip has no such part. */
    Optional<InputStream> open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) return Optional.empty();
        // The compressed size bounds the raw bytes the inflater may consume, so it is a fair base.
        long compressed = Math.max(1, entry.getCompressedSize());
        return Optional.of(new Counted(zip.getInputStream(entry), compressed));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private final class Counted extends FilterInputStream {
        private final long compressed;
        private long inflated;

        Counted(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) count(skipped);
            return skipped;
        }

        private void count(long n) {
            inflated += n;
            unpacked += n;
            if (unpacked > limits.maxUnpackedBytes()) throw limits.unpackedTooLarge();
            if (inflated > ImportLimits.RATIO_GRACE_BYTES && inflated > compressed * limits.maxCompressionRatio()) {
                throw limits.compressionRatioTooHigh();
            }
        }
    }
}
