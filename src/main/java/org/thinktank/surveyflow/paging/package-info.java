/**
 * Lists a page at a time, the one way every list of the API and the pages does it. A controller takes a
 * {@link org.thinktank.surveyflow.paging.PageRequest} parameter (read from the query parameters {@code page}, from 0,
 * and {@code size}, 1 to 200, default 50; anything else is a 400 naming the parameter), a repository answers a
 * {@link org.thinktank.surveyflow.paging.Page} with a {@code limit}/{@code offset} query and a {@code count(*)} under
 * the same conditions, and the API returns that page as it is:
 * {@code {"items": [...], "page": 0, "size": 50, "total": 2255, "pages": 46}}. Pages show it with the
 * {@code fragments :: pager} fragment. Why this shape: docs/adr/0010-one-way-to-page-a-list.md.
 */
package org.thinktank.surveyflow.paging;
