package vn.chibo.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * BR-D1: an organisation as it was on a day, read back from its lineage: a rename or a move takes effect on its
 * effective date, so a record dated before it names the organisation, and its upper committee, as they were.
 * Plain rules: the caller reads the lineage ({@link OrganizationHistory}).
 */
public final class AsOfDay {
    private AsOfDay() {}

    /**
     * A rename or a move of one organisation, with what it replaced: the name before a rename (the note), the
     * parent before a move (its id when recorded, and its name then, the note).
     */
    public record Change(UUID organizationId, LineageEventType event, LocalDate effective, String note,
                         UUID previousParentId) {}

    /** The parent of an organisation on a day: its id when known, and its name when the organisation left it. */
    public record Parent(UUID id, String nameWhenLeft) {}

    /** The name on the day: the one replaced by the first rename that took effect after the day, else the current one. */
    public static String name(UUID organizationId, String current, Collection<Change> changes, LocalDate day) {
        return firstAfter(organizationId, LineageEventType.RENAMED, changes, day).map(Change::note).orElse(current);
    }

    /** The parent on the day: the one left by the first move that took effect after the day, else the current one. */
    public static Parent parent(UUID organizationId, UUID currentParentId, Collection<Change> changes, LocalDate day) {
        return firstAfter(organizationId, LineageEventType.MOVED, changes, day)
                .map(c -> new Parent(c.previousParentId(), c.note()))
                .orElse(new Parent(currentParentId, null));
    }

    /**
     * The name of a parent on the day: as {@link #name}, where the current name of a parent the organisation has
     * left is unknown here; the name it had when the organisation left stands for it (renamed since, the first
     * rename after the day names it anyway).
     */
    public static String parentName(Parent parent, String currentNameIfStillParent, Collection<Change> changes,
                                    LocalDate day) {
        String latest = parent.nameWhenLeft() != null ? parent.nameWhenLeft() : currentNameIfStillParent;
        return parent.id() == null ? latest : name(parent.id(), latest, changes, day);
    }

    private static Optional<Change> firstAfter(UUID organizationId, LineageEventType event, Collection<Change> changes,
                                               LocalDate day) {
        return changes.stream()
                .filter(c -> c.organizationId().equals(organizationId) && c.event() == event && c.effective().isAfter(day))
                .min(Comparator.comparing(Change::effective));
    }
}
