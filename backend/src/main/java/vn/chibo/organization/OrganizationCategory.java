package vn.chibo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The category (loại hình) of an organisation: commune, village, agency, enterprise, ... */
@Entity
@Table(name = "org_category")
public class OrganizationCategory extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "label_vi")
    public String labelVi;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "sort_order")
    public int sortOrder;
}
