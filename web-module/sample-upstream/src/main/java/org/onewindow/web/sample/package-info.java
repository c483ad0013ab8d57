/**
 * DEMO: the standard's example interface (000 9.4.3 图4, 全国公交查询), answering the {@code
 * process_response} envelope of 001 8.3.4.2 for known lines and 图4's own error body otherwise. It
 * stands in for an access unit's server in the embedded run and the gateway benchmark; production
 * deployments leave it out of the EAR or never register interfaces against it.
 */
package org.onewindow.web.sample;
