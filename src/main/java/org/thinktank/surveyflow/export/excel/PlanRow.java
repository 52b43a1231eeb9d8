package org.thinktank.surveyflow.export.excel;

import org.thinktank.surveyflow.plan.PlanVersion;

/** An investigation and its approved survey plan, or null when its plan is not approved (yet). */
public record PlanRow(String surveyKey, String topic, PlanVersion plan) {
}
