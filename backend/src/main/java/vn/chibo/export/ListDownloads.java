package vn.chibo.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import vn.chibo.organization.OrganizationRepository;

/**
 * Any paged list of an organisation's subtree as a downloaded file, read through the list's own service
 * call: the export has the list's filters, order and authorisation because it is the list, page after page.
 */
@ApplicationScoped
public class ListDownloads {
    static final int PAGE_SIZE = 200;

    /** One page of the list, with the same filters as the screen's. */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> read(int page, int size);
    }

    private final OrganizationRepository organizations;

    public ListDownloads(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /**
     * The first page is read now, while the request is handled, so a refusal (out of scope, bad filter) is
     * answered as a problem before the first byte of the file; the next pages are read while the file is
     * written, each in its own short transaction, until a page comes back short.
     *
     * @param title what the list is, in Vietnamese; the file is named after it and the organisation
     */
    public <T> Response download(ExportFormat format, UUID organizationId, String title, SpreadsheetExport<T> sheet,
                                 Pages<T> pages) {
        List<T> first = pages.read(0, PAGE_SIZE);
        String name = organizations.require(organizationId).name;
        RowSource<T> rows = sink -> {
            List<T> page = first;
            for (int next = 1; ; next++) {
                page.forEach(sink);
                if (page.size() < PAGE_SIZE) return;
                int index = next;
                page = QuarkusTransaction.requiringNew().call(() -> pages.read(index, PAGE_SIZE));
            }
        };
        return ExportResponses.attachment(format, title + " - " + name, sheet.stream(format, rows));
    }
}
