package org.thinktank.surveyflow.export.excel;

import org.thinktank.surveyflow.review.Review;

public record ReviewRow(String surveyKey, String region, Review review) {
}
