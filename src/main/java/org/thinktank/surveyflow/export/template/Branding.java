package org.thinktank.surveyflow.export.template;

import org.thinktank.surveyflow.export.word.Logo;

/**
 * The think tank a meeting's study reports are issued by, as their covers show it.
 *
 * @param logo null when the meeting has none
 */
public record Branding(String thinkTankName, String thinkTankNameEn, Logo logo) {

    public static final Branding NONE = new Branding(null, null, null);
}
