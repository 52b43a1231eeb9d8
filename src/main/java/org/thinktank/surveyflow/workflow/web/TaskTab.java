package org.thinktank.surveyflow.workflow.web;

/** The tabs of the home page. Bound from {@code ?tab=todo|done|launched}. */
enum TaskTab {
    TODO, DONE, LAUNCHED;

    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
