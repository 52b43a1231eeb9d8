package org.thinktank.surveyflow.export.office;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * Where LibreOffice is and how long a conversion may take.
 *
 * @param home the LibreOffice installation (the directory holding {@code program/}); when unset, the usual places
 *             are searched ({@link OfficeHome})
 * @param timeout how long one conversion may wait for LibreOffice and run before it is given up
 */
@ConfigurationProperties("surveyflow.office")
record OfficeProperties(@Nullable Path home, @DefaultValue("PT120S") Duration timeout) {

    OfficeProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("surveyflow.office.timeout must be longer than zero");
        }
    }
}
