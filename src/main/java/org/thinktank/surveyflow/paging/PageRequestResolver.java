package org.thinktank.surveyflow.paging;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.thinktank.surveyflow.problem.Expected;
import org.thinktank.surveyflow.problem.InvalidRequestException;

/**
 * Gives controllers a {@link PageRequest} from the query parameters {@code page} (default 0) and {@code size}
 * (default {@value PageRequest#DEFAULT_SIZE}), so that every list reads and refuses them alike.
 */
final class PageRequestResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return new PageRequest(number(request, PageRequest.PAGE_PARAMETER, 0),
                number(request, PageRequest.SIZE_PARAMETER, PageRequest.DEFAULT_SIZE));
    }

    private static int number(NativeWebRequest request, String name, int absent) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(Expected.mismatch(name, Integer.class, value));
        }
    }
}
