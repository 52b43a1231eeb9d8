package org.thinktank.surveyflow.export.excel;

import org.thinktank.surveyflow.findings.Finding;

public record FindingRow(String surveyKey, String region, Finding finding) {
}
