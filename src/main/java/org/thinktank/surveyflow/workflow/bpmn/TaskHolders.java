package org.thinktank.surveyflow.workflow.bpmn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.workflow.EngineDates;

/** Who holds a task: its assignee, or everyone in its candidate groups (organizer tasks go to every organizer). */
@Component
class TaskHolders {

    private final TaskService tasks;
    private final UserDirectory users;

    TaskHolders(TaskService tasks, UserDirectory users) {
        this.tasks = tasks;
        this.users = users;
    }

    List<String> of(String assignee, Collection<String> candidateGroups) {
        if (assignee != null) {
            return List.of(assignee);
        }
        List<String> holders = new ArrayList<>();
        for (Role role : Role.values()) {
            if (candidateGroups.contains(role.group())) {
                users.withRole(role).stream().map(AppUser::username).forEach(holders::add);
            }
        }
        return holders;
    }

    /** The open tasks of a process instance by name, with their holders and due date. */
    Map<String, HeldTasks> openIn(String processInstanceId) {
        Map<String, HeldTasks> byName = new LinkedHashMap<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            byName.computeIfAbsent(task.getName(), name -> new HeldTasks(name, EngineDates.instant(task.getDueDate()), new ArrayList<>()))
                    .holders().addAll(of(task.getAssignee(), groups));
        }
        return byName;
    }


    record HeldTasks(String name, Instant due, List<String> holders) {
    }
}
