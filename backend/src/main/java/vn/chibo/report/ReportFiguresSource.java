package vn.chibo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import vn.chibo.common.TimeSource;
import vn.chibo.dashboard.DashboardPeriod;
import vn.chibo.dashboard.DashboardService;
import vn.chibo.organization.Organization;
import vn.chibo.planning.ModelService;

/** Asks the dashboard and the model-meeting programme for a report's figures; computes none itself. */
@ApplicationScoped
public class ReportFiguresSource {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DashboardService dashboard;
    private final ModelService models;
    private final TimeSource time;
    private final ObjectMapper json;

    public ReportFiguresSource(DashboardService dashboard, ModelService models, TimeSource time, ObjectMapper json) {
        this.dashboard = dashboard;
        this.models = models;
        this.time = time;
        this.json = json;
    }

    /** The caller has checked it may read the organisation. */
    public ReportFigures compute(Organization org, ReportPeriod period) {
        return compute(org, period, time.today());
    }

    /** As of a day: the figures of a report sent that day (the demo sends its past year's reports on their days). */
    public ReportFigures compute(Organization org, ReportPeriod period, LocalDate asOf) {
        if (period.kind() == ReportKind.MODEL_MEETING) {
            return new ReportFigures(asOf, null, models.get(org.id, period.year(), VIETNAMESE));
        }
        DashboardPeriod span = new DashboardPeriod(period.key(), period.from(), period.to(), asOf);
        return new ReportFigures(asOf, dashboard.overview(org, span), null);
    }

    public String write(ReportFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReportFigures read(String text) {
        try {
            return json.readValue(text, ReportFigures.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
