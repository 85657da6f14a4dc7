package vn.chibo.member;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Memberships or exemptions changed from a day on, so who is expected at meetings on and after that day
 * may differ: in the given cells, and in every cell of the given member (if any). Fired synchronously
 * inside the write's transaction; features that keep figures per meeting observe it (the meeting feature
 * depends on this one, not the other way round).
 */
public record RosterChanged(UUID memberId, Set<UUID> cellIds, LocalDate from) {
    public static RosterChanged ofMember(UUID memberId, LocalDate from) {
        return new RosterChanged(memberId, Set.of(), from);
    }

    public static RosterChanged ofCells(Set<UUID> cellIds, LocalDate from) {
        return new RosterChanged(null, cellIds, from);
    }
}
