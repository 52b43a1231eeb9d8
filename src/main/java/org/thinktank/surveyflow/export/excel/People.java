package org.thinktank.surveyflow.export.excel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.thinktank.surveyflow.security.AppUser;

/**
 * The people a workbook names, as readers know them: "李伟（黑龙江数字经济研究中心）" rather than a login name. A
 * login the directory does not know (a deleted account) is shown as it is; the process itself is "系统" / "System".
 */
public final class People {

    /** Who the audit trail names for what the process did by itself. */
    private static final String SYSTEM = "system";

    private final Map<String, AppUser> byUsername;
    private final WorkbookLanguage language;

    public People(Collection<AppUser> users, WorkbookLanguage language) {
        this.byUsername = users.stream().collect(Collectors.toMap(AppUser::username, Function.identity()));
        this.language = language;
    }

    /** The display name with the institution, or null for nobody. */
    String name(String username) {
        if (username == null) {
            return null;
        }
        AppUser user = byUsername.get(username);
        if (user == null) {
            return SYSTEM.equals(username) ? language.text("workbook.system") : username;
        }
        return hasText(user.institution())
                ? language.text("workbook.person", displayName(user), user.institution().strip())
                : displayName(user);
    }

    String names(List<String> usernames) {
        return usernames.stream().map(this::name).collect(Collectors.joining(language.text("workbook.separator")));
    }

    /** The institution, or the words for none. */
    String institution(String username) {
        AppUser user = byUsername.get(username);
        return user != null && hasText(user.institution()) ? user.institution().strip()
                : language.text("workbook.noInstitution");
    }

    /** The display name alone, for a sheet that has the institution in a column of its own. */
    String displayName(String username) {
        AppUser user = byUsername.get(username);
        return user == null ? username : displayName(user);
    }

    private static String displayName(AppUser user) {
        return hasText(user.displayName()) ? user.displayName().strip() : user.username();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
