package vn.chibo.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One data row of an upload with its values and the errors found at preview (both JSON). */
@Entity
@Table(name = "import_row")
public class ImportRow extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id")
    public ImportBatch batch;

    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    @Column(name = "values_json", nullable = false)
    public String valuesJson;

    @Column(name = "errors_json", nullable = false)
    public String errorsJson;
}
