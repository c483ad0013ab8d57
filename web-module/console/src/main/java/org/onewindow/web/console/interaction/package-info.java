/** 搜索管理 in the console (001 7.4): the search lexicon's synonyms, stop, banned and hot words. */
package org.onewindow.web.console.interaction;
