package org.thinktank.surveyflow.findings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;
import org.thinktank.surveyflow.findings.FindingAttachments;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.Upload;
import org.thinktank.surveyflow.problem.InputProblems;

/**
 * A finding as the form posts it: checked with its chosen files, the errors in the binding result. A browser cannot
 * be given a chosen file back, so when the form has errors its files are not kept and the form says so by name.
 */
@Component
class FindingInput {

    private final Validator validator;
    private final FindingAttachments attachments;
    private final MessageSource messages;

    FindingInput(Validator validator, FindingAttachments attachments, MessageSource messages) {
        this.validator = validator;
        this.attachments = attachments;
        this.messages = messages;
    }

    /** The files the person chose, without the empty part a form sends when none was. */
    static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty() || !file.getOriginalFilename().isBlank()).toList();
    }

    /** The form without its empty figure rows, its errors and its files' added to the binding result. */
    FindingForm check(FindingForm posted, List<MultipartFile> chosen, BindingResult binding) {
        FindingForm form = FigureRows.withoutBlankRows(posted);
        validator.validate(form).forEach(violation -> binding.addError(InputProblems.fieldError("form", violation)));
        chosen.forEach(file -> attachments.check(file.getOriginalFilename(), file.getSize())
                .forEach(problem -> binding.addError(InputProblems.globalError("form", problem))));
        return form;
    }

    /** Says which chosen files were not kept because the form had errors. */
    void filesNotKept(List<MultipartFile> chosen, BindingResult binding, Locale locale) {
        if (!chosen.isEmpty()) {
            String names = String.join(", ", chosen.stream().map(MultipartFile::getOriginalFilename).toList());
            binding.addError(new FieldError("form", "attachments",
                    messages.getMessage("finding.attachmentsNotKept", new Object[] {names}, locale)));
        }
    }

    static List<Upload> uploads(List<MultipartFile> chosen) {
        return chosen.stream().map(FindingInput::upload).toList();
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
