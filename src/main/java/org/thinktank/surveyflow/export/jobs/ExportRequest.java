package org.thinktank.surveyflow.export.jobs;

import jakarta.validation.constraints.NotNull;

public record ExportRequest(@NotNull ExportKind kind) {
}
