package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.domain.InterfaceDefinition;

/**
 * A registered interface as the platform's watchers see it ({@link SubjectWatchService}).
 *
 * @param id the interface
 * @param name its name
 * @param online whether it is online now
 * @param definition what it is: address, method, parameters, answer format
 * @param boundApps the apps bound to it, whom its alarms concern
 */
public record WatchedInterface(
    long id, String name, boolean online, InterfaceDefinition definition, List<Long> boundApps)
    implements Serializable {}
