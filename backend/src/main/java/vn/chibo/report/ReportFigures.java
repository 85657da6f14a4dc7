package vn.chibo.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import vn.chibo.dashboard.DashboardApi;
import vn.chibo.planning.ModelApi;

/**
 * The figures of a report as of a day, taken from the features that own them: the committee dashboard of the
 * period and subtree, or the model-meeting programme of the year. Stored as JSON when the report is submitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFigures(LocalDate asOf, DashboardApi.Overview dashboard, ModelApi.ProgrammeView modelProgramme) {}
