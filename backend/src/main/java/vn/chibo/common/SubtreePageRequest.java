package vn.chibo.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The paging query parameters of the committee reads whose rows grow with the subtree (one row per cell, meeting,
 * evaluation or visit): 50 rows by default, at most {@link PageRequest#MAX_SIZE}; a province (3,000 cells) is never
 * answered in one response. Summary figures of such a read are computed over the whole subtree, only its rows are paged.
 */
public class SubtreePageRequest {
    public static final int DEFAULT_SIZE = 50;

    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000)
    public int page;

    @QueryParam("size") @DefaultValue("" + DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE)
    public int size;

    public static SubtreePageRequest of(int page, int size) {
        SubtreePageRequest request = new SubtreePageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    /** Row offset of the first row of the page. */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }

    /** This page of rows already filtered and sorted in memory, with their count. */
    public <T> PageResult<T> slice(List<T> rows) {
        return PageResult.slice(rows, page, size);
    }
}
