package org.thinktank.surveyflow.workflow.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code ?tab=done} case-insensitively. */
@Component
class TaskTabConverter implements Converter<String, TaskTab> {

    @Override
    public TaskTab convert(String source) {
        return TaskTab.valueOf(source.strip().toUpperCase(Locale.ROOT));
    }
}
