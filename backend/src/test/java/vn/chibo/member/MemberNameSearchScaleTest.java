package vn.chibo.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chibo.common.TextFolding;

/**
 * Measures the member name search on 60,000 rows in H2 (no Quarkus): "a word starts with" ({@code like '% x%'}),
 * which scans, against a prefix of the whole key ({@code like ' x%'}), which the B-tree serves. The timings are
 * printed, not asserted (the machine is shared); the README quotes them.
 */
class MemberNameSearchScaleTest {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò",
            "Hà", "Tòng", "Quàng", "Lường", "Cầm"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Xuân", "Hữu"};
    private static final String[] GIVEN = {"An", "Ánh", "Bình", "Cường", "Dung", "Đức", "Giang", "Hà", "Hoa", "Hùng",
            "Lan", "Long", "Mai", "Nam", "Ngân", "Phương", "Quân", "Sơn", "Thảo", "Tùng", "Uyên", "Vân", "Yến"};
    private static final int MEMBERS = 60_000;

    @Test
    void wordStartSearchOnSixtyThousandMembers() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:vinames;DB_CLOSE_DELAY=-1")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE member (id INT PRIMARY KEY, full_name VARCHAR(200),"
                        + " name_sort_key VARCHAR(800), name_search_key VARCHAR(300))");
                s.execute("CREATE INDEX ix_sort ON member (name_sort_key, id)");
                s.execute("CREATE INDEX ix_search ON member (name_search_key)");
            }
            Random random = new Random(7);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO member VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < MEMBERS; i++) {
                    String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)]
                            + " " + GIVEN[random.nextInt(GIVEN.length)];
                    insert.setInt(1, i);
                    insert.setString(2, name);
                    insert.setString(3, VietnameseNames.sortKey(name));
                    insert.setString(4, VietnameseNames.searchKey(name));
                    insert.addBatch();
                    if (i % 5000 == 4999) insert.executeBatch();
                }
            }
            String sql = "SELECT full_name FROM member WHERE name_search_key LIKE ? ESCAPE '\\'"
                    + " ORDER BY name_sort_key, id LIMIT 50";
            String wordStart = TextFolding.likeWordStart("dang van");
            String keyStart = " " + TextFolding.fold("dang van") + "%";
            List<String> viaWord = query(c, sql, wordStart);
            List<String> viaPrefix = query(c, sql, keyStart);
            assertEquals(viaPrefix, viaWord, "family-name searches give the same first page either way");
            assertTrue(viaWord.stream().allMatch(n -> n.startsWith("Đặng Văn ")), viaWord.toString());
            System.out.printf("60,000 members, first page of 'dang van': word start %.1f ms, key prefix %.1f ms;"
                            + " 'an' (given name) word start %.1f ms%n",
                    millis(c, sql, wordStart), millis(c, sql, keyStart), millis(c, sql, TextFolding.likeWordStart("an")));
        }
    }

    private static List<String> query(Connection c, String sql, String pattern) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, pattern);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The median of 15 runs after 5 warm-up runs. */
    private static double millis(Connection c, String sql, String pattern) throws Exception {
        for (int i = 0; i < 5; i++) query(c, sql, pattern);
        long[] runs = new long[15];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            query(c, sql, pattern);
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        return runs[runs.length / 2] / 1e6;
    }
}
