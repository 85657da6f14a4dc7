package vn.chibo.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One of the topic groups a topical session belongs to (DOMAIN.md 8.3), kept as reference data. */
@Entity
@Table(name = "topic_group")
public class TopicGroup extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "label_vi", nullable = false)
    public String labelVi;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    public int position;

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }
}
