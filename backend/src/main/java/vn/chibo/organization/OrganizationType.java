package vn.chibo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of node in the party tree (đảng bộ tỉnh, chi bộ trực thuộc, ...): data, not code. */
@Entity
@Table(name = "org_type")
public class OrganizationType extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "label_vi")
    public String labelVi;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "holds_meetings_default")
    public boolean holdsMeetingsByDefault;
    @Column(name = "sort_order")
    public int sortOrder;
    /** Grassroots level (cấp cơ sở): quotas such as BR-S4 are counted per grassroots organisation. */
    public boolean grassroots;
    /** Sends periodic reports to the committee above it (BR-S2): data, as the grassroots flag is. */
    @Column(name = "reports_upward")
    public boolean reportsUpward;
}
