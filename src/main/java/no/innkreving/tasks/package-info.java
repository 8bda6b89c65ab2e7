/**
 * Tasks: the caseworkers' queue. A module with a case that needs a decision (a complaint, an application, a plan the
 * rules could not approve) puts a task here with its deadline and the role that decides it; the desk lists the open
 * ones by deadline; the owning module closes the task when it decides. It owns one table and no rules.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innkreving.tasks;

import org.springframework.modulith.ApplicationModule;
