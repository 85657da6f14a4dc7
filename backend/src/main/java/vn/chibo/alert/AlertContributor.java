package vn.chibo.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * Checks another feature computes for the daily alert job (periodic reports, say), so that the alert package
 * does not depend on it: the job raises, keeps and resolves them like its own.
 */
public interface AlertContributor {
    /**
     * @param orgs the open organisations under the path
     * @return for each organisation concerned, every (kind, period) judged on the day, raised or not
     */
    Map<UUID, List<AlertRules.Check>> checks(String path, List<Organization> orgs, LocalDate today);
}
