package vn.chibo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chibo.common.TextFolding;

/**
 * A node of the party tree. {@code path} is the chain of ids from the root ("/a/b/c/"), so a
 * subtree is one indexed prefix query. Whether it holds meetings is a property, not a depth.
 */
@Entity
public class Organization extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(nullable = false)
    public String name;

    @Column(name = "name_folded", nullable = false)
    public String nameFolded;

    @Column(name = "short_name")
    public String shortName;

    @Column(name = "type_code", nullable = false)
    public String typeCode;

    @Column(name = "category_code", nullable = false)
    public String categoryCode;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public String path;

    public int depth;

    @Column(name = "holds_meetings")
    public boolean holdsMeetings;

    @Column(name = "has_committee")
    public boolean hasCommittee;

    public String code;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** The day the organisation stopped existing (closed, merged away, split up). */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The place name of the date line of the organisation's records ("Bình Lư, ngày …"); a cell inherits its parent's. */
    public String locality;

    /** BR-D4: the organisation's identifier in CSDL đảng viên 3.0, if known. */
    @Column(name = "csdl_id")
    public String csdlId;

    /** BR-D4: the organisation's identifier in the Sổ tay đảng viên app, if known. */
    @Column(name = "sotay_id")
    public String sotayId;

    @Version
    public long version;

    public void rename(String newName) {
        this.name = newName.trim();
        this.nameFolded = TextFolding.fold(newName);
    }

    public void placeUnder(Organization parent) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    public boolean openOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public boolean isClosed() {
        return validTo != null;
    }

    public boolean isWithin(Organization ancestor) {
        return path.startsWith(ancestor.path);
    }

    /** Ancestor ids from the root down to the parent, read from the path. */
    public List<UUID> ancestorIds() {
        List<UUID> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) ids.add(UUID.fromString(part));
        }
        ids.remove(ids.size() - 1);
        return ids;
    }
}
