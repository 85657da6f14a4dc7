package vn.chibo.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.chibo.export.ExportFormat;
import vn.chibo.member.Attachment;
import vn.chibo.member.Gender;
import vn.chibo.member.MemberApi;
import vn.chibo.member.MemberListExport;
import vn.chibo.member.MemberStatus;
import vn.chibo.member.Position;

/**
 * Benchmark (run by bench/export.sh, not a test): writes a province's member list, 60,000 generated
 * rows, through the member export's own sheet definition as XLSX and as CSV to a stream that
 * discards the bytes, as a download would. Rows are generated one at a time (as the paged reader
 * hands them over), so what the heap holds is the writer's. Prints the time and the heap growth
 * (peak sampled every 5 ms over the used heap after a GC before the run) against the budgets
 * (< 10 s, < 128 MB). Run it with a small -Xmx to make the bound hard.
 */
public final class MemberExportBenchmark {
    private static final String[] FAMILY = {"Nguyễn", "Lò", "Tòng", "Quàng", "Hà", "Lường", "Vàng", "Giàng", "Cầm", "Điêu"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "A Sử", "Thị Mẩy", "Văn Pản"};

    private MemberExportBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        for (ExportFormat format : List.of(ExportFormat.XLSX, ExportFormat.CSV)) {
            run(format, members); // a warm-up pass, so class loading is not counted as growth
            run(format, members);
        }
    }

    private static void run(ExportFormat format, int members) throws IOException, InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        CountingSink out = new CountingSink();
        long start = System.nanoTime();
        MemberListExport.SHEET.stream(format, sink -> {
            Random random = new Random(7);
            for (int i = 0; i < members; i++) sink.accept(member(i, random));
        }).write(out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - baseline;
        System.out.printf("%s export of %,d members: %,d ms (budget 10,000), %,.1f MB written, heap growth peak %,.1f MB"
                        + " (budget 128), retained after GC %,.1f MB, max heap %,d MB%n", format, members, millis,
                out.bytes / 1e6, (peak.get() - baseline) / 1048576.0, retained / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static MemberApi.Summary member(int i, Random random) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)] + " " + i;
        LocalDate admitted = LocalDate.of(1970 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<Position> positions = i % 20 == 0 ? List.of(Position.SECRETARY) : List.of();
        return new MemberApi.Summary(UUID.randomUUID(), name, 1940 + random.nextInt(65),
                random.nextBoolean() ? Gender.MALE : Gender.FEMALE, "%08d".formatted(i), admitted,
                MemberStatus.values()[random.nextInt(3)], Attachment.PRIMARY, UUID.randomUUID(),
                "Chi bộ bản " + (i / 20), positions, 0);
    }

    /** Counts and drops the bytes, like a client that reads the download as it comes. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
