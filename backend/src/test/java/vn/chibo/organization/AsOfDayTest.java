package vn.chibo.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BR-D1: an organisation's name and upper committee on a day, read back from its renames and moves. */
class AsOfDayTest {
    private static final UUID CELL = UUID.randomUUID();
    private static final UUID OLD_COMMUNE = UUID.randomUUID();
    private static final UUID NEW_COMMUNE = UUID.randomUUID();

    private static AsOfDay.Change renamed(UUID org, String on, String before) {
        return new AsOfDay.Change(org, LineageEventType.RENAMED, LocalDate.parse(on), before, null);
    }

    private final List<AsOfDay.Change> lineage = List.of(
            renamed(CELL, "2025-07-01", "Chi bộ bản Nà Khoang"),
            renamed(CELL, "2026-03-01", "Chi bộ thôn Nà Khoang"),
            new AsOfDay.Change(CELL, LineageEventType.MOVED, LocalDate.parse("2025-07-01"), "Đảng ủy xã Bình Lư", OLD_COMMUNE),
            renamed(OLD_COMMUNE, "2025-01-01", "Đảng ủy xã Bình Lư cũ"),
            renamed(NEW_COMMUNE, "2026-01-01", "Đảng bộ xã Phong Thổ"));

    @Test
    void brD1_theNameOnADayIsTheOneReplacedByTheFirstRenameAfterIt() {
        String current = "Chi bộ khu dân cư số 3";
        assertEquals("Chi bộ bản Nà Khoang", AsOfDay.name(CELL, current, lineage, LocalDate.of(2025, 6, 30)));
        assertEquals("Chi bộ thôn Nà Khoang", AsOfDay.name(CELL, current, lineage, LocalDate.of(2025, 7, 1)),
                "a rename takes effect on its effective date");
        assertEquals("Chi bộ thôn Nà Khoang", AsOfDay.name(CELL, current, lineage, LocalDate.of(2026, 2, 28)));
        assertEquals(current, AsOfDay.name(CELL, current, lineage, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void brD1_theUpperCommitteeOnADayIsTheParentLeftByTheFirstMoveAfterItAsNamedThatDay() {
        AsOfDay.Parent before = AsOfDay.parent(CELL, NEW_COMMUNE, lineage, LocalDate.of(2025, 6, 30));
        assertEquals(OLD_COMMUNE, before.id());
        assertEquals("Đảng ủy xã Bình Lư", AsOfDay.parentName(before, null, lineage, LocalDate.of(2025, 6, 30)));
        assertEquals("Đảng ủy xã Bình Lư cũ", AsOfDay.parentName(before, null, lineage, LocalDate.of(2024, 12, 31)),
                "the parent left was itself renamed later");

        AsOfDay.Parent after = AsOfDay.parent(CELL, NEW_COMMUNE, lineage, LocalDate.of(2025, 7, 1));
        assertEquals(NEW_COMMUNE, after.id());
        assertEquals("Đảng bộ xã Phong Thổ", AsOfDay.parentName(after, "Đảng ủy xã Phong Thổ", lineage, LocalDate.of(2025, 12, 31)));
        assertEquals("Đảng ủy xã Phong Thổ", AsOfDay.parentName(after, "Đảng ủy xã Phong Thổ", lineage, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void brD1_aMoveRecordedWithoutTheParentsIdNamesItFromItsNote() {
        List<AsOfDay.Change> legacy = List.of(new AsOfDay.Change(CELL, LineageEventType.MOVED, LocalDate.parse("2025-07-01"),
                "Huyện ủy Tam Đường", null));
        AsOfDay.Parent parent = AsOfDay.parent(CELL, NEW_COMMUNE, legacy, LocalDate.of(2025, 1, 1));
        assertEquals("Huyện ủy Tam Đường", AsOfDay.parentName(parent, null, legacy, LocalDate.of(2025, 1, 1)));
    }
}
