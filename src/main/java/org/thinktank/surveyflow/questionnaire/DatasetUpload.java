package org.thinktank.surveyflow.questionnaire;

import org.springframework.core.io.InputStreamSource;

/**
 * A dataset file as it arrives, read twice (once summarised, once stored) without being held in memory whole.
 *
 * @param title the researcher's title; blank for the file's name
 */
public record DatasetUpload(String title, String fileName, long size, InputStreamSource content) {
}
