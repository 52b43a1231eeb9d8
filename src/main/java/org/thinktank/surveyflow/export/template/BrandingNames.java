package org.thinktank.surveyflow.export.template;

import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/** The think tank's names as an organizer sets them (PUT /api/meetings/{id}/branding); blank means none. */
public record BrandingNames(@Size(max = 200) @SingleLine String thinkTankName,
                            @Size(max = 200) @SingleLine String thinkTankNameEn) {

    public BrandingNames {
        thinkTankName = blankAsNull(InputText.line(thinkTankName));
        thinkTankNameEn = blankAsNull(InputText.line(thinkTankNameEn));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
