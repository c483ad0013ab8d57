package org.onewindow.appcenter.service;

import java.io.Serializable;

/**
 * A service app as the platform's watchers see it ({@link SubjectWatchService}).
 *
 * @param id the app
 * @param appKey its key
 * @param name its name
 * @param pageUrl where its pages are served
 * @param online whether it is online now
 */
public record WatchedApp(long id, String appKey, String name, String pageUrl, boolean online)
    implements Serializable {}
